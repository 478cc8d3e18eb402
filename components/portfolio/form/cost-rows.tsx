"use client";

import { costCategories } from "@/lib/domain/values";
import { TextInput, SelectInput } from "./controls";
import { emptyCost, type CostRow } from "./form-values";
import { options } from "./options";
import { PeriodFields, type AmountFormat } from "./period-fields";
import { RepeatedRows, type Errors } from "./repeated-rows";

type Props = { rows: CostRow[]; onChange: (rows: CostRow[]) => void; errors: Errors; amount: AmountFormat };

export function CostRows({ rows, onChange, errors, amount }: Props) {
  return (
    <RepeatedRows
      list="costs"
      title="Costs"
      description="Every cost of owning it: licences, setup, training, staff time. Total cost of ownership is worked out from these."
      noun="Cost"
      empty="No costs yet."
      rows={rows}
      onChange={onChange}
      errors={errors}
      create={emptyCost}
      nameOf={(row) => row.description}
    >
      {(line) => (
        <>
          <SelectInput {...line.field("category")} options={options(costCategories)} label="Category" />
          <TextInput {...line.field("description")} label="Description" className="lg:col-span-3" />
          <PeriodFields line={line} amount={amount} />
          {line.row.kind === "recurring" && (
            <>
              <TextInput {...line.field("renewalDate")} label="Renewal date" type="date" />
              <TextInput {...line.field("noticeDays")} label="Notice (days)" inputMode="numeric" />
              <TextInput {...line.field("annualUpliftPct")} label="Annual price rise (%)" inputMode="decimal" />
            </>
          )}
        </>
      )}
    </RepeatedRows>
  );
}
