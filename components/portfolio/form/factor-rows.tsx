"use client";

import { factorKinds } from "@/lib/domain/values";
import { formatNumber } from "@/lib/format";
import type { Locale } from "@/lib/format/locales";
import { weightSum } from "@/lib/portfolio/schemas";
import { cn } from "@/components/ui/cn";
import { SelectInput, TextInput } from "./controls";
import { emptyFactor, typedNumberOf, type FactorRow } from "./form-values";
import { options, scale } from "./options";
import { RepeatedRows, type Errors } from "./repeated-rows";

/** The weights as typed, read the locale's way ("33,33" in de-DE) and summed exactly; the save button stays off until it is 100. */
export function factorWeightSum(rows: FactorRow[], locale: Locale): number {
  return weightSum(rows.map((r) => typedNumberOf(r.weight, locale) ?? 0));
}

type Props = { rows: FactorRow[]; onChange: (rows: FactorRow[]) => void; errors: Errors; locale: Locale };

export function FactorRows({ rows, onChange, errors, locale }: Props) {
  const sum = factorWeightSum(rows, locale);
  const balanced = rows.length === 0 || sum === 100;
  return (
    <RepeatedRows
      list="factors"
      title="Scoring factors"
      description="Your own weighted scoring model: weights (%) must add up to 100, scores run from 1 to 5."
      noun="Factor"
      rows={rows}
      onChange={onChange}
      errors={errors}
      create={emptyFactor}
      nameOf={(row) => row.name}
      summary={
        <p role="status" data-testid="weights-sum" className={cn("inline-block rounded-md px-2 py-1 text-sm font-medium tabular-nums", balanced ? "bg-emerald-50 text-emerald-700" : "bg-red-50 text-red-700")}>
          Weights sum: {formatNumber(sum, locale)} / 100{balanced ? "" : " — adjust them to save"}
        </p>
      }
    >
      {(line) => (
        <>
          <TextInput {...line.field("name")} label="Factor" />
          <TextInput {...line.field("weight")} label="Weight (%)" inputMode="decimal" />
          <SelectInput {...line.field("score")} label="Score (1–5)" options={scale} />
          <SelectInput {...line.field("kind")} label="Kind" options={options(factorKinds)} />
        </>
      )}
    </RepeatedRows>
  );
}
