import type { Formats, Locale } from "@/lib/format/locales";
import { canonical, centsInput, inputText } from "@/lib/format/parse";
import type { z } from "zod";
import {
  calculatorCents,
  parseMoney,
  type benefitSchema,
  type calculatorSchema,
  type costSchema,
  type factorSchema,
  type riskSchema,
  type StoredCalculator,
  type technologySchema,
} from "@/lib/portfolio/schemas";
import type { TechnologyDetail } from "@/lib/portfolio/types";
import { numberText, readValue } from "@/lib/format/typed-number";

// The form edits text, exactly as typed and in the workspace's way of writing numbers ("1234,56" in de-DE);
// the server parses it (schemas.ts) by the same locale and is the only judge.

/** A form's fields as the text typed into them: one per key of the schema's input, so a renamed field breaks the form's type. */
export type FormText<S extends z.ZodType> = { [K in keyof Required<z.input<S>>]: string };
/** Every key of every member of a union (`keyof` of a union keeps only the shared ones). */
type KeysOfUnion<T> = T extends unknown ? keyof T : never;

export type CalculatorType = "" | StoredCalculator["type"];
/** The calculators' figures, flat on the row: each calculator's input keys; the proxy's description under its own name. */
type CalculatorFields = { [K in Exclude<KeysOfUnion<z.input<ReturnType<typeof calculatorSchema>>>, "type" | "description">]: string } & { proxyDescription: string };

/** React keys for repeated rows; never sent. */
type Keyed = { key: string };
export type CostRow = Keyed & FormText<ReturnType<typeof costSchema>>;
export type BenefitRow = Keyed & Omit<FormText<ReturnType<typeof benefitSchema>>, "calculator"> & { calculator: CalculatorType } & CalculatorFields;
export type RiskRow = Keyed & FormText<ReturnType<typeof riskSchema>>;
export type FactorRow = Keyed & FormText<ReturnType<typeof factorSchema>>;
export type GoalOption = { id: string; title: string; perspective: string };
/** A KPI a benefit line can be realised through. */
export type KpiOption = { id: string; name: string; unit: string };

type Lists = "costs" | "benefits" | "risks" | "factors" | "alignments";
export type FormValues = Omit<FormText<ReturnType<typeof technologySchema>>, Lists> & {
  costs: CostRow[];
  benefits: BenefitRow[];
  risks: RiskRow[];
  factors: FactorRow[];
  /** goal id → strength "0"–"5" */
  strengths: Record<string, string>;
};

let seq = 0;
/** React keys for repeated rows; never sent. */
export const rowKey = () => `row-${++seq}`;

const thisMonth = () => new Date().toISOString().slice(0, 7);

/** What a new cost or benefit line starts with: recurring monthly from this month, no amount yet. */
const newLine = () => ({ key: rowKey(), description: "", kind: "recurring", frequency: "monthly", amount: "", startMonth: thisMonth(), endMonth: "" });

export const emptyCost = (): CostRow => ({ ...newLine(), category: "subscription", renewalDate: "", noticeDays: "", annualUpliftPct: "" });

const noCalculator = { calculator: "", hoursPerMonth: "", hourlyRate: "", contactsPerMonth: "", assistedCost: "", automatedCost: "", probabilityPct: "", impact: "", proxyDescription: "" } as const;

export const emptyBenefit = (): BenefitRow => ({
  ...newLine(),
  ...noCalculator,
  category: "labour_savings",
  rampUpMonths: "0",
  confidencePct: "100",
  kpiId: "",
  valuePerUnit: "",
});

export const emptyRisk = (): RiskRow => ({ key: rowKey(), type: "implementation", title: "", likelihood: "3", impact: "3", mitigation: "", status: "open" });
export const emptyFactor = (): FactorRow => ({ key: rowKey(), name: "", weight: "", score: "3", kind: "qualitative" });

export function emptyValues(goals: GoalOption[]): FormValues {
  return {
    name: "",
    vendor: "",
    category: "other",
    valueChainActivity: "operations",
    status: "proposed",
    goLiveDate: "",
    usefulLifeMonths: "36",
    ownerName: "",
    notes: "",
    costs: [],
    benefits: [],
    risks: [],
    factors: [],
    strengths: Object.fromEntries(goals.map((g) => [g.id, "0"])),
  };
}

const month = (date: string | null) => (date ? date.slice(0, 7) : "");
/** A stored number (a JS number or numeric text) → the text a field edits, the locale's way: 3.5 → "3,5" in de-DE. */
const numberInput = (v: number | string, locale: Locale) => inputText(numberText(Number(v)), locale);
const str = (v: number | string | null | undefined, locale: Locale) => (v === null || v === undefined ? "" : numberInput(v, locale));

type Detail = TechnologyDetail;

const costRowOf = (c: Detail["costs"][number], locale: Locale): CostRow => ({
  key: rowKey(),
  category: c.category,
  description: c.description,
  kind: c.kind,
  frequency: c.frequency ?? "",
  amount: centsInput(c.amountCents, locale),
  startMonth: month(c.startMonth),
  endMonth: month(c.endMonth),
  renewalDate: c.renewalDate ?? "",
  noticeDays: str(c.noticeDays, locale),
  annualUpliftPct: str(c.annualUpliftPct, locale),
});

/** A stored calculator's figures as the form's text (money in major units, a probability in percent). */
function calculatorFieldsOf(calc: StoredCalculator | null, locale: Locale): Partial<BenefitRow> {
  const amount = (cents: number) => centsInput(cents, locale);
  switch (calc?.type) {
    case "labour":
      return { hoursPerMonth: numberInput(calc.hoursPerMonth, locale), hourlyRate: amount(calc.hourlyRateCents) };
    case "cx_deflection":
      return { contactsPerMonth: numberInput(calc.contactsPerMonth, locale), assistedCost: amount(calc.assistedCostCents), automatedCost: amount(calc.automatedCostCents) };
    case "risk":
      return { probabilityPct: numberInput(Math.round(calc.probability * 100_000) / 1000, locale), impact: amount(calc.impactCents) };
    case "proxy":
      return { proxyDescription: calc.description };
    default:
      return {};
  }
}

