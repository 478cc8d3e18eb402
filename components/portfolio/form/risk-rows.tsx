"use client";

import { riskStatuses, riskTypes } from "@/lib/domain/values";
import { MAX_ROWS } from "@/lib/portfolio/schemas";
import { AddButton, RowCard, SelectInput, Section, TextInput } from "./controls";
import type { Errors } from "./cost-rows";
import { emptyRisk, type RiskRow } from "./form-values";
import { options } from "./options";

const scale = ["1", "2", "3", "4", "5"].map((v) => ({ value: v, label: v }));

export function RiskRows({ rows, onChange, errors }: { rows: RiskRow[]; onChange: (rows: RiskRow[]) => void; errors: Errors }) {
  const set = (i: number, patch: Partial<RiskRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <Section id="risks" title="Risks" description="What could go wrong, rated 1 (low) to 5 (high)." errors={errors("risks")}>
      {rows.length === 0 && <p className="text-sm text-slate-500">No risks assessed yet.</p>}
      {rows.map((row, i) => {
        const id = (f: string) => `risks-${i}-${f}`;
        const err = (f: string) => errors(`risks.${i}.${f}`);
        return (
          <RowCard key={row.key} title={`Risk ${i + 1}${row.title ? `: ${row.title}` : ""}`} onRemove={() => onChange(rows.filter((_, j) => j !== i))}>
            <TextInput id={id("title")} label="Title" value={row.title} onValue={(v) => set(i, { title: v })} errors={err("title")} className="sm:col-span-2" />
            <SelectInput id={id("type")} label="Type" value={row.type} options={options(riskTypes)} onValue={(v) => set(i, { type: v })} errors={err("type")} />
            <SelectInput id={id("status")} label="Status" value={row.status} options={options(riskStatuses)} onValue={(v) => set(i, { status: v })} errors={err("status")} />
            <SelectInput id={id("likelihood")} label="Likelihood (1–5)" value={row.likelihood} options={scale} onValue={(v) => set(i, { likelihood: v })} errors={err("likelihood")} />
            <SelectInput id={id("impact")} label="Impact (1–5)" value={row.impact} options={scale} onValue={(v) => set(i, { impact: v })} errors={err("impact")} />
            <TextInput id={id("mitigation")} label="Mitigation" value={row.mitigation} onValue={(v) => set(i, { mitigation: v })} errors={err("mitigation")} className="sm:col-span-2" />
          </RowCard>
        );
      })}
      <AddButton onClick={() => onChange([...rows, emptyRisk()])} disabled={rows.length >= MAX_ROWS}>
        Add risk
      </AddButton>
    </Section>
  );
}
