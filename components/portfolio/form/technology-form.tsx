"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/tenant-action";
import { createTechnology, updateTechnology } from "@/lib/portfolio/actions";
import { investmentCategories, investmentStatuses, valueChainActivities } from "@/lib/domain/values";
import { currencySymbol, formatNumber, type Formats } from "@/lib/format";
import { CONFLICT_MESSAGE } from "@/lib/portfolio/schemas";
import { AlignmentSection } from "./alignment-section";
import { BenefitRows } from "./benefit-rows";
import { Section, SelectInput, TextArea, TextInput } from "./controls";
import { CostRows } from "./cost-rows";
import { factorWeightSum, FactorRows } from "./factor-rows";
import { toPayload, type FormValues, type GoalOption } from "./form-values";
import { options } from "./options";
import { RiskRows } from "./risk-rows";

type Props = {
  slug: string;
  /** The workspace's locale and currency: amounts are typed and shown the way it writes them ("1234,56"). */
  formats: Formats;
  goals: GoalOption[];
  initial: FormValues;
  /** Present when editing: the row and the version the user opened. */
  existing?: { id: string; version: number };
};

/**
 * Create or edit a technology with all of its lines. State lives here; the payload goes to the server
 * action as one object, which validates everything again and answers with messages keyed by field path.
 */
export function TechnologyForm({ slug, formats, goals, initial, existing }: Props) {
  const router = useRouter();
  const [values, setValues] = useState<FormValues>(initial);
  const [result, setResult] = useState<ActionResult<{ id: string }>>();
  const [pending, startTransition] = useTransition();
  const messageRef = useRef<HTMLDivElement>(null);

  const symbol = currencySymbol(formats);
  const errors = (key: string) => result?.fieldErrors?.[key];
  const set = <K extends keyof FormValues>(key: K) => (value: FormValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  // Removing a row shifts the indexes the messages are keyed by, so old messages of that list go.
  const setRows = <K extends "costs" | "benefits" | "risks" | "factors">(key: K) => (rows: FormValues[K]) => {
    if (rows.length < values[key].length && result?.fieldErrors) setResult({ ...result, fieldErrors: dropPrefix(result.fieldErrors, key) });
    set(key)(rows);
  };

  const weightSum = factorWeightSum(values.factors, formats.locale);
  const weightsOk = values.factors.length === 0 || weightSum === 100;
  const cancelHref = existing ? `/w/${slug}/portfolio/${existing.id}` : `/w/${slug}/portfolio`;

  function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!weightsOk || pending) return;
    const payload = toPayload(values, goals);
    startTransition(async () => {
      const saved = existing ? await updateTechnology(slug, { ...payload, ...existing }) : await createTechnology(slug, payload);
      if (saved.ok && saved.data) {
        router.push(`/w/${slug}/portfolio/${saved.data.id}?saved=1`);
        return;
      }
      setResult(saved);
      messageRef.current?.focus();
    });
  }

  const conflict = result?.message === CONFLICT_MESSAGE;
  return (
    <form onSubmit={submit} noValidate className="space-y-6" aria-busy={pending}>
      <div ref={messageRef} tabIndex={-1} className="outline-none">
        {result && !result.ok && result.message && (
          <p role="alert" data-testid="form-message" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-700">
            {result.message}{" "}
            {conflict && existing && (
              <a href={`/w/${slug}/portfolio/${existing.id}/edit`} className="font-medium underline" data-testid="reload-link">
                Reload
              </a>
            )}
          </p>
        )}
      </div>

      <Section id="basics" title="Basics">
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          <TextInput id="name" label="Name" value={values.name} onValue={set("name")} errors={errors("name")} required maxLength={120} autoFocus={!existing} />
          <TextInput id="vendor" label="Vendor" value={values.vendor} onValue={set("vendor")} errors={errors("vendor")} maxLength={120} />
          <TextInput id="ownerName" label="Owner" value={values.ownerName} onValue={set("ownerName")} errors={errors("ownerName")} maxLength={120} hint="Who answers for it" />
          <SelectInput id="category" label="Category" value={values.category} options={options(investmentCategories)} onValue={set("category")} errors={errors("category")} />
          <SelectInput
            id="valueChainActivity"
            label="Value-chain activity"
            value={values.valueChainActivity}
            options={options(valueChainActivities)}
            onValue={set("valueChainActivity")}
            errors={errors("valueChainActivity")}
          />
          <SelectInput id="status" label="Status" value={values.status} options={options(investmentStatuses)} onValue={set("status")} errors={errors("status")} />
          <TextInput id="goLiveDate" label="Go-live date" type="date" value={values.goLiveDate} onValue={set("goLiveDate")} errors={errors("goLiveDate")} />
          <TextInput
            id="usefulLifeMonths"
            label="Useful life (months)"
            inputMode="numeric"
            value={values.usefulLifeMonths}
            onValue={set("usefulLifeMonths")}
            errors={errors("usefulLifeMonths")}
          />
        </div>
        <TextArea id="notes" label="Notes" rows={3} value={values.notes} onValue={set("notes")} errors={errors("notes")} maxLength={2000} />
      </Section>

      <CostRows rows={values.costs} onChange={setRows("costs")} errors={errors} symbol={symbol} locale={formats.locale} />
      <BenefitRows rows={values.benefits} onChange={setRows("benefits")} errors={errors} symbol={symbol} formats={formats} />
      <AlignmentSection goals={goals} strengths={values.strengths} onChange={set("strengths")} errors={errors} slug={slug} />
      <RiskRows rows={values.risks} onChange={setRows("risks")} errors={errors} />
      <FactorRows rows={values.factors} onChange={setRows("factors")} errors={errors} locale={formats.locale} />

      <div className="flex items-center justify-end gap-3 border-t border-slate-200 pt-4">
        {!weightsOk && <p className="text-sm text-red-600">Scoring weights add up to {formatNumber(weightSum, formats.locale)}; make them 100 to save.</p>}
        <Link href={cancelHref} className="rounded-md px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100">
          Cancel
        </Link>
        <button
          type="submit"
          disabled={pending || !weightsOk}
          aria-disabled={pending || !weightsOk}
          className="flex items-center gap-2 rounded-md bg-indigo-600 px-4 py-2 text-sm font-medium text-white shadow-sm hover:bg-indigo-500 disabled:cursor-not-allowed disabled:opacity-60"
          data-testid="save-technology"
        >
          {pending && <span className="size-4 animate-spin rounded-full border-2 border-white/40 border-t-white" aria-hidden />}
          {pending ? "Saving…" : existing ? "Save changes" : "Add technology"}
        </button>
      </div>
    </form>
  );
}

function dropPrefix(fieldErrors: NonNullable<ActionResult["fieldErrors"]>, prefix: string) {
  return Object.fromEntries(Object.entries(fieldErrors).filter(([key]) => key !== prefix && !key.startsWith(`${prefix}.`)));
}
