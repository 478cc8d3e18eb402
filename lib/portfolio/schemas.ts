import { z } from "zod";
import { isStorableText, UNSTORABLE_TEXT_MESSAGE } from "@/lib/form-state";
import { formatNumber } from "@/lib/format";
import type { Locale } from "@/lib/format/locales";
import { canonical, decimalPlaces, numberMessage, toCents } from "@/lib/format/parse";
import { isBlank, localeOf, readValue, typedNumber, withoutCurrency, type Reading } from "@/lib/format/typed-number";
import {
  benefitCategories,
  costCategories,
  factorKinds,
  frequencies,
  investmentCategories,
  investmentStatuses,
  itemKinds,
  riskStatuses,
  riskTypes,
  valueChainActivities,
} from "@/lib/domain/values";

export const MAX_ROWS = 50;
/** 1e12 in major units; as cents (1e14) still a safe integer. */
export const MAX_AMOUNT_CENTS = 100_000_000_000_000;
/** A version is an integer column; past this PostgreSQL refuses the number instead of finding no row. */
const MAX_VERSION = 2_147_483_647;
export { TECHNOLOGY_CONFLICT_MESSAGE as CONFLICT_MESSAGE } from "@/lib/domain/messages";
export type { Reading } from "@/lib/format/typed-number";

// ---- Money: text typed the workspace's way, in major units → integer cents, never through a float. ----

/**
 * "1,234.56" (en-US) or "1.234,56" (de-DE) → 123456, read by the workspace's locale; with its currency
 * known (`Formats`), "1.234,56 €" too. Text the locale would read otherwise ("1,234,5", "12,5" in en-US)
 * is refused with the locale's message. A JS number (JSON) is a machine number: 0.1 stays 10 cents.
 */
export function parseMoney(raw: unknown, reading: Reading): { cents: number } | { error: string } {
  const locale = localeOf(reading);
  const typed = withoutCurrency(raw, reading);
  if (isBlank(typed)) return { error: "Enter an amount." };
  const read = readValue(typed, locale);
  if (!read?.ok) return { error: read?.error ?? numberMessage(locale) };
  const value = read.value;
  if (value.negative && canonical(value) !== "0") return { error: "Amounts can't be negative." };
  if (decimalPlaces(value) > 2) return { error: "Use at most 2 decimal places." };
  const cents = toCents({ ...value, negative: false });
  if (cents === null || cents > MAX_AMOUNT_CENTS) return { error: `Amounts can be at most ${formatNumber(MAX_AMOUNT_CENTS / 100, locale)}.` };
  return { cents };
}

const money = (reading: Reading) =>
  z.unknown().transform((value, ctx) => {
    const parsed = parseMoney(value, reading);
    if ("error" in parsed) {
      ctx.addIssue({ code: "custom", message: parsed.error });
      return z.NEVER;
    }
    return parsed.cents;
  });

// ---- Small field builders: blank form text means "not given". ----

const blank = (v: unknown) => (v === null || (typeof v === "string" && v.trim() === "") ? undefined : v);

type NumberOptions = { integer?: boolean; decimals?: number };

/** The checks of a number field, with its limits written the locale's way ("at most 100.000"). */
function numberChecks(locale: Locale, label: string, min: number, max: number, { integer = true, decimals = 2 }: NumberOptions = {}) {
  const what = integer ? "a whole number" : "a number";
  let schema = z
    .number({ error: `Enter ${label} as ${what}.` })
    .min(min, `${capital(label)} must be at least ${formatNumber(min, locale)}.`)
    .max(max, `${capital(label)} must be at most ${formatNumber(max, locale)}.`);
  if (integer) schema = schema.int(`Enter ${label} as a whole number.`);
  else schema = schema.refine((n) => Number.isInteger(Math.round(n * 10 ** decimals * 1e6) / 1e6), `Use at most ${decimals} decimal places.`);
  return schema;
}

/** A number typed the locale's way ("12,5" in de-DE); blank is missing. */
const number = (locale: Locale, label: string, min: number, max: number, opts?: NumberOptions) =>
  typedNumber(locale).pipe(numberChecks(locale, label, min, max, opts));
