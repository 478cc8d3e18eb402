import type { ReactNode } from "react";
import { cn } from "./cn";

type Props = {
  title: ReactNode;
  description?: ReactNode;
  /** A button or link that starts filling the empty place. */
  action?: ReactNode;
  className?: string;
  "data-testid"?: string;
};

/** The dashed panel shown where a list has nothing yet, saying what goes here and how to add it. */
export function EmptyState({ title, description, action, className, ...rest }: Props) {
  return (
    <section className={cn("rounded-xl border border-dashed border-slate-300 bg-white p-10 text-center", className)} {...rest}>
      <p className="font-medium text-slate-900">{title}</p>
      {description && <div className="mx-auto mt-1 max-w-md text-sm text-slate-600">{description}</div>}
      {action && <div className="mt-5 flex justify-center">{action}</div>}
    </section>
  );
}
