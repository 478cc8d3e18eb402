import { Badge } from "@/components/ui/badge";
import { label } from "@/lib/domain/labels";
import { formatMoney, formatPercent, type Formats, type Locale } from "@/lib/format";
import { ROI_BANDS, roiTone } from "@/lib/strategy/value-chain";
import type { RoiTone, ValueChain, ValueChainCell } from "@/lib/strategy/types";

/** Cell colours by ROI band; the legend below words the same bands. */
export const tonePaint: Record<RoiTone, { cell: string; roi: string }> = {
  none: { cell: "border-slate-200 bg-slate-50", roi: "text-slate-500" },
  loss: { cell: "border-red-200 bg-red-50", roi: "text-red-700" },
  low: { cell: "border-amber-200 bg-amber-50", roi: "text-amber-800" },
  good: { cell: "border-emerald-200 bg-emerald-50", roi: "text-emerald-700" },
  strong: { cell: "border-emerald-300 bg-emerald-100", roi: "text-emerald-800" },
};

function legend(locale: Locale): { tone: RoiTone; text: string }[] {
  const band = (ratio: number) => formatPercent(ratio, locale, 0);
  return [
    { tone: "loss", text: "ROI below 0" },
    { tone: "low", text: `0 to ${band(ROI_BANDS.low)}` },
    { tone: "good", text: `${band(ROI_BANDS.low)} to ${band(ROI_BANDS.strong)}` },
    { tone: "strong", text: `${band(ROI_BANDS.strong)} or more` },
    { tone: "none", text: "no costs yet" },
  ];
}

const activityHelp: Record<string, string> = {
  inbound_logistics: "Receiving, storing, stock",
  operations: "Making the product or service",
  outbound_logistics: "Orders, delivery",
  marketing_sales: "Finding and winning customers",
  service: "Support after the sale",
  firm_infrastructure: "Finance, legal, management, IT basics",
  hr_management: "Hiring, payroll, training",
  technology_development: "R&D, product and process design",
  procurement: "Buying inputs and services",
};

const flag = "rounded px-1.5 text-[11px] font-semibold";

function Flags({ cell, chain }: { cell: ValueChainCell; chain: ValueChain }) {
  const most = chain.mostSpend === cell.activity;
  const best = chain.bestRoi === cell.activity;
  if (!most && !best) return null;
  return (
    <span className="flex flex-wrap gap-1">
      {most && (
        <Badge tone="indigo" solid className={flag} data-testid="most-spend">
          Most spend
        </Badge>
      )}
      {best && (
        <Badge tone="green" solid className={flag} data-testid="best-roi">
          Best ROI
        </Badge>
      )}
    </span>
  );
}

function Cell({ cell, chain, formats, band }: { cell: ValueChainCell; chain: ValueChain; formats: Formats; band: boolean }) {
  const paint = tonePaint[cell.tone];
  const lead = chain.mostSpend === cell.activity || chain.bestRoi === cell.activity;
  return (
    <li
      data-testid="value-chain-activity"
      data-activity={cell.activity}
      data-tone={cell.tone}
      className={`rounded-lg border p-3 ${paint.cell} ${lead ? "ring-2 ring-indigo-500 ring-offset-1" : ""} ${band ? "flex flex-wrap items-center justify-between gap-x-6 gap-y-1" : "flex flex-col gap-1"}`}
    >
      <div className="min-w-0">
        <p className="font-semibold text-slate-900">{label(cell.activity)}</p>
        <p className="text-xs text-slate-600">
          {activityHelp[cell.activity]} · {cell.count} {cell.count === 1 ? "technology" : "technologies"}
        </p>
      </div>
      <Flags cell={cell} chain={chain} />
      <dl className={`grid gap-x-4 text-xs ${band ? "grid-cols-3" : "mt-auto grid-cols-1"}`}>
        <div>
          <dt className="text-slate-500">Spend over the plan</dt>
          <dd className="tabular-nums font-medium text-slate-900">{formatMoney(cell.tcoCents, formats)}</dd>
        </div>
        <div>
          <dt className="text-slate-500">Run-rate / yr</dt>
          <dd className="tabular-nums text-slate-800">{formatMoney(cell.runRateCents, formats)}</dd>
        </div>
        <div>
          <dt className="text-slate-500">ROI</dt>
          <dd className={`tabular-nums text-sm font-semibold ${paint.roi}`}>{cell.roi === null ? "—" : formatPercent(cell.roi, formats.locale)}</dd>
        </div>
      </dl>
    </li>
  );
}

/**
 * Porter's value chain: the support activities as bands across the top, the primary activities as
 * columns below, and the margin (the whole portfolio's return) at the end. Server-rendered cards.
 */
export function ValueChainDiagram({ chain, formats }: { chain: ValueChain; formats: Formats }) {
  const support = chain.activities.filter((c) => c.kind === "support");
  const primary = chain.activities.filter((c) => c.kind === "primary");
  const margin = chain.totals;
  const marginTone = roiTone(margin.roi);
  return (
    <div data-testid="value-chain" className="grid gap-3 lg:grid-cols-[minmax(0,1fr)_9rem]">
      <div className="space-y-3">
        <div>
          <h3 className="mb-1 text-xs font-medium uppercase tracking-wide text-slate-500">Support activities</h3>
          <ul className="space-y-2">
            {support.map((c) => (
              <Cell key={c.activity} cell={c} chain={chain} formats={formats} band />
            ))}
          </ul>
        </div>
        <div>
          <h3 className="mb-1 text-xs font-medium uppercase tracking-wide text-slate-500">Primary activities</h3>
          <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-5">
            {primary.map((c) => (
              <Cell key={c.activity} cell={c} chain={chain} formats={formats} band={false} />
            ))}
          </ul>
        </div>
      </div>
      {/* Porter's margin: what the chain as a whole returns. */}
      <div className={`flex flex-col justify-center rounded-lg border p-3 text-sm lg:rounded-r-[3rem] ${tonePaint[marginTone].cell}`} data-testid="value-chain-margin">
        <p className="font-semibold text-slate-900">Margin →</p>
        <p className="text-xs text-slate-600">Whole portfolio</p>
        <p className={`mt-1 text-lg font-semibold tabular-nums ${tonePaint[marginTone].roi}`}>{margin.roi === null ? "—" : formatPercent(margin.roi, formats.locale)}</p>
        <p className="text-xs text-slate-600">ROI · NPV {formatMoney(margin.npvCents, formats)}</p>
      </div>
      <ul className="flex flex-wrap gap-3 text-xs text-slate-600 lg:col-span-2" aria-label="ROI colours">
        {legend(formats.locale).map((l) => (
          <li key={l.tone} className="flex items-center gap-1.5">
            <span className={`inline-block h-3 w-3 rounded-sm border ${tonePaint[l.tone].cell}`} aria-hidden="true" />
            {l.text}
          </li>
        ))}
      </ul>
    </div>
  );
}