const optionalNumber = (locale: Locale, label: string, min: number, max: number, opts?: NumberOptions) =>
  typedNumber(locale).pipe(numberChecks(locale, label, min, max, opts).optional());
/** A number the app itself sends (a version): machine text or a JS number, whatever the workspace's locale. */
const machineNumber = (label: string, min: number, max: number) =>
  z.preprocess(
    blank,
    z.coerce
      .number({ error: `Enter ${label} as a whole number.` })
      .int(`Enter ${label} as a whole number.`)
      .min(min, `${capital(label)} must be at least ${min}.`)
      .max(max, `${capital(label)} must be at most ${max}.`),
  );

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const text = (max: number, label: string) =>
  z.preprocess((v) => v ?? "", z.string().trim().max(max, `${capital(label)} can be at most ${max} characters.`).refine(isStorableText, UNSTORABLE_TEXT_MESSAGE));
const requiredText = (max: number, label: string, missing: string) =>
  z.preprocess((v) => v ?? "", z.string().trim().min(1, missing).max(max, `${capital(label)} can be at most ${max} characters.`).refine(isStorableText, UNSTORABLE_TEXT_MESSAGE));

function choice<T extends readonly [string, ...string[]]>(values: T, message: string) {
  return z.enum(values, { error: message });
}

// Years 1900–2999, as the month pickers offer: PostgreSQL has no year 0, and no plan runs for millennia.
const MONTH = /^((?:19|2\d)\d{2})-(0[1-9]|1[0-2])(?:-01)?$/;
/** 'YYYY-MM' (or an already stored 'YYYY-MM-01') → 'YYYY-MM-01'. */
const month = (missing: string) =>
  z.preprocess(
    (v) => v ?? "",
    z.string().trim().min(1, missing).regex(MONTH, "Choose a month (YYYY-MM).").transform((v) => `${v.slice(0, 7)}-01`),
  );
const optionalMonth = z.preprocess(blank, z.string().trim().regex(MONTH, "Choose a month (YYYY-MM).").transform((v) => `${v.slice(0, 7)}-01`).optional());

/** A calendar date in the years 1900–2999 (PostgreSQL has no year 0; "2026-02-30" is no date). */
function isRealDate(v: string): boolean {
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v && v >= "1900" && v < "3000";
}
const optionalDate = (label: string) =>
  z.preprocess(blank, z.string().trim().refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && isRealDate(v), `Enter ${label} as a date (YYYY-MM-DD).`).optional());

const id = (message: string) => z.guid({ error: message });

// ---- Rows ----

type Periodic = { kind: "one_time" | "recurring"; frequency?: "monthly" | "annual"; startMonth: string; endMonth?: string };
function checkPeriod(row: Periodic, ctx: z.RefinementCtx) {
  if (row.kind === "recurring" && !row.frequency) ctx.addIssue({ code: "custom", message: "Choose how often it recurs: monthly or annual.", path: ["frequency"] });
  if (row.endMonth && row.endMonth < row.startMonth) ctx.addIssue({ code: "custom", message: "The end month can't be before the start month.", path: ["endMonth"] });
}

const frequency = z.preprocess(blank, choice(frequencies, "Choose monthly or annual.").optional());

/** A cost line, its numbers read the workspace's way. */
export const costSchema = (reading: Reading) => {
  const locale = localeOf(reading);
  return z
    .object({
      category: choice(costCategories, "Choose a cost category."),
      description: text(200, "the description"),
      kind: choice(itemKinds, "Choose one-time or recurring."),
      frequency,
      amount: money(reading),
      startMonth: month("Choose the month the cost starts."),
      endMonth: optionalMonth,
      renewalDate: optionalDate("the renewal date"),
      noticeDays: optionalNumber(locale, "the notice period", 0, 730),
      annualUpliftPct: optionalNumber(locale, "the annual uplift", 0, 100, { integer: false, decimals: 3 }),
    })
    .superRefine(checkPeriod)
    .transform(({ amount, ...row }) => ({
      category: row.category,
      description: row.description,
      kind: row.kind,
      // One-time items never carry a frequency (the database insists).
      frequency: row.kind === "recurring" ? (row.frequency ?? null) : null,
      amountCents: amount,
      startMonth: row.startMonth,
      endMonth: row.endMonth ?? null,
      renewalDate: row.renewalDate ?? null,
      noticeDays: row.noticeDays ?? null,
      annualUpliftPct: row.annualUpliftPct ?? null,
    }));
};

