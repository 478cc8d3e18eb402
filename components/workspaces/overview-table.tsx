import Link from "next/link";
import { cn } from "@/components/ui/cn";
import { TableShell, Td, THead } from "@/components/ui/table";
import { RoleBadge } from "@/components/workspace/role-badge";
import { label } from "@/lib/domain/labels";
import { perspectives } from "@/lib/domain/values";
import type { Rag } from "@/lib/finance";
import { formatMoney, formatMonth, formatNumber, formatPercent, type Locale } from "@/lib/format";
import type { PerspectiveScore, WorkspaceOverviewRow } from "@/lib/workspaces/overview";
import { nextSort, type OverviewColumn, type OverviewSort } from "@/lib/workspaces/sort";

const headers: { column: OverviewColumn; title: string; numeric?: boolean }[] = [
  { column: "name", title: "Workspace" },
  { column: "role", title: "Your role" },
  { column: "currency", title: "Currency" },
  { column: "roi", title: "ROI to date", numeric: true },
  { column: "npv", title: "NPV to date", numeric: true },
  { column: "spend", title: "Annual tech spend", numeric: true },
  ...perspectives.map((p) => ({ column: p, title: label(p), numeric: true })),
  { column: "red_kpis", title: "Red KPIs", numeric: true },
  { column: "last_month", title: "Last KPI data" },
];

const ragTone: Record<Rag, string> = { green: "bg-emerald-500", amber: "bg-amber-500", red: "bg-rose-500" };
const ragText: Record<Rag, string> = { green: "green", amber: "amber", red: "red" };

function SortHeader({ column, title, numeric, current }: (typeof headers)[number] & { current: OverviewSort }) {
  const next = nextSort(current, column);
  const active = current.sort === column;
  return (
    <th
      scope="col"
      className={`whitespace-nowrap px-3 py-3 font-medium ${numeric ? "text-right" : ""}`}
      aria-sort={active ? (current.dir === "asc" ? "ascending" : "descending") : undefined}
    >
      <Link
        href={`/workspaces?sort=${next.sort}&dir=${next.dir}`}
        scroll={false}
        data-testid={`sort-${column}`}
        className={`inline-flex items-center gap-1 hover:text-slate-900 ${active ? "text-slate-900" : ""}`}
      >
        {title}
        <span aria-hidden className="text-[10px]">
          {active ? (current.dir === "asc" ? "▲" : "▼") : ""}
        </span>
      </Link>
    </th>
  );
}

function Score({ value, locale }: { value: PerspectiveScore; locale: Locale }) {
  if (value.score === null || value.rag === null) return <span className="text-slate-400">—</span>;
  return (
    <span className="inline-flex items-center justify-end gap-1.5 tabular-nums" title={`RAG: ${ragText[value.rag]}`} data-rag={value.rag}>
      <span className={`size-2 rounded-full ${ragTone[value.rag]}`} aria-hidden />
      {formatPercent(value.score, locale, 0)}<span className="sr-only"> ({ragText[value.rag]})</span>
    </span>
  );
}

const none = <span className="text-slate-400">—</span>;

/**
 * The consultant's workspaces with their headline figures; sorted on the server from the URL's ?sort=&dir=.
 * Each row is written as its own workspace writes it (its locale and currency), as its dashboard shows it.
 */
export function OverviewTable({ rows, sort }: { rows: WorkspaceOverviewRow[]; sort: OverviewSort }) {
  return (
    <TableShell className="w-full divide-y-0 text-left" data-testid="workspaces-table">
      <THead className="font-normal">
        <tr>
          {headers.map((h) => (
            <SortHeader key={h.column} {...h} current={sort} />
          ))}
        </tr>
      </THead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((w) => (
          <WorkspaceRow key={w.slug} w={w} />
        ))}
      </tbody>
    </TableShell>
  );
}

/** One workspace's headline figures, written in its own locale and currency. */
function WorkspaceRow({ w }: { w: WorkspaceOverviewRow }) {
  const formats = { locale: w.locale, currency: w.currency };
  const figure = "py-3 text-slate-900";
  return (
    <tr className="hover:bg-slate-50" data-testid="workspace-row">
      <Td className="py-3">
        <Link href={`/w/${w.slug}/dashboard`} className="font-medium text-indigo-700 hover:underline">
          {w.name}
        </Link>
        <p className="text-xs text-slate-500">{label(w.industry)}</p>
      </Td>
      <Td className="py-3">
        <RoleBadge role={w.role} />
      </Td>
      <Td className="py-3 font-mono text-xs text-slate-600">{w.currency}</Td>
      <Td align="right" className={figure} data-testid="workspace-roi">
        {w.roi === null ? none : formatPercent(w.roi, w.locale)}
      </Td>
      <Td align="right" className={cn(figure, w.npvCents < 0 && "text-rose-700")} data-testid="workspace-npv">
        {formatMoney(w.npvCents, formats)}
      </Td>
      <Td align="right" className={figure} data-testid="workspace-spend">
        {formatMoney(w.annualSpendCents, formats)}
      </Td>
      {perspectives.map((p) => (
        <Td key={p} className="py-3 text-right" data-testid={`workspace-score-${p}`}>
          <Score value={w.perspectives[p]} locale={w.locale} />
        </Td>
      ))}
      <Td align="right" className={cn("py-3", w.redKpis > 0 ? "font-medium text-rose-700" : "text-slate-600")} data-testid="workspace-red-kpis">
        {formatNumber(w.redKpis, w.locale, 0)}
      </Td>
      <Td className="whitespace-nowrap py-3 text-slate-600">{w.lastMonthWithData ? formatMonth(w.lastMonthWithData, w.locale) : none}</Td>
    </tr>
  );
}
