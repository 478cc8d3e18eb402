import { label } from "@/lib/domain/labels";
import type { BenefitItem } from "@/db/schema";
import { formatAmount, formatMonth, formatPercent, type Formats } from "@/lib/format";
import { calculatorText } from "./calculator-text";
import { DetailSection, num, td, th } from "./section";

export function BenefitsTable({ benefits, formats }: { benefits: BenefitItem[]; formats: Formats }) {
  const { locale } = formats;
  return (
    <DetailSection
      id="benefits"
      title="Benefits"
      empty={benefits.length === 0 && "No benefits recorded yet — ROI and payback need at least one benefit."}
    >
      <table className="w-full min-w-[44rem]" data-testid="technology-benefits">
        <caption className="sr-only">Benefit lines</caption>
        <thead className="border-b border-slate-100">
          <tr>
            <th scope="col" className={th}>Category</th>
            <th scope="col" className={th}>Description and how it is estimated</th>
            <th scope="col" className={`${th} text-right`}>Amount</th>
            <th scope="col" className={th}>From</th>
            <th scope="col" className={`${th} text-right`}>Ramp-up</th>
            <th scope="col" className={`${th} text-right`}>Confidence</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {benefits.map((b) => {
            const how = calculatorText(b.calculator, formats);
            return (
              <tr key={b.id}>
                <td className={td}>{label(b.category)}</td>
                <td className={td}>
                  <div>{b.description || <span className="text-slate-400">—</span>}</div>
                  {how && <div className="mt-0.5 text-xs tabular-nums text-slate-500">{how}</div>}
                </td>
                <td className={num}>
                  {formatAmount(b.amountCents, formats)}
                  <span className="text-slate-500">{b.kind === "one_time" ? " once" : b.frequency === "annual" ? " /yr" : " /mo"}</span>
                </td>
                <td className={`${td} whitespace-nowrap`}>
                  {formatMonth(b.startMonth, locale)}
                  {b.endMonth && ` – ${formatMonth(b.endMonth, locale)}`}
                </td>
                <td className={num}>{b.rampUpMonths === 0 ? "none" : `${b.rampUpMonths} months`}</td>
                <td className={num}>{formatPercent(Number(b.confidence), locale, { max: 1 })}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </DetailSection>
  );
}
