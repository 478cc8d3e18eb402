import { label } from "@/lib/domain/labels";
import type { ScoringFactor } from "@/db/schema";
import { formatNumber, formatPercent, type Locale } from "@/lib/format";
import { DetailSection, num, td, th } from "./section";

export function FactorsTable({ factors, weightedScore, locale }: { factors: ScoringFactor[]; weightedScore: number | null; locale: Locale }) {
  const weightSum = factors.reduce((a, f) => a + Number(f.weight), 0);
  const weight = (w: number) => formatPercent(w / 100, locale);
  return (
    <DetailSection
      id="factors"
      title="Scoring factors"
      description="Weighted score = Σ weight/100 × score; the weights must sum to 100%."
      empty={factors.length === 0 && "No scoring factors yet — add weighted criteria (e.g. fit, cost, vendor strength) to get a weighted score out of 5."}
    >
      <table className="w-full">
        <caption className="sr-only">Scoring factors</caption>
        <thead className="border-b border-slate-100">
          <tr>
            <th scope="col" className={th}>Factor</th>
            <th scope="col" className={th}>Kind</th>
            <th scope="col" className={`${th} text-right`}>Weight</th>
            <th scope="col" className={`${th} text-right`}>Score (1–5)</th>
            <th scope="col" className={`${th} text-right`}>Weighted</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {factors.map((f) => (
            <tr key={f.id}>
              <td className={td}>{f.name}</td>
              <td className={td}>{label(f.kind)}</td>
              <td className={num}>{weight(Number(f.weight))}</td>
              <td className={num}>{f.score}</td>
              <td className={num}>{formatNumber((Number(f.weight) / 100) * f.score, locale, 2)}</td>
            </tr>
          ))}
          <FactorsTotal weightSum={weightSum} weightedScore={weightedScore} weight={weight} locale={locale} />
        </tbody>
      </table>
      {weightedScore === null && factors.length > 0 && (
        <p className="border-t border-slate-100 px-4 py-2 text-sm text-red-700">
          The weights sum to {weight(weightSum)}, not {formatPercent(1, locale, 0)} — adjust them to get a score.
        </p>
      )}
    </DetailSection>
  );
}

function FactorsTotal({ weightSum, weightedScore, weight, locale }: { weightSum: number; weightedScore: number | null; weight: (w: number) => string; locale: Locale }) {
  return (
    <tr className="bg-slate-50 font-semibold">
      <th scope="row" colSpan={2} className={`${td} text-left`}>
        Total
      </th>
      <td className={`${num} ${Math.abs(weightSum - 100) > 1e-9 ? "text-red-700" : ""}`}>{weight(weightSum)}</td>
      <td className={num} />
      <td className={num} data-testid="factors-total">
        {weightedScore === null ? "n/a" : `${formatNumber(weightedScore, locale, 2)} of 5`}
      </td>
    </tr>
  );
}
