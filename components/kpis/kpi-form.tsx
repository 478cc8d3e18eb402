"use client";

import { useRef, useState } from "react";
import { SelectInput, TextInput } from "@/components/portfolio/form/controls";
import type { FormText } from "@/components/portfolio/form/form-values";
import { FormActions, FormAlert, typedValues, useActionForm } from "@/components/portfolio/form/use-action-form";
import { cardClass } from "@/components/ui/card";
import { label } from "@/lib/domain/labels";
import { attributionMethods, kpiDirections, kpiUnits, perspectives } from "@/lib/domain/values";
import type { FormState } from "@/lib/form-state";
import { createKpi, updateKpi } from "@/lib/kpis/actions";
import { findPreset, kpiPresets } from "@/lib/kpis/presets";
import type { kpiSchema } from "@/lib/kpis/schemas";

export type KpiFormValues = FormText<ReturnType<typeof kpiSchema>>;

type Props = {
  slug: string;
  initial: KpiFormValues;
  technologies: { id: string; name: string }[];
  goals: { id: string; title: string }[];
  /** Present when editing. */
  id?: string;
};

const ATTRIBUTION_LABELS = {
  equal: "Equal parts",
  weighted: "Weighted by planned benefit",
  time_decay: "Time decay from each go-live (half-life 6 months)",
} as const;

const choose = (what: string) => ({ value: "", label: `Choose ${what}…` });
const none = { value: "", label: "None" };
const enumOptions = (values: readonly string[]) => values.map((v) => ({ value: v, label: label(v) }));
const options = {
  preset: [{ value: "", label: "— Blank KPI —" }, ...kpiPresets.map((p) => ({ value: p.key, label: `${p.name} (${label(p.perspective)})` }))],
  perspective: [choose("a perspective"), ...enumOptions(perspectives)],
  unit: [choose("a unit"), ...enumOptions(kpiUnits)],
  direction: [choose("a direction"), ...kpiDirections.map((d) => ({ value: d, label: d === "higher" ? "Higher is better" : "Lower is better" }))],
  attribution: attributionMethods.map((m) => ({ value: m, label: ATTRIBUTION_LABELS[m] })),
};

/** Create or edit a KPI definition: a plain form, so it saves (and shows the server's messages) without script too. */
export function KpiForm({ slug, initial, technologies, goals, id }: Props) {
  const { state, formAction, errors, messageRef } = useActionForm((id ? updateKpi : createKpi).bind(null, slug), () => `/w/${slug}/kpis?saved=1`);
  const form = useRef<HTMLFormElement>(null);
  const preset = usePreset(state, form);
  const typed = typedValues(initial, state);
  const values = { ...typed.values, ...preset.values };
  const field = (name: keyof KpiFormValues) => ({ id: name, defaultValue: values[name], errors: errors(name) });
  return (
    <form ref={form} action={formAction} noValidate className={cardClass({ className: "max-w-3xl space-y-6" })}>
      <FormAlert state={state} messageRef={messageRef} />
      {id && <input type="hidden" name="id" value={id} />}
      {!id && (
        <SelectInput
          id="preset"
          name=""
          label="Start from a preset"
          onValue={preset.apply}
          hint={findPreset(preset.key)?.description ?? "Fills the name, perspective, unit and direction; you set the baseline and target."}
          options={options.preset}
        />
      )}
      <div key={`${typed.key}:${preset.key}`} className="grid gap-4 sm:grid-cols-2">
        <TextInput {...field("name")} label="Name" required maxLength={120} className="sm:col-span-2" />
        <SelectInput {...field("perspective")} label="Perspective" options={options.perspective} />
        <SelectInput {...field("unit")} label="Unit" options={options.unit} />
        <SelectInput {...field("direction")} label="Direction" options={options.direction} />
        <TextInput {...field("weight")} label="Weight" inputMode="decimal" hint="Relative weight inside its perspective; 1 if blank." />
        <TextInput {...field("baseline")} label="Baseline" inputMode="decimal" hint="Where you start from." />
        <TextInput {...field("target")} label="Target" inputMode="decimal" hint="Where you want to be; must differ from the baseline." />
        <TextInput {...field("targetDate")} label="Target date" type="date" />
        <SelectInput {...field("investmentId")} label="Linked technology (optional)" options={[none, ...technologies.map((t) => ({ value: t.id, label: t.name }))]} />
        <SelectInput {...field("goalId")} label="Linked goal (optional)" options={[none, ...goals.map((g) => ({ value: g.id, label: g.title }))]} />
        <SelectInput
          {...field("attribution")}
          label="Split of its change"
          options={options.attribution}
          hint="When several technologies' benefit lines name this KPI, how its realised change is shared; the parts always add up to the whole."
          className="sm:col-span-2"
        />
      </div>
      <FormActions cancelHref={`/w/${slug}/kpis`} label={id ? "Save changes" : "Add KPI"} />
    </form>
  );
}

/**
 * A preset fills what it knows (the business's own baseline and target stay as typed): the fields remount
 * with the form's current text plus the preset's as their defaults, until the next answer from the server.
 */
function usePreset(state: FormState, form: React.RefObject<HTMLFormElement | null>) {
  const [chosen, setChosen] = useState<{ key: string; values: Partial<KpiFormValues>; for: FormState }>();
  const current = chosen?.for === state ? chosen : undefined;
  function apply(key: string) {
    const p = findPreset(key);
    const typed = form.current ? (Object.fromEntries(new FormData(form.current)) as Partial<KpiFormValues>) : {};
    setChosen({ key, for: state, values: p ? { ...typed, name: p.name, perspective: p.perspective, unit: p.unit, direction: p.direction } : typed });
  }
  return { key: current?.key ?? "", values: current?.values ?? {}, apply };
}