export const calculatorSchema = (reading: Reading) => {
  const locale = localeOf(reading);
  return z.discriminatedUnion(
    "type",
    [
      z.object({ type: z.literal("labour"), hoursPerMonth: number(locale, "hours per month", 0, 100_000, { integer: false }), hourlyRate: money(reading) }),
      z.object({ type: z.literal("cx_deflection"), contactsPerMonth: number(locale, "contacts per month", 0, 10_000_000), assistedCost: money(reading), automatedCost: money(reading) }),
      z.object({ type: z.literal("risk"), probabilityPct: number(locale, "the probability", 0, 100, { integer: false }), impact: money(reading) }),
      z.object({ type: z.literal("proxy"), description: requiredText(500, "the proxy", "Describe the proxy behind this figure.") }),
    ],
    { error: "Choose a calculator." },
  );
};
export type CalculatorInput = z.output<ReturnType<typeof calculatorSchema>>;

/** What is stored in `benefit_items.calculator` (money in cents, probability 0–1), as the seed stores it. */
export type StoredCalculator =
  | { type: "labour"; hoursPerMonth: number; hourlyRateCents: number }
  | { type: "cx_deflection"; contactsPerMonth: number; assistedCostCents: number; automatedCostCents: number }
  | { type: "risk"; probability: number; impactCents: number }
  | { type: "proxy"; description: string };

export function storedCalculator(c: CalculatorInput): StoredCalculator {
  switch (c.type) {
    case "labour":
      return { type: "labour", hoursPerMonth: c.hoursPerMonth, hourlyRateCents: c.hourlyRate };
    case "cx_deflection":
      return { type: "cx_deflection", contactsPerMonth: c.contactsPerMonth, assistedCostCents: c.assistedCost, automatedCostCents: c.automatedCost };
    case "risk":
      return { type: "risk", probability: c.probabilityPct / 100, impactCents: c.impact };
    case "proxy":
      return { type: "proxy", description: c.description };
  }
}

/** The amount a calculator implies, in cents (rounded half to even); null for a proxy, whose amount is typed in. */
export function calculatorCents(c: StoredCalculator): number | null {
  switch (c.type) {
    case "labour":
      return roundHalfEven(c.hoursPerMonth * c.hourlyRateCents);
    case "cx_deflection":
      return c.contactsPerMonth * (c.assistedCostCents - c.automatedCostCents);
    case "risk":
      return roundHalfEven(c.probability * c.impactCents);
    case "proxy":
      return null;
  }
}

function roundHalfEven(x: number): number {
  const floor = Math.floor(x);
  const diff = x - floor;
  if (Math.abs(diff - 0.5) < 1e-9) return floor % 2 === 0 ? floor : floor + 1;
  return Math.round(x);
}

/** The most one unit of a KPI's change may be worth (cents), as the database allows: a billion in major units. */
export const MAX_VALUE_PER_UNIT_CENTS = 100_000_000_000;
export const VALUE_PER_UNIT_NEEDS_KPI = "Choose the KPI this value is per unit of, or clear the value.";
export const KPI_NEEDS_VALUE_PER_UNIT = "Enter what one unit of the KPI's change is worth.";

type KpiProxy = { kpiId: string | null; valuePerUnitCents: number | null } | { error: string; path: "kpiId" | "valuePerUnit" };

/**
 * The KPI a benefit line is realised through and what one unit of its change is worth (the financial proxy):
 * both or neither. The value is money typed the workspace's way, more than zero.
 */
