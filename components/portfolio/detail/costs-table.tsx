import { label } from "@/lib/domain/labels";
import { differenceInCalendarDays, parseISO } from "date-fns";
import type { CostItem } from "@/db/schema";
import { formatAmount, formatDate, formatMonth, formatPercent, type Formats, type Locale } from "@/lib/format";
import { nextRenewal } from "@/lib/portfolio/timeline";
import { DetailSection, num, td, th } from "./section";

const SOON_DAYS = 60;

function Renewal({ cost, today, locale }: { cost: CostItem; today: Date; locale: Locale }) {
  if (cost.kind !== "recurring" || !cost.renewalDate) return <span className="text-slate-400">—</span>;
  const next = nextRenewal(cost.renewalDate, cost.noticeDays, today);
  const soon = [next.date, next.noticeDeadline].some((d) => d !== null && differenceInCalendarDays(parseISO(d), today) <= SOON_DAYS);
  return (
    <div className={soon ? "rounded bg-amber-50 px-1.5 py-0.5 text-amber-900 ring-1 ring-amber-200" : undefined} data-soon={soon || undefined}>
      <div className="tabular-nums">{formatDate(next.date, locale)}</div>
      {next.noticeDeadline && <div className="text-xs tabular-nums">Notice by {formatDate(next.noticeDeadline, locale)}</div>}
      {soon && <div className="text-xs font-medium">Within {SOON_DAYS} days</div>}
    </div>
  );
}

export function CostsTable({ costs, formats, today }: { costs: CostItem[]; formats: Formats; today: Date }) {
  const { locale } = formats;
  return (
    <DetailSection id="costs" title="Costs" empty={costs.length === 0 && "No costs recorded yet — TCO, ROI and payback need at least one cost."}>
      <table className="w-full min-w-[48rem]" data-testid="technology-costs">
        <caption className="sr-only">Cost lines</caption>
        <thead className="border-b border-slate-100">
          <tr>
            <th scope="col" className={th}>Category</th>
            <th scope="col" className={th}>Description</th>
            <th scope="col" className={th}>Type</th>
            <th scope="col" className={`${th} text-right`}>Amount</th>
            <th scope="col" className={th}>Period</th>
            <th scope="col" className={th}>Renewal</th>
            <th scope="col" className={`${th} text-right`}>Annual uplift</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {costs.map((c) => (
            <tr key={c.id}>
              <td className={td}>{label(c.category)}</td>
              <td className={td}>{c.description || <span className="text-slate-400">—</span>}</td>
              <td className={td}>{c.kind === "one_time" ? "One-time" : `Recurring (${c.frequency})`}</td>
              <td className={num}>
                {formatAmount(c.amountCents, formats)}
                {c.kind === "recurring" && <span className="text-slate-500">{c.frequency === "annual" ? " /yr" : " /mo"}</span>}
              </td>
              <td className={`${td} whitespace-nowrap`}>
                {formatMonth(c.startMonth, locale)}
                {c.kind === "recurring" && ` – ${c.endMonth ? formatMonth(c.endMonth, locale) : "ongoing"}`}
              </td>
              <td className={`${td} whitespace-nowrap`}>
                <Renewal cost={c} today={today} locale={locale} />
              </td>
              <td className={num}>{c.annualUpliftPct !== null && Number(c.annualUpliftPct) !== 0 ? formatPercent(Number(c.annualUpliftPct) / 100, locale) : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </DetailSection>
  );
}
