import { Card } from "@tremor/react";
import Link from "next/link";
import { countByQuadrant } from "@/components/dashboard/time-map-geometry";
import { FigureHowComputed } from "@/components/ui/how-computed";
import { label } from "@/lib/domain/labels";
import { formatMoney, formatPercent, type Formats } from "@/lib/format";
import { filterByCategory, strategyHref, type StrategyFilters } from "@/lib/strategy/filters";
import { buildQuadrantLists } from "@/lib/strategy/time-map";
import { ROI_BANDS } from "@/lib/strategy/value-chain";
import type { StrategyView } from "@/lib/strategy/types";
import { QuadrantLists } from "./quadrant-lists";
import { StrategyFilterBar } from "./strategy-filters";
import { StrategyTimeMap } from "./strategy-time-map";
import { TimeRules } from "./time-rules";
import { ValueChainDiagram } from "./value-chain-diagram";
import { ValueChainTable } from "./value-chain-table";

type SectionProps = { view: StrategyView; slug: string; formats: Formats };

/** The TIME map with its quadrant lists beside it; ?category= narrows both, ?quadrant= the lists and the map's emphasis. */
export function TimeMapSection({ view, slug, formats, filters }: SectionProps & { filters: StrategyFilters }) {
  const entries = filterByCategory(view.entries, filters.category);
  const lists = buildQuadrantLists(entries);
  return (
    <section aria-labelledby="strategy-time-heading" className="mt-2">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h2 id="strategy-time-heading" className="text-lg font-semibold text-slate-900">
            TIME map
          </h2>
          <p className="text-sm text-slate-600">Tolerate, invest, migrate or eliminate: each technology&apos;s business value (alignment, ROI) against its cost and risk.</p>
        </div>
        <StrategyFilterBar slug={slug} filters={filters} categories={view.categories} counts={countByQuadrant(entries)} />
      </div>
      <Card className="mt-3 p-4">
        {entries.length === 0 ? (
          <p className="text-sm text-slate-600" data-testid="strategy-time-empty">
            No {filters.category ? `${label(filters.category)} ` : ""}technologies to place.{" "}
            <Link href={strategyHref(slug, filters, { category: null })} className="font-medium text-indigo-700 hover:underline">
              Show every category
            </Link>
          </p>
        ) : (
          <div className="grid gap-6 xl:grid-cols-[minmax(0,7fr)_minmax(0,5fr)]">
            <div>
              <StrategyTimeMap entries={entries} slug={slug} focus={filters.quadrant} />
              <TimeRules locale={formats.locale} />
            </div>
            <QuadrantLists lists={lists} slug={slug} formats={formats} filters={filters} />
          </div>
        )}
      </Card>
    </section>
  );
}

/** Spend, value and ROI by Porter value-chain activity: the diagram, then the same figures as a table. */
export function ValueChainSection({ view, formats }: Omit<SectionProps, "slug">) {
  const { locale } = formats;
  const money = (cents: number) => formatMoney(cents, formats);
  const band = (ratio: number) => formatPercent(ratio, locale, 0);
  const chain = view.valueChain;
  const { totals } = chain;
  const most = chain.activities.find((c) => c.activity === chain.mostSpend);
  const best = chain.activities.find((c) => c.activity === chain.bestRoi);
  return (
    <section aria-labelledby="value-chain-heading" className="mt-10">
      <h2 id="value-chain-heading" className="text-lg font-semibold text-slate-900">
        Value chain
      </h2>
      <p className="text-sm text-slate-600">Where the money goes and where it pays: each technology counted under the activity it serves, over its plan.</p>
      {(most || best) && (
        <p className="mt-2 text-sm text-slate-800" data-testid="value-chain-headline">
          {most && (
            <>
              Most spend: <strong>{label(most.activity)}</strong> ({money(most.tcoCents)}, {formatPercent(totals.tcoCents > 0 ? most.tcoCents / totals.tcoCents : 0, locale)} of the total).{" "}
            </>
          )}
          {best && best.roi !== null && (
            <>
              Best ROI: <strong>{label(best.activity)}</strong> ({formatPercent(best.roi, locale)}).
            </>
          )}
        </p>
      )}
      <Card className="mt-3 space-y-6 p-4">
        <ValueChainDiagram chain={chain} formats={formats} />
        <ValueChainTable chain={chain} formats={formats} />
        <FigureHowComputed
          figure={{
            formula: "per activity: ROI = (Σ benefits − Σ costs) ÷ Σ costs over each technology's plan (its useful life); run-rate, TCO, benefits and NPV are plain sums",
            inputs: [
              { label: "Portfolio benefits over the plan", value: money(totals.benefitsCents) },
              { label: "Portfolio costs over the plan", value: money(totals.costsCents) },
              { label: "Portfolio ROI", value: totals.roi === null ? "— (no costs)" : formatPercent(totals.roi, locale) },
              { label: "Most spend", value: "the activity with the largest TCO over the plan" },
              { label: "Colours", value: `by ROI: red below 0, amber under ${band(ROI_BANDS.low)}, green from ${band(ROI_BANDS.low)}, dark green from ${band(ROI_BANDS.strong)}` },
            ],
          }}
        />
      </Card>
    </section>
  );
}