function kpiProxy(row: { kpiId?: string; valuePerUnit?: unknown }, reading: Reading): KpiProxy {
  const typed = withoutCurrency(row.valuePerUnit, reading);
  if (isBlank(typed)) return row.kpiId ? { error: KPI_NEEDS_VALUE_PER_UNIT, path: "valuePerUnit" } : { kpiId: null, valuePerUnitCents: null };
  if (!row.kpiId) return { error: VALUE_PER_UNIT_NEEDS_KPI, path: "kpiId" };
  const parsed = parseMoney(row.valuePerUnit, reading);
  if ("error" in parsed) return { error: parsed.error, path: "valuePerUnit" };
  if (parsed.cents === 0) return { error: "A unit of change must be worth more than zero.", path: "valuePerUnit" };
  if (parsed.cents > MAX_VALUE_PER_UNIT_CENTS) {
    return { error: `A unit of change can be worth at most ${formatNumber(MAX_VALUE_PER_UNIT_CENTS / 100, localeOf(reading))}.`, path: "valuePerUnit" };
  }
  return { kpiId: row.kpiId.toLowerCase(), valuePerUnitCents: parsed.cents };
}

/** A benefit line: typed amount, or a calculator's figures, read the workspace's way; optionally realised through a KPI. */
export const benefitSchema = (reading: Reading) => {
  const locale = localeOf(reading);
  return z
    .object({
      category: choice(benefitCategories, "Choose a benefit category."),
      description: text(200, "the description"),
      kind: choice(itemKinds, "Choose one-time or recurring."),
      frequency,
      amount: z.unknown().optional(),
      startMonth: month("Choose the month the benefit starts."),
      endMonth: optionalMonth,
      rampUpMonths: z.preprocess((v) => blank(v) ?? 0, number(locale, "the ramp-up", 0, 120)),
      confidencePct: z.preprocess((v) => blank(v) ?? 100, number(locale, "the confidence", 0, 100, { integer: false, decimals: 1 })),
      calculator: z.preprocess(blank, calculatorSchema(reading).optional()),
      kpiId: z.preprocess(blank, id("Choose a KPI from the list.").optional()),
      valuePerUnit: z.unknown().optional(),
    })
    .superRefine(checkPeriod)
    .transform((row, ctx) => {
      const proxy = kpiProxy(row, reading);
      if ("error" in proxy) {
        ctx.addIssue({ code: "custom", message: proxy.error, path: [proxy.path] });
        return z.NEVER;
      }
      const calculator = row.calculator ? storedCalculator(row.calculator) : null;
      let amountCents = calculator ? calculatorCents(calculator) : null;
      if (amountCents === null) {
        const parsed = parseMoney(row.amount, reading);
        if ("error" in parsed) {
          ctx.addIssue({ code: "custom", message: parsed.error, path: ["amount"] });
          return z.NEVER;
        }
        amountCents = parsed.cents;
      } else if (amountCents < 0) {
        ctx.addIssue({ code: "custom", message: "The automated cost can't be higher than the assisted cost.", path: ["calculator", "automatedCost"] });
        return z.NEVER;
      } else if (amountCents > MAX_AMOUNT_CENTS) {
        ctx.addIssue({ code: "custom", message: `This works out above ${formatNumber(MAX_AMOUNT_CENTS / 100, locale)}; check the figures.`, path: ["amount"] });
        return z.NEVER;
      }
      return {
        category: row.category,
        description: row.description,
        kind: row.kind,
        frequency: row.kind === "recurring" ? (row.frequency ?? null) : null,
        amountCents,
        startMonth: row.startMonth,
        endMonth: row.endMonth ?? null,
        rampUpMonths: row.rampUpMonths,
        /** 0–1, as stored. */
        confidence: Math.round(row.confidencePct * 10) / 1000,
        calculator,
        kpiId: proxy.kpiId,
        valuePerUnitCents: proxy.valuePerUnitCents,
      };
    });
};

export const riskSchema = (locale: Locale) =>
  z.object({
    type: choice(riskTypes, "Choose a risk type."),
    title: requiredText(200, "the title", "Give the risk a short title."),
    likelihood: number(locale, "the likelihood", 1, 5),
    impact: number(locale, "the impact", 1, 5),
    mitigation: text(2000, "the mitigation"),
    status: z.preprocess((v) => blank(v) ?? "open", choice(riskStatuses, "Choose a status.")),
  });

export const factorSchema = (locale: Locale) =>
  z.object({
    name: requiredText(120, "the factor name", "Name the factor."),
    weight: number(locale, "the weight", 0, 100, { integer: false }),
    score: number(locale, "the score", 1, 5),
    kind: z.preprocess((v) => blank(v) ?? "qualitative", choice(factorKinds, "Choose quantitative or qualitative.")),
  });

