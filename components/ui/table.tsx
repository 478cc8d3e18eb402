import type { HTMLAttributes, TableHTMLAttributes, TdHTMLAttributes, ThHTMLAttributes } from "react";
import { cn } from "./cn";

type TableShellProps = TableHTMLAttributes<HTMLTableElement> & {
  /** Classes for the scrolling panel around the table (margins, max height). */
  shellClassName?: string;
};

/** The bordered panel that scrolls sideways on narrow screens, and the table inside it. */
export function TableShell({ shellClassName, className, children, ...rest }: TableShellProps) {
  return (
    <div className={cn("relative overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm", shellClassName)}>
      <table className={cn("min-w-full divide-y divide-slate-100 text-sm", className)} {...rest}>
        {children}
      </table>
    </div>
  );
}

/** The header row group: small grey capitals. */
export function THead({ className, ...rest }: HTMLAttributes<HTMLTableSectionElement>) {
  return <thead className={cn("bg-slate-50 text-left text-xs font-medium uppercase tracking-wide text-slate-500", className)} {...rest} />;
}

type Align = { align?: "left" | "right" };

export function Th({ align = "left", className, scope = "col", ...rest }: Omit<ThHTMLAttributes<HTMLTableCellElement>, "align"> & Align) {
  return <th scope={scope} className={cn("px-3 py-2 font-medium", align === "right" ? "text-right" : "text-left", className)} {...rest} />;
}

/** A body cell; right-aligned cells are figures, so their digits line up. */
export function Td({ align = "left", className, ...rest }: Omit<TdHTMLAttributes<HTMLTableCellElement>, "align"> & Align) {
  return <td className={cn("px-3 py-2 text-slate-700", align === "right" && "text-right tabular-nums", className)} {...rest} />;
}

