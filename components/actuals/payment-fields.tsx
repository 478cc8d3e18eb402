"use client";

import { useState } from "react";
import { SelectInput, TextInput, type Option } from "@/components/portfolio/form/controls";
import { label } from "@/lib/domain/labels";
import { costCategories, type CostCategory } from "@/lib/domain/values";
import { currencySymbol, type Formats } from "@/lib/format";

/** A technology a payment can be filed under, with the category a payment to it most likely is. */
export type TechnologyOption = { id: string; name: string; mainCostCategory: CostCategory | null };

type Errors = (key: string) => string[] | undefined;

export const categoryOptions: Option[] = [{ value: "", label: "No category" }, ...costCategories.map((c) => ({ value: c, label: label(c) }))];

/** What was paid: date, amount (a refund negative), payee and what for. Ids are prefixed so two forms can share a page. */
export function PaymentFields({ prefix, formats, values, errors }: { prefix: string; formats: Formats; values: Record<string, string | undefined>; errors: Errors }) {
  return (
    <>
      <TextInput id={`${prefix}bookedOn`} name="bookedOn" label="Paid on" type="date" required defaultValue={values.bookedOn} errors={errors("bookedOn")} />
      <TextInput
        id={`${prefix}amount`}
        name="amount"
        label="Amount paid"
        inputMode="decimal"
        required
        prefix={currencySymbol(formats)}
        hint="A refund is negative."
        defaultValue={values.amount}
        errors={errors("amount")}
      />
      <TextInput id={`${prefix}payee`} name="payee" label="Payee" required maxLength={500} defaultValue={values.payee} errors={errors("payee")} />
      <TextInput id={`${prefix}description`} name="description" label="Description (optional)" maxLength={1000} defaultValue={values.description} errors={errors("description")} />
    </>
  );
}

/**
 * Where the payment belongs: a technology (or none: unmatched) and, with one, a cost category. Choosing a
 * technology while no category is chosen preselects the category a payment to it most likely is.
 */
export function MatchFields({
  prefix,
  technologies,
  values,
  errors,
}: {
  prefix: string;
  technologies: readonly TechnologyOption[];
  values: Record<string, string | undefined>;
  errors: Errors;
}) {
  const [category, setCategory] = useState(values.costCategory ?? "");
  const chooseTechnology = (id: string) => {
    const main = technologies.find((t) => t.id === id)?.mainCostCategory;
    if (!category && main) setCategory(main);
  };
  return (
    <>
      <SelectInput
        id={`${prefix}investmentId`}
        name="investmentId"
        label="Technology"
        defaultValue={values.investmentId ?? ""}
        onValue={chooseTechnology}
        errors={errors("investmentId")}
        options={[{ value: "", label: "None (unmatched)" }, ...technologies.map((t) => ({ value: t.id, label: t.name }))]}
      />
      <SelectInput id={`${prefix}costCategory`} name="costCategory" label="Cost category" value={category} onValue={setCategory} errors={errors("costCategory")} options={categoryOptions} />
    </>
  );
}
