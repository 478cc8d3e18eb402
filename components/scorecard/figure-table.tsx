import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import { TableShell, Td, Th, THead } from "@/components/ui/table";

/** A column heading; figures are right-aligned so their digits line up. A plain string is a left-aligned column. */
export type Column = string | { label: ReactNode; numeric?: boolean };

type Props = {
  columns: readonly Column[];
  children: ReactNode;
  caption?: string;
  /** Classes for the panel around the table (margins, height, print). */
  shellClassName?: string;
  /** Keeps the header row in view while a tall table scrolls inside its panel. */
  stickyHead?: boolean;
  testId?: string;
};

/** The standard table panel with one header row: the scorecard's, benefits', report's and dashboard's figure tables. */
export function FigureTable({ columns, children, caption, shellClassName, stickyHead = false, testId }: Props) {
  return (
    <TableShell shellClassName={shellClassName} data-testid={testId}>
      {caption && <caption className="sr-only">{caption}</caption>}
      <THead className={stickyHead ? "sticky top-0" : undefined}>
        <tr>
          {columns.map((c, i) => {
            const { label, numeric } = typeof c === "string" ? { label: c, numeric: false } : c;
            return (
              <Th key={i} align={numeric ? "right" : "left"}>
                {label}
              </Th>
            );
          })}
        </tr>
      </THead>
      <tbody className="divide-y divide-slate-100">{children}</tbody>
    </TableShell>
  );
}

/** The cell that names a row, top-aligned beside cells of several lines. */
export function RowHead({ className, children }: { className?: string; children: ReactNode }) {
  return (
    <Th scope="row" className={cn("align-top font-medium text-slate-900", className)}>
      {children}
    </Th>
  );
}

/** A body cell, top-aligned so a cell's second line reads beside its row's others. */
export function Cell({ numeric, className, children }: { numeric?: boolean; className?: string; children?: ReactNode }) {
  return (
    <Td align={numeric ? "right" : "left"} className={cn("align-top", className)}>
      {children}
    </Td>
  );
}
