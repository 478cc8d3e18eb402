import Link from "next/link";
import { FigureHowComputed } from "@/components/ui/how-computed";
import { label } from "@/lib/domain/labels";
import { formatMoney, formatPercent, type Formats } from "@/lib/format";
import { ALIGNED_FROM, type AlignmentView } from "@/lib/goals/alignment-view";

type Props = { slug: string; formats: Formats; view: AlignmentView };

function Figure({ title, value, detail, testId, formula, inputs }: { title: string; value: string; detail: string; testId: string; formula: string; inputs: { label: string; value: string }[] }) {
  return (
    <div className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
      <p className="text-sm text-slate-500">{title}</p>
      <p className="mt-1 text-3xl font-semibold tracking-tight text-slate-900 tabular-nums" data-testid={testId}>
        {value}
      </p>
      <p className="mt-1 text-xs text-slate-500">{detail}</p>
      <FigureHowComputed figure={{ formula, inputs }} />
    </div>
  );
}

/** Portfolio alignment as saved: share of spend and of goals covered, and what serves nothing / is served by nothing. */
export function AlignmentFigures({ slug, formats, view }: Props) {
  const f = view.figures;
  const money = (cents: number) => formatMoney(cents, formats);
  const share = (v: number | null) => (v === null ? "—" : formatPercent(v, formats.locale));
  return (
    <section aria-labelledby="alignment-figures-title" className="space-y-4">
      <h2 id="alignment-figures-title" className="text-lg font-semibold">
        Portfolio alignment
      </h2>
      <div className="grid gap-4 md:grid-cols-3" data-testid="alignment-figures">
        <Figure
          title="Spend on aligned technologies"
          value={share(f.alignedSpendShare)}
          testId="aligned-spend-share"
          detail={f.spendCents === 0 ? "No recurring spend yet." : `${money(f.alignedSpendCents)} of ${money(f.spendCents)} annual run-rate.`}
          formula={`Σ run-rate of technologies with a link ≥ ${ALIGNED_FROM} ÷ Σ run-rate of all technologies`}
          inputs={[
            { label: "Annual run-rate on aligned technologies", value: money(f.alignedSpendCents) },
            { label: "Annual run-rate, whole portfolio", value: money(f.spendCents) },
          ]}
        />
        <Figure
          title="Goals enabled"
          value={share(f.goalsEnabledShare)}
          testId="goals-enabled-share"
          detail={`${f.enabledGoalCount} of ${f.goalCount} goals have a technology rated ${ALIGNED_FROM} or more.`}
          formula={`goals with at least one technology rated ≥ ${ALIGNED_FROM} ÷ all goals`}
          inputs={[
            { label: "Goals enabled", value: String(f.enabledGoalCount) },
            { label: "Goals", value: String(f.goalCount) },
          ]}
        />
        <Figure
          title="Aligned technologies"
          value={`${f.alignedTechnologyCount} of ${f.technologyCount}`}
          testId="aligned-technology-count"
          detail={`Technologies with at least one goal rated ${ALIGNED_FROM} (moderate) or more.`}
          formula="Alignment score of a technology = Σ (goal weight × strength) ÷ Σ goal weight ÷ 5 × 100, over the goals it serves"
          inputs={[
            { label: "Aligned technologies", value: String(f.alignedTechnologyCount) },
            { label: "Technologies", value: String(f.technologyCount) },
          ]}
        />
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <div className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm" data-testid="goals-without-technology">
          <h3 className="text-sm font-semibold text-slate-900">Goals with no technology ({view.goalsWithoutTechnology.length})</h3>
          {view.goalsWithoutTechnology.length === 0 ? (
            <p className="mt-2 text-sm text-slate-500">Every goal is served by at least one technology.</p>
          ) : (
            <ul className="mt-2 space-y-1 text-sm">
              {view.goalsWithoutTechnology.map((g) => (
                <li key={g.id} data-goal={g.id}>
                  <span className="font-medium text-slate-800">{g.title}</span> <span className="text-slate-500">· {label(g.perspective)}</span>
                </li>
              ))}
            </ul>
          )}
        </div>
        <div className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm" data-testid="technologies-without-goal">
          <h3 className="text-sm font-semibold text-slate-900">Technologies serving no goal ({view.technologiesWithoutGoal.length})</h3>
          {view.technologiesWithoutGoal.length === 0 ? (
            <p className="mt-2 text-sm text-slate-500">Every technology in use serves at least one goal.</p>
          ) : (
            <ul className="mt-2 space-y-1 text-sm">
              {view.technologiesWithoutGoal.map((t) => (
                <li key={t.id} data-technology={t.id}>
                  <Link href={`/w/${slug}/portfolio/${t.id}`} className="font-medium text-indigo-700 hover:underline">
                    {t.name}
                  </Link>{" "}
                  <span className="text-slate-500">· {money(t.annualRunRateCents)} a year</span>
                </li>
              ))}
            </ul>
          )}
          <p className="mt-2 text-xs text-slate-500">Retired technologies are not listed.</p>
        </div>
      </div>
    </section>
  );
}
