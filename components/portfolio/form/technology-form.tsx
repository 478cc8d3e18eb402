"use client";

import Link from "next/link";
import { startTransition, useState } from "react";
import { Button, buttonVariants } from "@/components/ui/button";
import { investmentCategories, investmentStatuses, valueChainActivities } from "@/lib/domain/values";
import { currencySymbol, formatNumber, type Formats } from "@/lib/format";
import type { FormState } from "@/lib/form-state";
import { createTechnology, updateTechnology } from "@/lib/portfolio/actions";
import { CONFLICT_MESSAGE } from "@/lib/portfolio/schemas";
import { AlignmentSection } from "./alignment-section";
import { BenefitRows } from "./benefit-rows";
import { Section, SelectInput, TextArea, TextInput } from "./controls";
import { CostRows } from "./cost-rows";
import { factorWeightSum, FactorRows } from "./factor-rows";
import { toPayload, type FormValues, type GoalOption, type KpiOption } from "./form-values";
import { options } from "./options";
import type { Errors } from "./repeated-rows";
import { RiskRows } from "./risk-rows";
import { FormAlert, useActionForm } from "./use-action-form";

type Props = {
  slug: string;
  /** The workspace's locale and currency: amounts are typed and shown the way it writes them ("1234,56"). */
  formats: Formats;
  goals: GoalOption[];
  /** The workspace's KPIs, for the benefit lines realised through one. */
  kpis: KpiOption[];
  initial: FormValues;
  /** Present when editing: the row and the version the user opened (the save is refused if it changed since). */
  existing?: { id: string; version: number };
};

type Lists = "costs" | "benefits" | "risks" | "factors";

/**
 * Create or edit a technology with all of its lines. The rows live in React state and go to the server
 * action as one hidden `payload` field, which it validates again, answering with messages keyed by field path.
 * The action is dispatched from `onSubmit`, not the form's `action`: React resets a form after its action,
 * which would snap this form's many controlled selects back to their first option (react#30580).
 */
export function TechnologyForm({ slug, formats, goals, kpis, initial, existing }: Props) {
  const [values, setValues] = useState<FormValues>(initial);
  const action = (existing ? updateTechnology : createTechnology).bind(null, slug);
  const { state, formAction, pending, errors, messageRef } = useActionForm(action, (saved) => `/w/${slug}/portfolio/${saved?.id}?saved=1`);
  const { errorsOf, dropList } = useRowErrors(state, errors);
  const set = <K extends keyof FormValues>(key: K) => (value: FormValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  // Removing a row shifts the indexes the messages are keyed by, so that list's messages go.
  const setRows = <K extends Lists>(key: K) => (rows: FormValues[K]) => {
    if (rows.length < values[key].length) dropList(key);
    set(key)(rows);
  };
  const weightSum = factorWeightSum(values.factors, formats.locale);
  const weightsOk = values.factors.length === 0 || weightSum === 100;
  const symbol = currencySymbol(formats);

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!weightsOk || pending) return;
    const form = new FormData(event.currentTarget);
    startTransition(() => formAction(form));
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-6" aria-busy={pending}>
      <noscript>
        <p className="text-sm text-amber-800">This form needs JavaScript: its cost, benefit and risk lines are added and checked in the browser.</p>
      </noscript>
      <input type="hidden" name="payload" value={JSON.stringify({ ...toPayload(values, goals), ...existing })} />
      <FormAlert state={state} messageRef={messageRef}>
        {state.message === CONFLICT_MESSAGE && existing && (
          <a href={`/w/${slug}/portfolio/${existing.id}/edit`} className="text-sm font-medium text-red-700 underline" data-testid="reload-link">
            Reload
          </a>
        )}
      </FormAlert>
      <BasicsSection values={values} set={set} errors={errorsOf} autoFocus={!existing} />
      <CostRows rows={values.costs} onChange={setRows("costs")} errors={errorsOf} amount={{ symbol, locale: formats.locale }} />
      <BenefitRows rows={values.benefits} onChange={setRows("benefits")} errors={errorsOf} symbol={symbol} formats={formats} kpis={kpis} />
      <AlignmentSection goals={goals} strengths={values.strengths} onChange={set("strengths")} errors={errorsOf} slug={slug} />
      <RiskRows rows={values.risks} onChange={setRows("risks")} errors={errorsOf} />
      <FactorRows rows={values.factors} onChange={setRows("factors")} errors={errorsOf} locale={formats.locale} />
      <FormFooter weightSum={weightsOk ? null : formatNumber(weightSum, formats.locale)} cancelHref={existing ? `/w/${slug}/portfolio/${existing.id}` : `/w/${slug}/portfolio`} pending={pending} editing={Boolean(existing)} />
    </form>
  );
}

/** Cancel and save; saving waits until the scoring weights (`weightSum`, written out when off) add up to 100. */
function FormFooter({ weightSum, cancelHref, pending, editing }: { weightSum: string | null; cancelHref: string; pending: boolean; editing: boolean }) {
  return (
    <div className="flex items-center justify-end gap-3 border-t border-slate-200 pt-4">
      {weightSum !== null && <p className="text-sm text-red-600">Scoring weights add up to {weightSum}; make them 100 to save.</p>}
      <Link href={cancelHref} className={buttonVariants({ variant: "ghost", size: "sm" })}>
        Cancel
      </Link>
      <Button type="submit" pending={pending} disabled={weightSum !== null} data-testid="save-technology">
        {pending ? "Saving…" : editing ? "Save changes" : "Add technology"}
      </Button>
    </div>
  );
}

/** The server's messages, minus those of lists a row was removed from since (their indexes no longer match). */
function useRowErrors(state: FormState, errors: Errors) {
  const [dropped, setDropped] = useState<{ for: FormState; lists: string[] }>();
  const lists = dropped?.for === state ? dropped.lists : [];
  const errorsOf: Errors = (key) => (lists.some((l) => key === l || key.startsWith(`${l}.`)) ? undefined : errors(key));
  const dropList = (list: string) => setDropped({ for: state, lists: [...lists, list] });
  return { errorsOf, dropList };
}

type BasicsProps = {
  values: FormValues;
  set: <K extends keyof FormValues>(key: K) => (value: FormValues[K]) => void;
  errors: Errors;
  autoFocus: boolean;
};

function BasicsSection({ values, set, errors, autoFocus }: BasicsProps) {
  const field = (key: Exclude<keyof FormValues, Lists | "strengths">) => ({ id: key, value: values[key], onValue: set(key), errors: errors(key) });
  return (
    <Section id="basics" title="Basics">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        <TextInput {...field("name")} label="Name" required maxLength={120} autoFocus={autoFocus} />
        <TextInput {...field("vendor")} label="Vendor" maxLength={120} />
        <TextInput {...field("ownerName")} label="Owner" maxLength={120} hint="Who answers for it" />
        <SelectInput {...field("category")} label="Category" options={options(investmentCategories)} />
        <SelectInput {...field("valueChainActivity")} label="Value-chain activity" options={options(valueChainActivities)} />
        <SelectInput {...field("status")} label="Status" options={options(investmentStatuses)} />
        <TextInput {...field("goLiveDate")} label="Go-live date" type="date" />
        <TextInput {...field("usefulLifeMonths")} label="Useful life (months)" inputMode="numeric" />
      </div>
      <TextArea {...field("notes")} label="Notes" rows={3} maxLength={2000} />
    </Section>
  );
}
