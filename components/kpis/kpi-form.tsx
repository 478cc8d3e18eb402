"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import { SelectInput, TextInput } from "@/components/portfolio/form/controls";
import type { ActionResult } from "@/lib/actions/tenant-action";
import { label } from "@/lib/domain/labels";
import { kpiDirections, kpiUnits, perspectives } from "@/lib/domain/values";
import { createKpi, updateKpi } from "@/lib/kpis/actions";
import { findPreset, kpiPresets } from "@/lib/kpis/presets";

export type KpiFormValues = {
  name: string;
  perspective: string;
  unit: string;
  direction: string;
  baseline: string;
  target: string;
  targetDate: string;
  weight: string;
  investmentId: string;
  goalId: string;
};

type Props = {
  slug: string;
  initial: KpiFormValues;
  technologies: { id: string; name: string }[];
  goals: { id: string; title: string }[];
  /** Present when editing. */
  id?: string;
};

const choose = (what: string) => ({ value: "", label: `Choose ${what}…` });
const enumOptions = (values: readonly string[]) => values.map((v) => ({ value: v, label: label(v) }));

/** Create or edit a KPI definition; the server validates everything again and answers per field. */
export function KpiForm({ slug, initial, technologies, goals, id }: Props) {
  const router = useRouter();
  const [values, setValues] = useState(initial);
  const [preset, setPreset] = useState("");
  const [result, setResult] = useState<ActionResult<{ id: string }>>();
  const [pending, startTransition] = useTransition();
  const messageRef = useRef<HTMLDivElement>(null);
  const set = (key: keyof KpiFormValues) => (value: string) => setValues((v) => ({ ...v, [key]: value }));
  const errors = (key: string) => result?.fieldErrors?.[key];

  // A preset fills what it knows; baseline and target are the business's own numbers.
  function applyPreset(key: string) {
    setPreset(key);
    const p = findPreset(key);
    if (p) setValues((v) => ({ ...v, name: p.name, perspective: p.perspective, unit: p.unit, direction: p.direction }));
  }

  function submit(event: React.FormEvent) {
    event.preventDefault();
    if (pending) return;
    startTransition(async () => {
      const saved = id ? await updateKpi(slug, { ...values, id }) : await createKpi(slug, values);
      if (saved.ok) return router.push(`/w/${slug}/kpis?saved=1`);
      setResult(saved);
      messageRef.current?.focus();
    });
  }

  const presetHint = findPreset(preset)?.description;
  return (
    <form onSubmit={submit} noValidate className="max-w-3xl space-y-6 rounded-xl border border-slate-200 bg-white p-5 shadow-sm" aria-busy={pending}>
      <div ref={messageRef} tabIndex={-1} className="outline-none">
        {result && !result.ok && result.message && (
          <p role="alert" data-testid="form-message" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-700">
            {result.message}
          </p>
        )}
      </div>
      {!id && (
        <SelectInput
          id="preset"
          label="Start from a preset"
          value={preset}
          onValue={applyPreset}
          hint={presetHint ?? "Fills the name, perspective, unit and direction; you set the baseline and target."}
          options={[{ value: "", label: "— Blank KPI —" }, ...kpiPresets.map((p) => ({ value: p.key, label: `${p.name} (${label(p.perspective)})` }))]}
        />
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextInput id="name" label="Name" value={values.name} onValue={set("name")} errors={errors("name")} required maxLength={120} className="sm:col-span-2" />
        <SelectInput id="perspective" label="Perspective" value={values.perspective} onValue={set("perspective")} errors={errors("perspective")} options={[choose("a perspective"), ...enumOptions(perspectives)]} />
        <SelectInput id="unit" label="Unit" value={values.unit} onValue={set("unit")} errors={errors("unit")} options={[choose("a unit"), ...enumOptions(kpiUnits)]} />
        <SelectInput
          id="direction"
          label="Direction"
          value={values.direction}
          onValue={set("direction")}
          errors={errors("direction")}
          options={[choose("a direction"), ...kpiDirections.map((d) => ({ value: d, label: d === "higher" ? "Higher is better" : "Lower is better" }))]}
        />
        <TextInput id="weight" label="Weight" inputMode="decimal" value={values.weight} onValue={set("weight")} errors={errors("weight")} hint="Relative weight inside its perspective; 1 if blank." />
        <TextInput id="baseline" label="Baseline" inputMode="decimal" value={values.baseline} onValue={set("baseline")} errors={errors("baseline")} hint="Where you start from." />
        <TextInput id="target" label="Target" inputMode="decimal" value={values.target} onValue={set("target")} errors={errors("target")} hint="Where you want to be; must differ from the baseline." />
        <TextInput id="targetDate" label="Target date" type="date" value={values.targetDate} onValue={set("targetDate")} errors={errors("targetDate")} />
        <SelectInput
          id="investmentId"
          label="Linked technology (optional)"
          value={values.investmentId}
          onValue={set("investmentId")}
          errors={errors("investmentId")}
          options={[{ value: "", label: "None" }, ...technologies.map((t) => ({ value: t.id, label: t.name }))]}
        />
        <SelectInput
          id="goalId"
          label="Linked goal (optional)"
          value={values.goalId}
          onValue={set("goalId")}
          errors={errors("goalId")}
          options={[{ value: "", label: "None" }, ...goals.map((g) => ({ value: g.id, label: g.title }))]}
        />
      </div>
      <div className="flex items-center justify-end gap-3">
        <Link href={`/w/${slug}/kpis`} className="text-sm text-slate-600 hover:text-slate-900">
          Cancel
        </Link>
        <button type="submit" disabled={pending} className="rounded-md bg-indigo-600 px-4 py-2 text-sm font-medium text-white shadow-sm hover:bg-indigo-500 disabled:cursor-wait disabled:opacity-70">
          {pending ? "Saving…" : id ? "Save changes" : "Add KPI"}
        </button>
      </div>
    </form>
  );
}
