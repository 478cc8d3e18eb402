import { cardClass } from "@/components/ui/card";
import type { ReactNode } from "react";
import { FigureTable, type Column } from "@/components/scorecard/figure-table";
import type { Tone } from "@/lib/reports/review";

/**
 * Cell classes for a report table laid out by hand (the quarterly pack's changes); the monthly report's
 * tables are ReportTable with RowHead and Cell (components/scorecard/figure-table).
 */
export const th = "px-3 py-2 text-left text-xs font-medium uppercase tracking-wide text-slate-500";
export const thNum = "px-3 py-2 text-right text-xs font-medium uppercase tracking-wide text-slate-500";
export const td = "px-3 py-2 align-top text-sm text-slate-700";
export const tdNum = "px-3 py-2 text-right align-top text-sm tabular-nums text-slate-700";

/** One section of the report; `data-report-section` lets the print rules keep it off a page break where it fits. */
export function ReportSection({ id, title, description, testId, children }: { id: string; title: string; description?: string; testId: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="mt-8" data-testid={testId} data-report-section>
      <h2 id={`${id}-heading`} className="text-lg font-semibold text-slate-900">
        {title}
      </h2>
      {description && <p className="mt-1 text-sm text-slate-600">{description}</p>}
      <div className="mt-3">{children}</div>
    </section>
  );
}

/** A box around a hand-laid table, scrolling sideways on a narrow screen. */
export function TableFrame({ children }: { children: ReactNode }) {
  return <div className={cardClass({ padding: "none", className: "relative overflow-x-auto rounded-lg shadow-none print:overflow-visible" })}>{children}</div>;
}

/** A report's table: the standard figure table, printed whole (without its scroll). */
export function ReportTable({ columns, children }: { columns: readonly Column[]; children: ReactNode }) {
  return (
    <FigureTable columns={columns} shellClassName="print:overflow-visible">
      {children}
    </FigureTable>
  );
}

const toneColour: Record<Tone, string> = { better: "text-emerald-700", worse: "text-rose-700", same: "text-slate-500" };
const toneWord: Record<Tone, string> = { better: "better", worse: "worse", same: "unchanged" };

/** A signed change, coloured by whether it is good news and saying so in words for screen readers. */
export function ChangeText({ text, tone, sign }: { text: string; tone: Tone | null; sign: number | null }) {
  if (sign === null) return <span className="text-slate-400">—</span>;
  const arrow = sign > 0 ? "▲" : sign < 0 ? "▼" : "■";
  return (
    <span className={`whitespace-nowrap tabular-nums ${tone ? toneColour[tone] : "text-slate-700"}`}>
      <span aria-hidden="true">{arrow} </span>
      {text}
      {tone && <span className="sr-only"> ({toneWord[tone]})</span>}
    </span>
  );
}
