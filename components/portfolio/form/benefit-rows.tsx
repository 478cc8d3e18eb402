"use client";

import { benefitCategories } from "@/lib/domain/values";
import { formatMoney, type Formats } from "@/lib/format";
import { SelectInput, TextInput } from "./controls";
import { emptyBenefit, liveCalculatorCents, type BenefitRow, type CalculatorType, type KpiOption } from "./form-values";
import { calculatorOptions, options } from "./options";
import { PeriodFields } from "./period-fields";
import { RepeatedRows, type Errors, type RowContext } from "./repeated-rows";

type Props = { rows: BenefitRow[]; onChange: (rows: BenefitRow[]) => void; errors: Errors; symbol: string; formats: Formats; kpis: KpiOption[] };

/** The category a calculator usually goes with, so picking one sets a sensible default. */
const categoryFor: Partial<Record<CalculatorType, string>> = { labour: "labour_savings", cx_deflection: "cost_reduction", risk: "risk_reduction" };

export function BenefitRows({ rows, onChange, errors, symbol, formats, kpis }: Props) {
  return (
    <RepeatedRows
      list="benefits"
      title="Benefits"
      description="What it saves or earns. Use a calculator where you can, so the figure explains itself."
      noun="Benefit"
      empty="No benefits yet."
      rows={rows}
      onChange={onChange}
      errors={errors}
      create={emptyBenefit}
      nameOf={(row) => row.description}
    >
      {(line) => <BenefitFields line={line} symbol={symbol} formats={formats} kpis={kpis} />}
    </RepeatedRows>
  );
}

function BenefitFields({ line, symbol, formats, kpis }: { line: RowContext<BenefitRow>; symbol: string; formats: Formats; kpis: KpiOption[] }) {
  const { row, set } = line;
  const computed = row.calculator !== "" && row.calculator !== "proxy";
  return (
    <>
      <SelectInput
        {...line.field("calculator")}
        label="Calculator"
        options={calculatorOptions}
        onValue={(v) => set({ calculator: v as CalculatorType, category: categoryFor[v as CalculatorType] ?? row.category })}
      />
      <SelectInput {...line.field("category")} label="Category" options={options(benefitCategories)} />
      <TextInput {...line.field("description")} label="Description" className="lg:col-span-2" />
      <CalculatorFields line={line} symbol={symbol} />
      <PeriodFields line={line} amount={{ symbol, locale: formats.locale }} computed={computed ? <ComputedAmount line={line} formats={formats} /> : undefined} />
      <TextInput {...line.field("rampUpMonths")} label="Ramp-up (months)" inputMode="numeric" hint="Months until the full benefit" />
      <TextInput {...line.field("confidencePct")} label="Confidence (%)" inputMode="decimal" hint="How sure you are, 0–100" />
      <KpiFields line={line} symbol={symbol} kpis={kpis} />
    </>
  );
}

/**
 * The KPI whose measured change realises this benefit and what one unit of that change is worth (the
 * financial proxy: an hour saved × the rate, a contact deflected × its cost): realised benefit for a month
 * is (KPI value − baseline) × value per unit.
 */
function KpiFields({ line, symbol, kpis }: { line: RowContext<BenefitRow>; symbol: string; kpis: KpiOption[] }) {
  const choices = [{ value: "", label: kpis.length ? "None — plan only" : "No KPIs yet" }, ...kpis.map((k) => ({ value: k.id, label: k.name }))];
  const unit = kpis.find((k) => k.id === line.row.kpiId)?.unit;
  return (
    <>
      <SelectInput {...line.field("kpiId")} label="Realised through KPI" options={choices} hint="Its measured change, month by month" />
      <TextInput
        {...line.field("valuePerUnit")}
        label="Value per unit of change"
        prefix={symbol}
        inputMode="decimal"
        hint={unit ? `What one ${unitWord(unit)} better is worth` : "What one unit better is worth"}
      />
    </>
  );
}

const UNIT_WORDS: Record<string, string> = { currency: "unit of money", percent: "percentage point", count: "unit", score: "point", duration: "unit of time" };
const unitWord = (unit: string) => UNIT_WORDS[unit] ?? "unit";

type Figure = { field: keyof BenefitRow & string; label: string; money?: boolean; hint?: string };

/** Each calculator's figures; the proxy's description is the `calculator.description` of the payload. */
const figures: Partial<Record<CalculatorType, Figure[]>> = {
  labour: [
    { field: "hoursPerMonth", label: "Hours saved per month" },
    { field: "hourlyRate", label: "Loaded hourly rate", money: true },
  ],
  cx_deflection: [
    { field: "contactsPerMonth", label: "Contacts deflected per month" },
    { field: "assistedCost", label: "Cost per assisted contact", money: true },
    { field: "automatedCost", label: "Cost per automated contact", money: true },
  ],
  risk: [
    { field: "probabilityPct", label: "Probability of the loss (%)", hint: "Chance per period, 0–100" },
    { field: "impact", label: "Impact if it happens", money: true },
  ],
};

function CalculatorFields({ line, symbol }: { line: RowContext<BenefitRow>; symbol: string }) {
  if (line.row.calculator === "proxy") {
    return <TextInput {...line.field("proxyDescription")} id={line.id("calculator-proxyDescription")} errors={line.errors("calculator.description")} label="What the figure stands for" className="sm:col-span-2" />;
  }
  return (figures[line.row.calculator] ?? []).map((f) => (
    <TextInput
      key={f.field}
      {...line.field(f.field)}
      id={line.id(`calculator-${f.field}`)}
      errors={line.errors(`calculator.${f.field}`)}
      label={f.label}
      prefix={f.money ? symbol : undefined}
      inputMode="decimal"
      hint={f.hint}
    />
  ));
}

/** The amount the calculator implies, live as the user types, read the workspace's way as the server will. */
function ComputedAmount({ line, formats }: { line: RowContext<BenefitRow>; formats: Formats }) {
  const live = liveCalculatorCents(line.row, formats);
  const error = line.errors("amount");
  return (
    <div className="space-y-1" aria-live="polite">
      <p className="text-sm font-medium text-slate-700">Amount (calculated)</p>
      <output id={line.id("amount")} htmlFor={line.id("calculator")} className="block rounded-md border border-slate-200 bg-slate-50 px-3 py-2 text-sm tabular-nums" data-testid={line.id("amount")}>
        {live === null ? "—" : live < 0 ? "Check the costs" : formatMoney(live, formats, { showCents: true })}
      </output>
      {error && <p className="text-xs text-red-600">{error[0]}</p>}
    </div>
  );
}
