"use client";

import { costCategories } from "@/lib/domain/values";
import type { Locale } from "@/lib/format/locales";
import { inputText } from "@/lib/format/parse";
import { MAX_ROWS } from "@/lib/portfolio/schemas";
import { AddButton, RowCard, SelectInput, Section, TextInput } from "./controls";
import { RecurrenceFields } from "./recurrence-fields";
import { emptyCost, type CostRow } from "./form-values";
import { options } from "./options";

export type Errors = (key: string) => string[] | undefined;

type Props = { rows: CostRow[]; onChange: (rows: CostRow[]) => void; errors: Errors; symbol: string; locale: Locale };

export function CostRows({ rows, onChange, errors, symbol, locale }: Props) {
  const set = (i: number, patch: Partial<CostRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <Section id="costs" title="Costs" description="Every cost of owning it: licences, setup, training, staff time. Total cost of ownership is worked out from these." errors={errors("costs")}>
      {rows.length === 0 && <p className="text-sm text-slate-500">No costs yet.</p>}
      {rows.map((row, i) => {
        const id = (f: string) => `costs-${i}-${f}`;
        const err = (f: string) => errors(`costs.${i}.${f}`);
        const recurring = row.kind === "recurring";
        return (
          <RowCard key={row.key} title={`Cost ${i + 1}${row.description ? `: ${row.description}` : ""}`} onRemove={() => onChange(rows.filter((_, j) => j !== i))}>
            <SelectInput id={id("category")} label="Category" value={row.category} options={options(costCategories)} onValue={(v) => set(i, { category: v })} errors={err("category")} />
            <TextInput id={id("description")} label="Description" value={row.description} onValue={(v) => set(i, { description: v })} errors={err("description")} className="lg:col-span-3" />
            <RecurrenceFields id={id} kind={row.kind} frequency={row.frequency} onChange={(patch) => set(i, patch)} errors={err} />
            <TextInput
              id={id("amount")}
              label={recurring ? `Amount per ${row.frequency === "annual" ? "year" : "month"}` : "Amount"}
              prefix={symbol}
              inputMode="decimal"
              value={row.amount}
              onValue={(v) => set(i, { amount: v })}
              errors={err("amount")}
              placeholder={inputText("0.00", locale)}
            />
            <TextInput id={id("startMonth")} label="Starts" type="month" value={row.startMonth} onValue={(v) => set(i, { startMonth: v })} errors={err("startMonth")} />
            <TextInput id={id("endMonth")} label="Ends (optional)" type="month" value={row.endMonth} onValue={(v) => set(i, { endMonth: v })} errors={err("endMonth")} />
            {recurring && (
              <>
                <TextInput id={id("renewalDate")} label="Renewal date" type="date" value={row.renewalDate} onValue={(v) => set(i, { renewalDate: v })} errors={err("renewalDate")} />
                <TextInput id={id("noticeDays")} label="Notice (days)" inputMode="numeric" value={row.noticeDays} onValue={(v) => set(i, { noticeDays: v })} errors={err("noticeDays")} />
                <TextInput
                  id={id("annualUpliftPct")}
                  label="Annual price rise (%)"
                  inputMode="decimal"
                  value={row.annualUpliftPct}
                  onValue={(v) => set(i, { annualUpliftPct: v })}
                  errors={err("annualUpliftPct")}
                />
              </>
            )}
          </RowCard>
        );
      })}
      <AddButton onClick={() => onChange([...rows, emptyCost()])} disabled={rows.length >= MAX_ROWS}>
        Add cost
      </AddButton>
    </Section>
  );
}
