"use client";

import { TextInput, SelectInput } from "@/components/portfolio/form/controls";
import type { FormText } from "@/components/portfolio/form/form-values";
import { FormActions, FormAlert, typedValues, useActionForm } from "@/components/portfolio/form/use-action-form";
import { cardClass } from "@/components/ui/card";
import { label } from "@/lib/domain/labels";
import { perspectives } from "@/lib/domain/values";
import { createGoal, updateGoal } from "@/lib/goals/actions";
import type { goalSchema } from "@/lib/goals/schemas";

export type GoalFormValues = FormText<ReturnType<typeof goalSchema>>;

type Props = { slug: string; initial: GoalFormValues; /** Present when editing. */ id?: string };

const perspectiveOptions = [{ value: "", label: "Choose a perspective…" }, ...perspectives.map((p) => ({ value: p, label: label(p) }))];

/** Create or edit a strategic goal: a plain form, so it saves (and shows the server's messages) without script too. */
export function GoalForm({ slug, initial, id }: Props) {
  const { state, formAction, errors, messageRef } = useActionForm((id ? updateGoal : createGoal).bind(null, slug), () => `/w/${slug}/goals?saved=1`);
  const { values, key } = typedValues(initial, state);
  return (
    <form action={formAction} noValidate className={cardClass({ className: "max-w-3xl space-y-6" })} data-testid="goal-form">
      <FormAlert state={state} messageRef={messageRef} />
      {id && <input type="hidden" name="id" value={id} />}
      <div key={key} className="grid gap-4 sm:grid-cols-2">
        <TextInput id="title" label="Goal" defaultValue={values.title} errors={errors("title")} required maxLength={160} placeholder="Grow online revenue 20% by Dec 2027" className="sm:col-span-2" />
        <SelectInput id="perspective" label="Scorecard perspective" defaultValue={values.perspective} errors={errors("perspective")} options={perspectiveOptions} />
        <TextInput
          id="weight"
          label="Weight (0–100)"
          inputMode="numeric"
          defaultValue={values.weight}
          errors={errors("weight")}
          hint="How much this goal counts in each technology's alignment score, relative to the others."
        />
        <TextInput
          id="targetText"
          label="Measurable target"
          defaultValue={values.targetText}
          errors={errors("targetText")}
          maxLength={500}
          placeholder="Online orders from 12% to 25% of sales"
          hint="How you will know the goal is met."
          className="sm:col-span-2"
        />
        <TextInput id="targetDate" label="Target date (optional)" type="date" defaultValue={values.targetDate} errors={errors("targetDate")} />
      </div>
      <FormActions cancelHref={`/w/${slug}/goals`} label={id ? "Save changes" : "Add goal"} testId="save-goal" />
    </form>
  );
}

