import { label } from "@/lib/domain/labels";
import { formatNumber, type Locale } from "@/lib/format";
import type { TechnologyDetail } from "@/lib/portfolio/types";
import { DetailSection, num, td, th } from "./section";

function StrengthDots({ strength }: { strength: number }) {
  return (
    <span role="img" aria-label={`Strength ${strength} of 5`} className="inline-flex gap-0.5">
      {Array.from({ length: 5 }, (_, i) => (
        <span key={i} aria-hidden className={`size-2.5 rounded-full ${i < strength ? "bg-indigo-600" : "bg-slate-200"}`} />
      ))}
    </span>
  );
}

/** The goals this technology serves (strength > 0), with its alignment score. */
export function GoalsSection({ detail, locale }: { detail: TechnologyDetail; locale: Locale }) {
  const served = detail.alignments.filter((a) => a.strength > 0).sort((a, b) => b.strength - a.strength);
  const score = detail.row.alignmentScore;
  return (
    <DetailSection
      id="goals"
      title="Goals & alignment"
      description={score === null ? undefined : `Alignment score ${formatNumber(score, locale, 1)} of 100 (goal-weighted mean strength).`}
      empty={
        served.length === 0 &&
        (detail.alignments.length === 0
          ? "No goals in this workspace yet — add strategic goals, then link this technology to the ones it serves."
          : "Not linked to any goal yet — the alignment score needs at least one goal this technology serves.")
      }
    >
      <table className="w-full">
        <caption className="sr-only">Goals served</caption>
        <thead className="border-b border-slate-100">
          <tr>
            <th scope="col" className={th}>Goal</th>
            <th scope="col" className={th}>Perspective</th>
            <th scope="col" className={`${th} text-right`}>Goal weight</th>
            <th scope="col" className={th}>Strength</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {served.map((a) => (
            <tr key={a.goalId}>
              <td className={td}>{a.title}</td>
              <td className={td}>{label(a.perspective)}</td>
              <td className={num}>{a.weight}</td>
              <td className={td}>
                <StrengthDots strength={a.strength} /> <span className="ml-1 tabular-nums text-slate-500">{a.strength}/5</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </DetailSection>
  );
}
