import { label } from "@/lib/domain/labels";
import { formatNumber, formatPercent, type Locale } from "@/lib/format";
import { timeRules } from "@/lib/strategy/time-map";

/** "How is this computed?" for the TIME map: lib/finance's formula and thresholds, and what missing data counts as. */
export function TimeRules({ locale }: { locale: Locale }) {
  const { thresholds, formula, quadrants } = timeRules();
  const percent = (ratio: number) => formatPercent(ratio, locale, 0);
  return (
    <details className="mt-4 text-sm text-slate-700" data-testid="time-rules">
      <summary className="cursor-pointer select-none font-medium text-indigo-700 hover:underline">How is this computed?</summary>
      <div className="mt-2 space-y-3">
        <p>
          <span className="font-medium">Formula: </span>
          <code className="break-words font-mono text-xs text-slate-800">{formula}</code>
        </p>
        <ul className="list-disc space-y-1 pl-5">
          <li>
            <strong>Business value</strong> (0–100) = ½ × alignment score + ½ × ROI score, where the ROI score is 50 × (1 + ROI ÷ {percent(thresholds.roiForFullMarks)}), kept
            between 0 and 100: 0 when a technology returns nothing of what it cost, 50 when it breaks even, 100 from an ROI of {percent(thresholds.roiForFullMarks)} over the plan.
            A technology that returns more than it costs (ROI above {percent(thresholds.roiHurdle)}) has a business value of at least {thresholds.valueHigh}: it pays its way, so it is
            at worst &quot;migrate&quot;, never &quot;eliminate&quot;.
          </li>
          <li>
            <strong>Cost &amp; risk</strong> (0–100) = the higher of risk % and ½ × risk % + ½ × cost %, where risk % = 100 × (highest open risk − 1) ÷ 24 and cost % = 100 ×
            relative cost ÷ {formatNumber(thresholds.relativeCostForFullMarks, locale)}, at most 100. A low cost does not offset a high risk: a highest open risk of 15 or more (e.g. 4 × 4) is high on its
            own. Relative cost is the technology&apos;s TCO per year of its plan ÷ the portfolio&apos;s average (×1 = average).
          </li>
          <li>Missing data: no goal served → alignment 0, no costs → ROI 0 (break-even, not above the hurdle), no open risk → risk 1 of 25.</li>
        </ul>
        <table className="text-sm">
          <caption className="sr-only">Quadrant rules</caption>
          <tbody>
            {quadrants.map((q) => (
              <tr key={q.quadrant}>
                <th scope="row" className="pr-3 text-left font-medium">
                  {label(q.quadrant)}
                </th>
                <td className="tabular-nums">{q.rule}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="text-xs text-slate-500">
          Thresholds: business value high at ≥ {thresholds.valueHigh}, cost &amp; risk high at ≥ {thresholds.costRiskHigh}. Each list shows its clearest cases first: the
          technologies furthest past both dividing lines.
        </p>
      </div>
    </details>
  );
}