function benefitRowOf(b: Detail["benefits"][number], locale: Locale): BenefitRow {
  const calc = (b.calculator ?? null) as StoredCalculator | null;
  return {
    ...emptyBenefit(),
    category: b.category,
    description: b.description,
    kind: b.kind,
    frequency: b.frequency ?? "",
    amount: centsInput(b.amountCents, locale),
    startMonth: month(b.startMonth),
    endMonth: month(b.endMonth),
    rampUpMonths: String(b.rampUpMonths),
    confidencePct: numberInput(Math.round(Number(b.confidence) * 1000) / 10, locale),
    calculator: calc?.type ?? "",
    ...calculatorFieldsOf(calc, locale),
    kpiId: b.kpiId ?? "",
    valuePerUnit: b.valuePerUnitCents ? centsInput(b.valuePerUnitCents, locale) : "",
  };
}

/** A stored technology → the form's text, for the edit page, numbers written the way the workspace's locale writes them. */
export function valuesFromDetail(detail: Detail, locale: Locale): FormValues {
  const t = detail.investment;
  return {
    name: t.name,
    vendor: t.vendor,
    category: t.category,
    valueChainActivity: t.valueChainActivity,
    status: t.status,
    goLiveDate: t.goLiveDate ?? "",
    usefulLifeMonths: String(t.usefulLifeMonths),
    ownerName: t.ownerName ?? "",
    notes: t.notes,
    costs: detail.costs.map((c) => costRowOf(c, locale)),
    benefits: detail.benefits.map((b) => benefitRowOf(b, locale)),
    risks: detail.risks.map((r) => ({ key: rowKey(), type: r.type, title: r.title, likelihood: String(r.likelihood), impact: String(r.impact), mitigation: r.mitigation, status: r.status })),
    factors: detail.factors.map((f) => ({ key: rowKey(), name: f.name, weight: str(f.weight, locale), score: String(f.score), kind: f.kind })),
    strengths: Object.fromEntries(detail.alignments.map((a) => [a.goalId, String(a.strength)])),
  };
}

function calculatorPayload(b: BenefitRow) {
  switch (b.calculator) {
    case "labour":
      return { type: "labour", hoursPerMonth: b.hoursPerMonth, hourlyRate: b.hourlyRate };
    case "cx_deflection":
      return { type: "cx_deflection", contactsPerMonth: b.contactsPerMonth, assistedCost: b.assistedCost, automatedCost: b.automatedCost };
    case "risk":
      return { type: "risk", probabilityPct: b.probabilityPct, impact: b.impact };
    case "proxy":
      return { type: "proxy", description: b.proxyDescription };
    default:
      return null;
  }
}

/** The object sent to the server action. Goals are sent in `goals` order, so `alignments.i` is goal i. */
export function toPayload(v: FormValues, goals: GoalOption[]) {
  const { costs, benefits, risks, factors, strengths, ...basics } = v;
  const strip = <T extends { key: string }>({ key: _key, ...rest }: T) => rest;
  return {
    ...basics,
    costs: costs.map(strip),
    benefits: benefits.map((b) => ({
      category: b.category,
      description: b.description,
      kind: b.kind,
      frequency: b.frequency,
      amount: b.amount,
      startMonth: b.startMonth,
      endMonth: b.endMonth,
      rampUpMonths: b.rampUpMonths,
      confidencePct: b.confidencePct,
      calculator: calculatorPayload(b),
      kpiId: b.kpiId,
      valuePerUnit: b.valuePerUnit,
    })),
    risks: risks.map(strip),
    factors: factors.map(strip),
    alignments: goals.map((g) => ({ goalId: g.id, strength: strengths[g.id] ?? "0" })),
  };
}

/** A number typed in the form, read the locale's way as the server will; null when blank or not a number. */
export function typedNumberOf(text: string, locale: Locale): number | null {
  const read = readValue(text, locale);
  return read?.ok ? Number(canonical(read.value)) : null;
}

/**
 * The amount a benefit's calculator implies, live as the user types, its figures read the workspace's way
 * as the server will read them; null when it cannot be worked out yet.
 */
export function liveCalculatorCents(b: BenefitRow, formats: Formats): number | null {
  const money = (s: string) => {
    const r = parseMoney(s, formats);
    return "cents" in r ? r.cents : null;
  };
  const num = (s: string) => typedNumberOf(s, formats.locale);
  let calc: StoredCalculator | null = null;
  if (b.calculator === "labour") {
    const hours = num(b.hoursPerMonth);
    const rate = money(b.hourlyRate);
    if (hours !== null && rate !== null) calc = { type: "labour", hoursPerMonth: hours, hourlyRateCents: rate };
  } else if (b.calculator === "cx_deflection") {
    const contacts = num(b.contactsPerMonth);
    const assisted = money(b.assistedCost);
    const automated = money(b.automatedCost);
    if (contacts !== null && assisted !== null && automated !== null) calc = { type: "cx_deflection", contactsPerMonth: contacts, assistedCostCents: assisted, automatedCostCents: automated };
  } else if (b.calculator === "risk") {
    const p = num(b.probabilityPct);
    const impact = money(b.impact);
    if (p !== null && impact !== null) calc = { type: "risk", probability: p / 100, impactCents: impact };
  }
  return calc ? calculatorCents(calc) : null;
}
