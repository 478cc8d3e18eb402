"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import { SelectInput, TextInput } from "@/components/portfolio/form/controls";
import type { ActionResult } from "@/lib/actions/tenant-action";
import { label } from "@/lib/domain/labels";
import { perspectives } from "@/lib/domain/values";
import { createGoal, updateGoal } from "@/lib/goals/actions";

export type GoalFormValues = { title: string; perspective: string; weight: string; targetText: string; targetDate: string };

type Props = { slug: string; initial: GoalFormValues; /** Present when editing. */ id?: string };

/** Create or edit a strategic goal; the server validates everything again and answers per field. */
export function GoalForm({ slug, initial, id }: Props) {
  const router = useRouter();
  const [values, setValues] = useState(initial);
  const [result, setResult] = useState<ActionResult<{ id: string }>>();
  const [pending, startTransition] = useTransition();
  const messageRef = useRef<HTMLDivElement>(null);
  const set = (key: keyof GoalFormValues) => (value: string) => setValues((v) => ({ ...v, [key]: value }));
  const errors = (key: keyof GoalFormValues) => result?.fieldErrors?.[key];

  function submit(event: React.FormEvent) {
    event.preventDefault();
    if (pending) return;
    startTransition(async () => {
      const saved = id ? await updateGoal(slug, { ...values, id }) : await createGoal(slug, values);
      if (saved.ok) return router.push(`/w/${slug}/goals?saved=1`);
      setResult(saved);
      messageRef.current?.focus();
    });
  }

  return (
    <form onSubmit={submit} noValidate className="max-w-3xl space-y-6 rounded-xl border border-slate-200 bg-white p-5 shadow-sm" aria-busy={pending} data-testid="goal-form">
      <div ref={messageRef} tabIndex={-1} className="outline-none">
        {result && !result.ok && result.message && (
          <p role="alert" data-testid="form-message" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-700">
            {result.message}
          </p>
        )}
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextInput
          id="title"
          label="Goal"
          value={values.title}
          onValue={set("title")}
          errors={errors("title")}
          required
          maxLength={160}
          placeholder="Grow online revenue 20% by Dec 2027"
          className="sm:col-span-2"
        />
        <SelectInput
          id="perspective"
          label="Scorecard perspective"
          value={values.perspective}
          onValue={set("perspective")}
          errors={errors("perspective")}
          options={[{ value: "", label: "Choose a perspective…" }, ...perspectives.map((p) => ({ value: p, label: label(p) }))]}
        />
        <TextInput
          id="weight"
          label="Weight (0–100)"
          inputMode="numeric"
          value={values.weight}
          onValue={set("weight")}
          errors={errors("weight")}
          hint="How much this goal counts in each technology's alignment score, relative to the others."
        />
        <TextInput
          id="targetText"
          label="Measurable target"
          value={values.targetText}
          onValue={set("targetText")}
          errors={errors("targetText")}
          maxLength={500}
          placeholder="Online orders from 12% to 25% of sales"
          hint="How you will know the goal is met."
          className="sm:col-span-2"
        />
        <TextInput id="targetDate" label="Target date (optional)" type="date" value={values.targetDate} onValue={set("targetDate")} errors={errors("targetDate")} />
      </div>
      <div className="flex items-center justify-end gap-3">
        <Link href={`/w/${slug}/goals`} className="text-sm text-slate-600 hover:text-slate-900">
          Cancel
        </Link>
        <button
          type="submit"
          disabled={pending}
          data-testid="save-goal"
          className="rounded-md bg-indigo-600 px-4 py-2 text-sm font-medium text-white shadow-sm hover:bg-indigo-500 disabled:cursor-wait disabled:opacity-70"
        >
          {pending ? "Saving…" : id ? "Save changes" : "Add goal"}
        </button>
      </div>
    </form>
  );
}
