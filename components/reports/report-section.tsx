import type { Tone } from "@/lib/reports/review";

export const th = "px-3 py-2 text-left text-xs font-medium uppercase tracking-wide text-slate-500";
export const thNum = "px-3 py-2 text-right text-xs font-medium uppercase tracking-wide text-slate-500";
export const td = "px-3 py-2 align-top text-sm text-slate-700";
export const tdNum = "px-3 py-2 text-right align-top text-sm tabular-nums text-slate-700";

/** One section of the report; `data-report-section` lets the print rules keep it off a page break where it fits. */
export function ReportSection({ id, title, description, testId, children }: { id: string; title: string; description?: string; testId: string; children: React.ReactNode }) {
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

/** A box around a table, scrolling sideways on a narrow screen. */
export function TableFrame({ children }: { children: React.ReactNode }) {
  return <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white print:overflow-visible">{children}</div>;
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
