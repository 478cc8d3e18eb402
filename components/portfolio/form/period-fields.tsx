"use client";

import type { ReactNode } from "react";
import { frequencies, itemKinds } from "@/lib/domain/values";
import type { Locale } from "@/lib/format/locales";
import { inputText } from "@/lib/format/parse";
import { SelectInput, TextInput } from "./controls";
import { options } from "./options";
import type { RowContext } from "./repeated-rows";

/** How an amount is typed in this workspace: its currency's symbol inside the field, its locale's placeholder. */
export type AmountFormat = { symbol: string; locale: Locale };

type Line = { kind: string; frequency: string; amount: string; startMonth: string; endMonth: string; key: string };

const everyOptions = [{ value: "", label: "Choose…" }, ...frequencies.map((f) => ({ value: f, label: f === "monthly" ? "Month" : "Year" }))];

/**
 * One-time or recurring and how often, the amount and the months it runs: the fields cost and benefit lines
 * share. `computed` replaces the typed amount (a benefit worked out by its calculator).
 */
export function PeriodFields<T extends Line>({ line, amount, computed }: { line: RowContext<T>; amount: AmountFormat; computed?: ReactNode }) {
  const { row, set } = line;
  return (
    <>
      <SelectInput
        {...line.field("kind")}
        label="Type"
        options={options(itemKinds)}
        onValue={(v) => set({ kind: v, frequency: v === "recurring" ? row.frequency || "monthly" : "" } as Partial<T>)}
      />
      {row.kind === "recurring" && <SelectInput {...line.field("frequency")} label="Every" options={everyOptions} />}
      {computed ?? (
        <TextInput
          {...line.field("amount")}
          label={row.kind === "recurring" ? `Amount per ${row.frequency === "annual" ? "year" : "month"}` : "Amount"}
          prefix={amount.symbol}
          inputMode="decimal"
          placeholder={inputText("0.00", amount.locale)}
        />
      )}
      <TextInput {...line.field("startMonth")} label="Starts" type="month" />
      <TextInput {...line.field("endMonth")} label="Ends (optional)" type="month" />
    </>
  );
}
