"use client";

import { factorKinds } from "@/lib/domain/values";
import { formatNumber } from "@/lib/format";
import type { Locale } from "@/lib/format/locales";
import { MAX_ROWS, weightSum } from "@/lib/portfolio/schemas";
import { AddButton, RowCard, SelectInput, Section, TextInput } from "./controls";
import type { Errors } from "./cost-rows";
import { emptyFactor, typedNumberOf, type FactorRow } from "./form-values";
import { options } from "./options";

const scale = ["1", "2", "3", "4", "5"].map((v) => ({ value: v, label: v }));

/** The weights as typed, read the locale's way ("33,33" in de-DE) and summed exactly; the save button stays off until it is 100. */
export function factorWeightSum(rows: FactorRow[], locale: Locale): number {
  return weightSum(rows.map((r) => typedNumberOf(r.weight, locale) ?? 0));
}

type Props = { rows: FactorRow[]; onChange: (rows: FactorRow[]) => void; errors: Errors; locale: Locale };

export function FactorRows({ rows, onChange, errors, locale }: Props) {
  const set = (i: number, patch: Partial<FactorRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const sum = factorWeightSum(rows, locale);
  const balanced = rows.length === 0 || sum === 100;
  return (
    <Section id="factors" title="Scoring factors" description="Your own weighted scoring model: weights (%) must add up to 100, scores run from 1 to 5." errors={errors("factors")}>
      {rows.length > 0 && (
        <p
          role="status"
          data-testid="weights-sum"
          className={`inline-block rounded-md px-2 py-1 text-sm font-medium tabular-nums ${balanced ? "bg-emerald-50 text-emerald-700" : "bg-red-50 text-red-700"}`}
        >
          Weights sum: {formatNumber(sum, locale)} / 100{balanced ? "" : " — adjust them to save"}
        </p>
      )}
      {rows.map((row, i) => {
        const id = (f: string) => `factors-${i}-${f}`;
        const err = (f: string) => errors(`factors.${i}.${f}`);
        return (
          <RowCard key={row.key} title={`Factor ${i + 1}${row.name ? `: ${row.name}` : ""}`} onRemove={() => onChange(rows.filter((_, j) => j !== i))}>
            <TextInput id={id("name")} label="Factor" value={row.name} onValue={(v) => set(i, { name: v })} errors={err("name")} />
            <TextInput id={id("weight")} label="Weight (%)" inputMode="decimal" value={row.weight} onValue={(v) => set(i, { weight: v })} errors={err("weight")} />
            <SelectInput id={id("score")} label="Score (1–5)" value={row.score} options={scale} onValue={(v) => set(i, { score: v })} errors={err("score")} />
            <SelectInput id={id("kind")} label="Kind" value={row.kind} options={options(factorKinds)} onValue={(v) => set(i, { kind: v })} errors={err("kind")} />
          </RowCard>
        );
      })}
      <AddButton onClick={() => onChange([...rows, emptyFactor()])} disabled={rows.length >= MAX_ROWS}>
        Add factor
      </AddButton>
    </Section>
  );
}