/** Weights in hundredths, so 33.33 + 33.33 + 33.34 is exactly 100. */
export function weightSum(weights: readonly number[]): number {
  return weights.reduce((sum, w) => sum + Math.round(w * 100), 0) / 100;
}

export const alignmentSchema = (locale: Locale) =>
  z.object({
    goalId: id("Choose a goal."),
    strength: number(locale, "the strength", 0, 5),
  });

const rows = <T extends z.ZodType>(row: T, noun: string) =>
  z.array(row, { error: `Send the ${noun} as a list.` }).max(MAX_ROWS, `At most ${MAX_ROWS} ${noun}.`);
/** A missing list is an empty one. */
const orEmpty = <T extends z.ZodType>(schema: T) => z.preprocess((v) => v ?? [], schema);

function uniqueBy<T>(key: (row: T) => string, field: string, message: string) {
  return (list: T[], ctx: z.RefinementCtx) => {
    const seen = new Set<string>();
    list.forEach((row, i) => {
      const k = key(row);
      if (seen.has(k)) ctx.addIssue({ code: "custom", message, path: [i, field] });
      seen.add(k);
    });
  };
}

function buildTechnologySchema(reading: Reading) {
  const locale = localeOf(reading);
  return z.object({
    name: requiredText(120, "the name", "Enter the technology's name."),
    vendor: text(120, "the vendor"),
    category: choice(investmentCategories, "Choose a category."),
    valueChainActivity: choice(valueChainActivities, "Choose a value-chain activity."),
    status: choice(investmentStatuses, "Choose a status."),
    goLiveDate: optionalDate("the go-live date"),
    usefulLifeMonths: number(locale, "the useful life", 1, 600),
    ownerName: z.preprocess(blank, z.string().trim().max(120, "The owner's name can be at most 120 characters.").refine(isStorableText, UNSTORABLE_TEXT_MESSAGE).optional()),
    notes: text(2000, "the notes"),
    costs: orEmpty(rows(costSchema(reading), "cost lines")),
    benefits: orEmpty(rows(benefitSchema(reading), "benefit lines")),
    risks: orEmpty(rows(riskSchema(locale), "risks")),
    factors: orEmpty(
      rows(factorSchema(locale), "scoring factors")
        .superRefine(uniqueBy((f) => f.name.toLowerCase(), "name", "Each factor needs a different name."))
        .superRefine((list, ctx) => {
          if (list.length === 0) return;
          const sum = weightSum(list.map((f) => f.weight));
          if (sum !== 100) ctx.addIssue({ code: "custom", message: `Weights add up to ${formatNumber(sum, locale)}; they must add up to 100.` });
        }),
    ),
    alignments: orEmpty(rows(alignmentSchema(locale), "goal alignments").superRefine(uniqueBy((a) => a.goalId.toLowerCase(), "goalId", "Each goal can be rated once."))),
  });
}

const readingKey = (reading: Reading) => (typeof reading === "string" ? reading : `${reading.locale}:${reading.currency}`);
function memo<T>(build: (reading: Reading) => T): (reading: Reading) => T {
  const built = new Map<string, T>();
  return (reading) => {
    const key = readingKey(reading);
    let schema = built.get(key);
    if (!schema) built.set(key, (schema = build(reading)));
    return schema;
  };
}

/**
 * The technology form, its numbers read the workspace's way: `technologySchema(formatsOf(ctx))` in the
 * actions, so "1.234,56 €" in a de-DE workspace is 123456 cents and "1,234,5" is refused.
 */
export const technologySchema = memo(buildTechnologySchema);

export const updateTechnologySchema = memo((reading) =>
  buildTechnologySchema(reading).extend({
    id: id("Not found."),
    version: machineNumber("the version", 1, MAX_VERSION),
  }),
);

export const deleteTechnologySchema = z.object({
  id: id("Not found."),
  version: machineNumber("the version", 1, MAX_VERSION),
});

export type TechnologyInput = z.output<ReturnType<typeof technologySchema>>;
