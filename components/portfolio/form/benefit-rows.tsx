"use client";

import { formatMoney, type Formats } from "@/lib/format";
import { inputText } from "@/lib/format/parse";
import { benefitCategories } from "@/lib/domain/values";
import { MAX_ROWS } from "@/lib/portfolio/schemas";
import { AddButton, RowCard, SelectInput, Section, TextInput } from "./controls";
import { RecurrenceFields } from "./recurrence-fields";
import type { Errors } from "./cost-rows";
import { emptyBenefit, liveCalculatorCents, type BenefitRow, type CalculatorType } from "./form-values";
import { calculatorOptions, options } from "./options";

type Props = { rows: BenefitRow[]; onChange: (rows: BenefitRow[]) => void; errors: Errors; symbol: string; formats: Formats };

/** The category a calculator usually goes with, so picking one sets a sensible default. */
const categoryFor: Partial<Record<CalculatorType, string>> = { labour: "labour_savings", cx_deflection: "cost_reduction", risk: "risk_reduction" };

export function BenefitRows({ rows, onChange, errors, symbol, formats }: Props) {
  const set = (i: number, patch: Partial<BenefitRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <Section
      id="benefits"
      title="Benefits"
      description="What it saves or earns. Use a calculator where you can, so the figure explains itself."
      errors={errors("benefits")}
    >
      {rows.length === 0 && <p className="text-sm text-slate-500">No benefits yet.</p>}
      {rows.map((row, i) => {
        const id = (f: string) => `benefits-${i}-${f}`;
        const err = (f: string) => errors(`benefits.${i}.${f}`);
        const recurring = row.kind === "recurring";
        const computed = row.calculator && row.calculator !== "proxy";
        const live = computed ? liveCalculatorCents(row, formats) : null;
        const calcInput = (f: keyof BenefitRow, text: string, money = false, hint?: string) => (
          <TextInput
            id={id(`calculator-${f}`)}
            label={text}
            prefix={money ? symbol : undefined}
            inputMode="decimal"
            value={row[f]}
            onValue={(v) => set(i, { [f]: v })}
            errors={err(`calculator.${f === "proxyDescription" ? "description" : f}`)}
            hint={hint}
          />
        );
        return (
          <RowCard key={row.key} title={`Benefit ${i + 1}${row.description ? `: ${row.description}` : ""}`} onRemove={() => onChange(rows.filter((_, j) => j !== i))}>
            <SelectInput
              id={id("calculator")}
              label="Calculator"
              value={row.calculator}
              options={calculatorOptions}
              onValue={(v) => {
                const calculator = v as CalculatorType;
                set(i, { calculator, category: categoryFor[calculator] ?? row.category });
              }}
              errors={err("calculator")}
            />
            <SelectInput id={id("category")} label="Category" value={row.category} options={options(benefitCategories)} onValue={(v) => set(i, { category: v })} errors={err("category")} />
            <TextInput id={id("description")} label="Description" value={row.description} onValue={(v) => set(i, { description: v })} errors={err("description")} className="lg:col-span-2" />

            {row.calculator === "labour" && (
              <>
                {calcInput("hoursPerMonth", "Hours saved per month")}
                {calcInput("hourlyRate", "Loaded hourly rate", true)}
              </>
            )}
            {row.calculator === "cx_deflection" && (
              <>
                {calcInput("contactsPerMonth", "Contacts deflected per month")}
                {calcInput("assistedCost", "Cost per assisted contact", true)}
                {calcInput("automatedCost", "Cost per automated contact", true)}
              </>
            )}
            {row.calculator === "risk" && (
              <>
                {calcInput("probabilityPct", "Probability of the loss (%)", false, "Chance per period, 0–100")}
                {calcInput("impact", "Impact if it happens", true)}
              </>
            )}
            {row.calculator === "proxy" && (
              <TextInput
                id={id("calculator-proxyDescription")}
                label="What the figure stands for"
                value={row.proxyDescription}
                onValue={(v) => set(i, { proxyDescription: v })}
                errors={err("calculator.description")}
                className="sm:col-span-2"
              />
            )}

            <RecurrenceFields id={id} kind={row.kind} frequency={row.frequency} onChange={(patch) => set(i, patch)} errors={err} />
            {computed ? (
              <div className="space-y-1" aria-live="polite">
                <p className="text-xs font-medium text-slate-700">Amount (calculated)</p>
                <output id={id("amount")} htmlFor={id("calculator")} className="block rounded-md border border-slate-200 bg-slate-50 px-3 py-2 text-sm tabular-nums" data-testid={id("amount")}>
                  {live === null ? "—" : live < 0 ? "Check the costs" : formatMoney(live, formats, { showCents: true })}
                </output>
                {err("amount") && <p className="text-xs text-red-600">{err("amount")![0]}</p>}
              </div>
            ) : (
              <TextInput
                id={id("amount")}
                label={recurring ? `Amount per ${row.frequency === "annual" ? "year" : "month"}` : "Amount"}
                prefix={symbol}
                inputMode="decimal"
                value={row.amount}
                onValue={(v) => set(i, { amount: v })}
                errors={err("amount")}
                placeholder={inputText("0.00", formats.locale)}
              />
            )}
            <TextInput id={id("startMonth")} label="Starts" type="month" value={row.startMonth} onValue={(v) => set(i, { startMonth: v })} errors={err("startMonth")} />
            <TextInput id={id("endMonth")} label="Ends (optional)" type="month" value={row.endMonth} onValue={(v) => set(i, { endMonth: v })} errors={err("endMonth")} />
            <TextInput
              id={id("rampUpMonths")}
              label="Ramp-up (months)"
              inputMode="numeric"
              value={row.rampUpMonths}
              onValue={(v) => set(i, { rampUpMonths: v })}
              errors={err("rampUpMonths")}
              hint="Months until the full benefit"
            />
            <TextInput
              id={id("confidencePct")}
              label="Confidence (%)"
              inputMode="decimal"
              value={row.confidencePct}
              onValue={(v) => set(i, { confidencePct: v })}
              errors={err("confidencePct")}
              hint="How sure you are, 0–100"
            />
          </RowCard>
        );
      })}
      <AddButton onClick={() => onChange([...rows, emptyBenefit()])} disabled={rows.length >= MAX_ROWS}>
        Add benefit
      </AddButton>
    </Section>
  );
}
