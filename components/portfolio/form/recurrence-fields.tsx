"use client";

import { frequencies, itemKinds } from "@/lib/domain/values";
import { SelectInput } from "./controls";
import { options } from "./options";

type Props = {
  id: (field: string) => string;
  kind: string;
  frequency: string;
  onChange: (patch: { kind?: string; frequency?: string }) => void;
  errors: (field: string) => string[] | undefined;
};

/** One-time or recurring, and how often: shared by cost and benefit lines. */
export function RecurrenceFields({ id, kind, frequency, onChange, errors }: Props) {
  return (
    <>
      <SelectInput
        id={id("kind")}
        label="Type"
        value={kind}
        options={options(itemKinds)}
        onValue={(v) => onChange({ kind: v, frequency: v === "recurring" ? frequency || "monthly" : "" })}
        errors={errors("kind")}
      />
      {kind === "recurring" && (
        <SelectInput
          id={id("frequency")}
          label="Every"
          value={frequency}
          options={[{ value: "", label: "Choose…" }, ...frequencies.map((f) => ({ value: f, label: f === "monthly" ? "Month" : "Year" }))]}
          onValue={(v) => onChange({ frequency: v })}
          errors={errors("frequency")}
        />
      )}
    </>
  );
}
