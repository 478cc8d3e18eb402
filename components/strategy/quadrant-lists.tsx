import { Badge } from "@tremor/react";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { quadrantColor } from "@/components/portfolio/detail/labels";
import { label } from "@/lib/domain/labels";
import { formatMoney, formatNumber, formatPercent, type Formats, type Locale } from "@/lib/format";
import type { StrategyFilters } from "@/lib/strategy/filters";
import { strategyHref } from "@/lib/strategy/filters";
import type { QuadrantList, TimeDrivers } from "@/lib/strategy/types";

/** Rows a quadrant shows beside the map; the quadrant filter lists all of them. */
export const ROWS_PER_QUADRANT = 12;

const th = "px-2 py-1.5 text-left text-xs font-medium uppercase tracking-wide text-slate-500";
const td = "px-2 py-1.5 text-right tabular-nums text-slate-700";
const placement = { invest: "high value, low cost & risk", migrate: "high value, high cost & risk", tolerate: "low value, low cost & risk", eliminate: "low value, high cost & risk" } as const;

/** The four inputs of the quadrant, worded as a reader checks them against the rules. */
export function DriverLine({ d, locale }: { d: TimeDrivers; locale: Locale }) {
  const parts = [
    `Alignment ${d.alignmentScore === null ? "— (no goal)" : formatNumber(d.alignmentScore, locale, 0)}`,
    `ROI ${d.roi === null ? "— (no costs)" : formatPercent(d.roi, locale)}`,
    `Highest risk ${d.riskScore === null ? "— (none)" : `${d.riskScore}/25`}`,
    `Relative cost ×${formatNumber(d.relativeCost, locale, { min: 1, max: 2 })}`,
  ];
  return <p className="mt-0.5 text-xs text-slate-500">{parts.join(" · ")}</p>;
}

type TableProps = { list: QuadrantList; slug: string; formats: Formats; limit: number | null; filters: StrategyFilters };

function QuadrantTable({ list, slug, formats, limit, filters }: TableProps) {
  const { quadrant, entries } = list;
  const shown = limit === null ? entries : entries.slice(0, limit);
  const headingId = `quadrant-${quadrant}-heading`;
  return (
    <Card as="section" padding="none" aria-labelledby={headingId} data-testid="quadrant-list" data-quadrant={quadrant} data-count={entries.length} className="rounded-lg shadow-none">
      <header className="flex flex-wrap items-baseline justify-between gap-2 border-b border-slate-100 px-3 py-2">
        <h3 id={headingId} className="flex items-center gap-2 text-sm font-semibold text-slate-900">
          <Badge color={quadrantColor[quadrant]}>{label(quadrant)}</Badge>
          <span>
            {entries.length} {entries.length === 1 ? "technology" : "technologies"}
          </span>
        </h3>
        <p className="text-xs text-slate-600">{formatMoney(list.runRateCents, formats)} a year · {placement[quadrant]}</p>
      </header>
      {entries.length === 0 ? <p className="px-3 py-2 text-sm text-slate-500">None.</p> : <EntryTable quadrant={quadrant} entries={shown} slug={slug} formats={formats} />}
      {shown.length < entries.length && (
        <Link href={strategyHref(slug, filters, { quadrant })} className="block border-t border-slate-100 px-3 py-2 text-sm font-medium text-indigo-700 hover:underline">
          All {entries.length} in {label(quadrant).toLowerCase()} →
        </Link>
      )}
    </Card>
  );
}

type Entry = QuadrantList["entries"][number];

function EntryTable({ quadrant, entries, slug, formats }: { quadrant: QuadrantList["quadrant"]; entries: Entry[]; slug: string; formats: Formats }) {
  return (
    <table className="min-w-full divide-y divide-slate-100 text-sm">
      <caption className="sr-only">{label(quadrant)}: technologies, clearest case first, with the drivers of their placement</caption>
      <thead>
        <tr>
          <th scope="col" className={th}>Technology</th>
          <th scope="col" className={`${th} text-right`} title="Business value, 0–100">Value</th>
          <th scope="col" className={`${th} text-right`} title="Cost & risk, 0–100">Cost &amp; risk</th>
          <th scope="col" className={`${th} text-right`}>Run-rate / yr</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {entries.map((e) => (
          <tr key={e.id} data-testid="quadrant-entry" data-id={e.id}>
            <th scope="row" className="px-2 py-1.5 text-left align-top font-normal">
              <Link href={`/w/${slug}/portfolio/${e.id}`} className="font-medium text-indigo-700 hover:underline">
                {e.name}
              </Link>
              <DriverLine d={e.drivers} locale={formats.locale} />
            </th>
            <td className={`${td} align-top`}>{formatNumber(e.businessValue, formats.locale, 0)}</td>
            <td className={`${td} align-top`}>{formatNumber(e.costRisk, formats.locale, 0)}</td>
            <td className={`${td} align-top`}>{formatMoney(e.annualRunRateCents, formats)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Each quadrant's technologies beside the map, so every placement can be read off its drivers. */
export function QuadrantLists({ lists, slug, formats, filters }: { lists: readonly QuadrantList[]; slug: string; formats: Formats; filters: StrategyFilters }) {
  const shown = filters.quadrant ? lists.filter((l) => l.quadrant === filters.quadrant) : lists;
  return (
    <div className="space-y-3">
      {shown.map((list) => (
        <QuadrantTable key={list.quadrant} list={list} slug={slug} formats={formats} filters={filters} limit={filters.quadrant ? null : ROWS_PER_QUADRANT} />
      ))}
    </div>
  );
}
