import { Card } from "@/components/ui/card";
import { TableShell, Th, THead } from "@/components/ui/table";
import type { BenchmarkRow, BenchmarkView } from "@/lib/benchmarking/build";
import type { BenchmarkMetric } from "@/lib/benchmarking/metrics";
import type { QuartilePosition } from "@/lib/benchmarking/quartiles";
import { label } from "@/lib/domain/labels";
import { formatMoney, formatNumber, formatPercent, type Locale } from "@/lib/format";

const titles: Record<BenchmarkMetric, string> = {
  spend_per_employee: "Technology spend per employee (annual)",
  roi: "Portfolio ROI to date",
  financial: "Financial score",
  customer: "Customer score",
  internal_process: "Internal process score",
  learning_growth: "Learning & growth score",
  nps: "NPS (latest)",
  automation_rate: "Process automation rate (latest)",
};

const positions: Record<QuartilePosition, string> = {
  below_p25: "Below the lower quartile",
  p25_to_median: "Between the lower quartile and the median",
  median_to_p75: "Between the median and the upper quartile",
  above_p75: "Above the upper quartile",
};

function formatter(metric: BenchmarkMetric, currency: string, locale: Locale): (value: number) => string {
  if (metric === "spend_per_employee") return (v) => formatMoney(Math.round(v), { locale, currency });
  if (metric === "roi") return (v) => formatPercent(v, locale);
  if (metric === "nps") return (v) => formatNumber(v, locale, 0);
  // The automation-rate KPI is kept in percent points, the scores as 0–1 shares.
  if (metric === "automation_rate") return (v) => formatPercent(v / 100, locale, 1);
  return (v) => formatPercent(v, locale, 0);
}

const none = <span className="text-slate-400">—</span>;

function Row({ row, currency, locale }: { row: BenchmarkRow; currency: string; locale: Locale }) {
  const format = formatter(row.metric, currency, locale);
  const cell = (v: number | null | undefined) => (v === null || v === undefined ? none : format(v));
  return (
    <tr data-testid="benchmark-row" data-metric={row.metric} className="hover:bg-slate-50">
      <th scope="row" className="px-3 py-3 text-left font-medium text-slate-800">
        {titles[row.metric]}
      </th>
      <td className="px-3 py-3 text-right font-medium tabular-nums">{cell(row.value)}</td>
      <td className="px-3 py-3 text-right tabular-nums text-slate-600">{cell(row.quartiles?.p25)}</td>
      <td className="px-3 py-3 text-right tabular-nums text-slate-600">{cell(row.quartiles?.median)}</td>
      <td className="px-3 py-3 text-right tabular-nums text-slate-600">{cell(row.quartiles?.p75)}</td>
      <td className="px-3 py-3 text-right tabular-nums text-slate-600">{row.peerCount}</td>
      <td className="px-3 py-3 text-slate-600">
        {row.position ? positions[row.position] : row.quartiles ? "No figure here" : "Fewer than 3 comparable clients have this figure"}
      </td>
    </tr>
  );
}

const columns: { title: string; align: "left" | "right" }[] = [
  { title: "Ratio", align: "left" },
  { title: "This workspace", align: "right" },
  { title: "Lower quartile", align: "right" },
  { title: "Median", align: "right" },
  { title: "Upper quartile", align: "right" },
  { title: "Clients", align: "right" },
  { title: "Position", align: "left" },
];

/** This workspace's ratios against its peers' quartiles, in its locale; peers appear only as counts. */
export function BenchmarkTable({ view, locale }: { view: BenchmarkView; locale: Locale }) {
  if (view.status === "too_few") return <TooFewPeers view={view} />;
  const basis = view.basis === "industry" ? `the same industry (${label(view.industry)})` : `the same size band (${label(view.sizeBand)})`;
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-600" data-testid="benchmark-basis">
        Compared with {view.peerCount} of your other client workspaces in {basis}, anonymised. Quartiles are interpolated; spend per employee compares
        only workspaces in {view.currency}.
      </p>
      <TableShell className="w-full divide-y-0">
        <THead className="font-normal">
          <tr>
            {columns.map((c) => (
              <Th key={c.title} align={c.align} className="py-3">
                {c.title}
              </Th>
            ))}
          </tr>
        </THead>
        <tbody className="divide-y divide-slate-100">
          {view.rows.map((row) => (
            <Row key={row.metric} row={row} currency={view.currency} locale={locale} />
          ))}
        </tbody>
      </TableShell>
    </div>
  );
}

/** Why there is no comparison yet: too few comparable clients to keep each one's figures unreadable. */
function TooFewPeers({ view }: { view: Extract<BenchmarkView, { status: "too_few" }> }) {
  return (
    <Card padding="lg" data-testid="benchmark-too-few" role="status" className="text-sm text-slate-700">
      <p className="font-medium text-slate-900">Benchmarking needs at least {view.minimum} comparable clients.</p>
      <p className="mt-1">
        You work with {view.comparable} other {view.comparable === 1 ? "workspace" : "workspaces"} in the same industry ({label(view.industry)}) or size band (
        {label(view.sizeBand)}). Comparisons appear once there are {view.minimum}, so that no single client&rsquo;s figures can be read off.
      </p>
    </Card>
  );
}
