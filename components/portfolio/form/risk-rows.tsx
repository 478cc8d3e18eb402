"use client";

import { riskStatuses, riskTypes } from "@/lib/domain/values";
import { SelectInput, TextInput } from "./controls";
import { emptyRisk, type RiskRow } from "./form-values";
import { options, scale } from "./options";
import { RepeatedRows, type Errors } from "./repeated-rows";

export function RiskRows({ rows, onChange, errors }: { rows: RiskRow[]; onChange: (rows: RiskRow[]) => void; errors: Errors }) {
  return (
    <RepeatedRows
      list="risks"
      title="Risks"
      description="What could go wrong, rated 1 (low) to 5 (high)."
      noun="Risk"
      empty="No risks assessed yet."
      rows={rows}
      onChange={onChange}
      errors={errors}
      create={emptyRisk}
      nameOf={(row) => row.title}
    >
      {(line) => (
        <>
          <TextInput {...line.field("title")} label="Title" className="sm:col-span-2" />
          <SelectInput {...line.field("type")} label="Type" options={options(riskTypes)} />
          <SelectInput {...line.field("status")} label="Status" options={options(riskStatuses)} />
          <SelectInput {...line.field("likelihood")} label="Likelihood (1–5)" options={scale} />
          <SelectInput {...line.field("impact")} label="Impact (1–5)" options={scale} />
          <TextInput {...line.field("mitigation")} label="Mitigation" className="sm:col-span-2" />
        </>
      )}
    </RepeatedRows>
  );
}
