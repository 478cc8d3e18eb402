"use client";

import { SelectInput, Section } from "./controls";
import type { Errors } from "./repeated-rows";
import type { GoalOption } from "./form-values";
import { label, strengthOptions } from "./options";

type Props = { goals: GoalOption[]; strengths: Record<string, string>; onChange: (strengths: Record<string, string>) => void; errors: Errors; slug: string };

/** One 0–5 rating per goal of the workspace; goals are sent in this order, so `alignments.i` is goal i. */
export function AlignmentSection({ goals, strengths, onChange, errors, slug }: Props) {
  return (
    <Section id="alignments" title="Goals & alignment" description="How strongly does this technology serve each of your goals?" errors={errors("alignments")}>
      {goals.length === 0 ? (
        <p className="text-sm text-slate-500">
          No goals yet. <a href={`/w/${slug}/goals`} className="text-indigo-600 hover:underline">Add your strategic goals</a> to rate how this technology serves them.
        </p>
      ) : (
        <div className="grid gap-3 sm:grid-cols-2">
          {goals.map((goal, i) => (
            <SelectInput
              key={goal.id}
              id={`alignments-${i}-strength`}
              label={goal.title}
              hint={label(goal.perspective)}
              value={strengths[goal.id] ?? "0"}
              options={strengthOptions}
              onValue={(v) => onChange({ ...strengths, [goal.id]: v })}
              errors={errors(`alignments.${i}.strength`) ?? errors(`alignments.${i}.goalId`)}
            />
          ))}
        </div>
      )}
    </Section>
  );
}
