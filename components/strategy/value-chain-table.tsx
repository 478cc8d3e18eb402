import { TableShell } from "@/components/ui/table";
import { label } from "@/lib/domain/labels";
import { formatMoney, formatPercent, type Formats } from "@/lib/format";
import type { SpendFigures, ValueChain, ValueChainCell } from "@/lib/strategy/types";
import { tonePaint } from "./value-chain-diagram";

const th = "px-3 py-2 text-right text-xs font-medium uppercase tracking-wide text-slate-500";
const td = "px-3 py-1.5 text-right tabular-nums";

function Figures({ f, formats, roiClass = "" }: { f: SpendFigures; formats: Formats; roiClass?: string }) {
  return (
    <>
      <td className={td}>{f.count}</td>
      <td className={td}>{formatMoney(f.runRateCents, formats)}</td>
      <td className={td}>{formatMoney(f.tcoCents, formats)}</td>
      <td className={td}>{formatMoney(f.benefitsCents, formats)}</td>
      <td className={`${td} font-medium ${roiClass}`}>{f.roi === null ? "—" : formatPercent(f.roi, formats.locale)}</td>
      <td className={`${td} ${f.npvCents < 0 ? "text-red-700" : ""}`}>{formatMoney(f.npvCents, formats)}</td>
    </>
  );
}

function Group({ title, cells, chain, formats }: { title: string; cells: ValueChainCell[]; chain: ValueChain; formats: Formats }) {
  return (
    <tbody className="divide-y divide-slate-100">
      <tr className="bg-slate-50">
        <th scope="rowgroup" colSpan={7} className="px-3 py-1.5 text-left text-xs font-semibold uppercase tracking-wide text-slate-600">
          {title}
        </th>
      </tr>
      {cells.map((c) => (
        <tr key={c.activity} data-activity={c.activity}>
          <th scope="row" className="px-3 py-1.5 text-left font-normal text-slate-800">
            {label(c.activity)}
            {chain.mostSpend === c.activity && <span className="ml-2 text-xs font-medium text-indigo-700">most spend</span>}
            {chain.bestRoi === c.activity && <span className="ml-2 text-xs font-medium text-emerald-700">best ROI</span>}
          </th>
          <Figures f={c} formats={formats} roiClass={tonePaint[c.tone].roi} />
        </tr>
      ))}
    </tbody>
  );
}

/** The diagram's figures as a table, with the portfolio's totals: every column adds up to its total. */
export function ValueChainTable({ chain, formats }: { chain: ValueChain; formats: Formats }) {
  return (
    <TableShell shellClassName="rounded-lg shadow-none" className="divide-y-0 text-slate-700" data-testid="value-chain-table">
      <caption className="sr-only">Spend, benefits and return by value-chain activity, over each technology&apos;s plan</caption>
      <thead className="border-b border-slate-200">
        <tr>
          <th scope="col" className={`${th} text-left`}>Activity</th>
          <th scope="col" className={th}>Technologies</th>
          <th scope="col" className={th}>Run-rate / yr</th>
          <th scope="col" className={th}>TCO (plan)</th>
          <th scope="col" className={th}>Benefits (plan)</th>
          <th scope="col" className={th}>ROI</th>
          <th scope="col" className={th}>NPV</th>
        </tr>
      </thead>
      <Group title="Primary activities" cells={chain.activities.filter((c) => c.kind === "primary")} chain={chain} formats={formats} />
      <Group title="Support activities" cells={chain.activities.filter((c) => c.kind === "support")} chain={chain} formats={formats} />
      <tfoot className="border-t-2 border-slate-200 font-semibold text-slate-900">
        <tr data-testid="value-chain-total">
          <th scope="row" className="px-3 py-2 text-left">
            Portfolio
          </th>
          <Figures f={chain.totals} formats={formats} />
        </tr>
      </tfoot>
    </TableShell>
  );
}
