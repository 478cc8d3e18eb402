import Link from "next/link";
import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import { FigureHowComputed } from "@/components/ui/how-computed";
import { label } from "@/lib/domain/labels";
import { formatMoney, formatPercent, type Formats } from "@/lib/format";
import { ALIGNED_FROM, type AlignmentView } from "@/lib/goals/alignment-view";

type Props = { slug: string; formats: Formats; view: AlignmentView };
type FigureProps = { title: string; value: string; detail: string; testId: string; formula: string; inputs: { label: string; value: string }[] };

function Figure({ title, value, detail, testId, formula, inputs }: FigureProps) {
  return (
    <Card>
      <p className="text-sm text-slate-500">{title}</p>
      <p className="mt-1 text-3xl font-semibold tracking-tight text-slate-900 tabular-nums" data-testid={testId}>
        {value}
      </p>
      <p className="mt-1 text-xs text-slate-500">{detail}</p>
      <FigureHowComputed figure={{ formula, inputs }} />
    </Card>
  );
}

/** The three headline shares, each with how it is computed. */
function figuresOf(view: AlignmentView, formats: Formats): FigureProps[] {
  const f = view.figures;
  const money = (cents: number) => formatMoney(cents, formats);
  const share = (v: number | null) => (v === null ? "—" : formatPercent(v, formats.locale));
  return [
    {
      title: "Spend on aligned technologies",
      value: share(f.alignedSpendShare),
      testId: "aligned-spend-share",
      detail: f.spendCents === 0 ? "No recurring spend yet." : `${money(f.alignedSpendCents)} of ${money(f.spendCents)} annual run-rate.`,
      formula: `Σ run-rate of technologies with a link ≥ ${ALIGNED_FROM} ÷ Σ run-rate of all technologies`,
      inputs: [
        { label: "Annual run-rate on aligned technologies", value: money(f.alignedSpendCents) },
        { label: "Annual run-rate, whole portfolio", value: money(f.spendCents) },
      ],
    },
    {
      title: "Goals enabled",
      value: share(f.goalsEnabledShare),
      testId: "goals-enabled-share",
      detail: `${f.enabledGoalCount} of ${f.goalCount} goals have a technology rated ${ALIGNED_FROM} or more.`,
      formula: `goals with at least one technology rated ≥ ${ALIGNED_FROM} ÷ all goals`,
      inputs: [
        { label: "Goals enabled", value: String(f.enabledGoalCount) },
        { label: "Goals", value: String(f.goalCount) },
      ],
    },
    {
      title: "Aligned technologies",
      value: `${f.alignedTechnologyCount} of ${f.technologyCount}`,
      testId: "aligned-technology-count",
      detail: `Technologies with at least one goal rated ${ALIGNED_FROM} (moderate) or more.`,
      formula: "Alignment score of a technology = Σ (goal weight × strength) ÷ Σ goal weight ÷ 5 × 100, over the goals it serves",
      inputs: [
        { label: "Aligned technologies", value: String(f.alignedTechnologyCount) },
        { label: "Technologies", value: String(f.technologyCount) },
      ],
    },
  ];
}

/** A titled list of what needs attention, or the sentence that says nothing does. */
function FlagList({ title, testId, items, allClear, children }: { title: string; testId: string; items: ReactNode[]; allClear: string; children?: ReactNode }) {
  return (
    <Card data-testid={testId}>
      <h3 className="text-sm font-semibold text-slate-900">
        {title} ({items.length})
      </h3>
      {items.length === 0 ? <p className="mt-2 text-sm text-slate-500">{allClear}</p> : <ul className="mt-2 space-y-1 text-sm">{items}</ul>}
      {children}
    </Card>
  );
}

/** Portfolio alignment as saved: share of spend and of goals covered, and what serves nothing / is served by nothing. */
export function AlignmentFigures({ slug, formats, view }: Props) {
  return (
    <section aria-labelledby="alignment-figures-title" className="space-y-4">
      <h2 id="alignment-figures-title" className="text-lg font-semibold">
        Portfolio alignment
      </h2>
      <div className="grid gap-4 md:grid-cols-3" data-testid="alignment-figures">
        {figuresOf(view, formats).map((figure) => (
          <Figure key={figure.testId} {...figure} />
        ))}
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <FlagList
          title="Goals with no technology"
          testId="goals-without-technology"
          allClear="Every goal is served by at least one technology."
          items={view.goalsWithoutTechnology.map((g) => (
            <li key={g.id} data-goal={g.id}>
              <span className="font-medium text-slate-800">{g.title}</span> <span className="text-slate-500">· {label(g.perspective)}</span>
            </li>
          ))}
        />
        <FlagList
          title="Technologies serving no goal"
          testId="technologies-without-goal"
          allClear="Every technology in use serves at least one goal."
          items={view.technologiesWithoutGoal.map((t) => (
            <li key={t.id} data-technology={t.id}>
              <Link href={`/w/${slug}/portfolio/${t.id}`} className="font-medium text-indigo-700 hover:underline">
                {t.name}
              </Link>{" "}
              <span className="text-slate-500">· {formatMoney(t.annualRunRateCents, formats)} a year</span>
            </li>
          ))}
        >
          <p className="mt-2 text-xs text-slate-500">Retired technologies are not listed.</p>
        </FlagList>
      </div>
    </section>
  );
}
