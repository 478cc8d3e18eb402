import fc from "fast-check";
import Papa from "papaparse";
import { objectives } from "@/lib/budget/schemas";
import {
  attributionMethods,
  benefitCategories,
  costCategories,
  factorKinds,
  frequencies,
  investmentCategories,
  investmentStatuses,
  itemKinds,
  kpiDirections,
  kpiUnits,
  matchFields,
  perspectives,
  riskStatuses,
  riskTypes,
  roles,
  sizeBands,
  valueChainActivities,
} from "@/lib/domain/values";
import { DATE_ORDER_CHOICES, DECIMAL_CHOICES } from "@/lib/imports/conventions";
import { DELIMITER_CHOICES } from "@/lib/imports/delimiter";
import { integrationDirections } from "@/lib/integrations/schemas";
import { CSV_COLUMNS } from "@/lib/portfolio/csv-import";
import { distributions } from "@/lib/scenarios/monte-carlo";
import { caseKinds } from "@/lib/scenarios/settings";
import { commonCurrencies, commonIndustries } from "@/lib/settings/schemas";

/**
 * Valid-looking values by field name, as a person would type them (numbers as text with separators,
 * months, dates, enum values in any of the app's lists). Some are refused in context (a cost category as
 * a technology's category); most are accepted, so the fuzz also walks the paths that write.
 */

const asText = <T extends number>(arb: fc.Arbitrary<T>) => fc.oneof(arb.map(String), arb);
const int = (min: number, max: number) => asText(fc.integer({ min, max }));
/** A decimal with at most `places` decimals, as typed ("12.5", "1,234.56") or as a number. */
const decimal = (min: number, max: number, places: number) =>
  fc.integer({ min: min * 10 ** places, max: max * 10 ** places }).chain((n) => {
    const text = (n / 10 ** places).toFixed(places).replace(/\.?0+$/, "") || "0";
    const grouped = text.replace(/^(\d+)(\d{3})(?=\.|$)/, "$1,$2");
    return fc.constantFrom<unknown>(text, n / 10 ** places, grouped, ` ${text} `);
  });

const words = fc.string({ unit: "grapheme", minLength: 1, maxLength: 30 }).filter((s) => s.trim().length > 0);
const text = (max: number) => fc.oneof(words, fc.lorem({ maxCount: 3 }), fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: max })).filter((s) => s.trim().length > 0 && s.length <= max);

const day = fc.date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2099-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const month = day.chain((d) => fc.constantFrom(d.slice(0, 7), `${d.slice(0, 7)}-01`));
const money = fc.oneof(decimal(0, 1_000_000, 2), fc.constantFrom("0", "0.01", "1,234.56", "999999999999.99", 1250.5));
/** A payment or refund as typed or as a bank writes it: negative is money back. */
const signedMoney = fc.oneof(money, decimal(0.01, 100_000, 2).map((v) => `-${String(v).trim()}`), fc.constantFrom("-12.50", "€ 49,00", "(15.00)"));
const email = fc.emailAddress().filter((e) => e.length <= 254);
const choice = (...lists: readonly (readonly string[])[]) => fc.constantFrom(...lists.flat());

export const validByField: Record<string, fc.Arbitrary<unknown>> = {
  name: text(80),
  title: text(120),
  vendor: text(60),
  notes: text(200),
  description: text(120),
  targetText: text(120),
  ownerName: text(60),
  note: text(100),
  mitigation: text(100),
  workspace: text(60),
  confirmName: text(40),
  email,
  password: fc.string({ minLength: 8, maxLength: 64 }),
  weight: fc.oneof(int(0, 100), decimal(0.5, 100, 3)),
  strength: int(0, 5),
  was: int(0, 5),
  score: int(1, 5),
  likelihood: int(1, 5),
  impact: int(1, 5),
  baseline: decimal(-100, 100, 4),
  target: decimal(-100, 100, 4),
  value: decimal(0, 100, 2),
  targetDate: day,
  goLiveDate: day,
  renewalDate: day,
  period: month,
  startMonth: month,
  endMonth: month,
  usefulLifeMonths: int(1, 600),
  noticeDays: int(0, 730),
  rampUpMonths: int(0, 120),
  confidencePct: decimal(0, 100, 1),
  annualUpliftPct: decimal(0, 100, 3),
  amount: signedMoney,
  valuePerUnit: money,
  bookedOn: day,
  month,
  payee: text(80),
  pattern: text(60),
  field: choice(matchFields),
  costCategory: choice(costCategories),
  delimiter: choice(DELIMITER_CHOICES),
  decimal: choice(DECIMAL_CHOICES),
  dateOrder: choice(DATE_ORDER_CHOICES),
  fileName: fc.constantFrom("bank.csv", "Kontoauszug 2026-01.csv", "export (3).CSV", ""),
  budget: fc.oneof(money, fc.constantFrom("$5,000", "€ 12 000", "£0.50")),
  seed: int(0, 4_294_967_295),
  benefitMultiplier: decimal(0, 10, 3),
  costMultiplier: decimal(0, 10, 3),
  delayMonths: int(0, 120),
  adoptionRate: decimal(0, 1, 3),
  employees: fc.oneof(int(1, 10_000_000), fc.constant("")),
  discountRate: fc.oneof(decimal(0, 50, 3), fc.constantFrom("7,5", "8 %", "0")),
  fiscalYearStartMonth: int(1, 12),
  currency: fc.constantFrom(...commonCurrencies, "eur", " usd ", "XAU"),
  industry: fc.oneof(fc.constantFrom(...commonIndustries), text(40)),
  sizeBand: choice(sizeBands),
  perspective: choice(perspectives),
  unit: choice(kpiUnits),
  attribution: choice(attributionMethods),
  direction: choice(kpiDirections, integrationDirections, ["up", "down"]),
  category: choice(investmentCategories, costCategories, benefitCategories),
  valueChainActivity: choice(valueChainActivities),
  status: choice(investmentStatuses, riskStatuses),
  type: choice(riskTypes),
  role: choice(roles),
  kind: choice(itemKinds, caseKinds, factorKinds),
  frequency: choice(frequencies),
  objective: choice(objectives),
  distribution: choice(distributions),
  scope: fc.constant("portfolio"),
  callbackUrl: fc.oneof(fc.webPath().map((p) => `/${p.replace(/^\/+/, "")}`), fc.constantFrom("/workspaces", "/w/acme/dashboard?tab=1#x")),
};

const costRow = fc.record({
  category: choice(costCategories),
  description: text(60),
  kind: choice(itemKinds),
  frequency: choice(frequencies),
  amount: money,
  startMonth: month,
  noticeDays: int(0, 730),
  annualUpliftPct: decimal(0, 100, 3),
});
const calculator = fc.oneof(
  fc.record({ type: fc.constant("labour"), hoursPerMonth: decimal(0, 500, 2), hourlyRate: money }),
  fc.record({ type: fc.constant("cx_deflection"), contactsPerMonth: int(0, 100_000), assistedCost: fc.constant("5"), automatedCost: fc.constant("1.5") }),
  fc.record({ type: fc.constant("risk"), probabilityPct: decimal(0, 100, 2), impact: money }),
  fc.record({ type: fc.constant("proxy"), description: text(60) }),
);
const benefitRow = fc.record(
  {
    ...{ category: choice(benefitCategories), description: text(60), kind: choice(itemKinds), frequency: choice(frequencies), amount: money, startMonth: month },
    ...{ rampUpMonths: int(0, 120), confidencePct: decimal(0, 100, 1), calculator, kpiId: fc.uuid(), valuePerUnit: money },
  },
  { requiredKeys: ["category", "kind", "frequency", "amount", "startMonth"] },
);
const riskRow = fc.record({ type: choice(riskTypes), title: text(60), likelihood: int(1, 5), impact: int(1, 5), mitigation: text(60), status: choice(riskStatuses) });
/** Weights that add up to 100, as the form requires. */
const factorRows = fc.constantFrom([100], [50, 50], [33.33, 33.33, 33.34], [12.5, 87.5]).map((weights) => weights.map((weight, i) => ({ name: `Factor ${i + 1}`, weight, score: 1 + (i % 5), kind: "quantitative" })));

/** Fields some forms take and a catalog payload may leave out: repeated rows, optional dates and links. */
export const optionalFields: Record<string, fc.Arbitrary<unknown>> = {
  costs: fc.array(costRow, { maxLength: 3 }),
  benefits: fc.array(benefitRow, { maxLength: 3 }),
  risks: fc.array(riskRow, { maxLength: 3 }),
  factors: factorRows,
  alignments: fc.array(fc.record({ goalId: fc.uuid(), strength: int(0, 5) }), { maxLength: 2 }),
  goLiveDate: day,
  targetDate: day,
  ownerName: text(60),
  weight: validByField.weight,
  investmentId: fc.uuid(),
  goalId: fc.uuid(),
  callbackUrl: validByField.callbackUrl,
  costCategory: validByField.costCategory,
  acceptRules: fc.array(fc.record({ field: choice(matchFields), pattern: text(40), investmentId: fc.uuid(), costCategory: fc.oneof(fc.constant(null), choice(costCategories)) }), { maxLength: 2 }),
  mapping: fc.constantFrom({ date: "Date", amount: "Amount", payee: "Payee" }, { date: "Date", debit: "Debit", credit: "Credit" }, {}),
};

/** A cell per CSV column, as a spreadsheet would export it. */
const csvCells: Record<string, fc.Arbitrary<unknown>> = {
  name: text(40),
  vendor: text(40),
  category: choice(investmentCategories),
  value_chain_activity: choice(valueChainActivities),
  status: choice(investmentStatuses),
  go_live_date: fc.oneof(day, fc.constant("")),
  useful_life_months: int(1, 600),
  owner: text(40),
  notes: text(60),
  line_type: fc.constantFrom("", "cost", "benefit"),
  line_category: choice(costCategories, benefitCategories),
  line_description: text(40),
  line_kind: choice(itemKinds),
  line_frequency: choice(frequencies),
  line_amount: money,
  line_start_month: month,
  line_end_month: fc.constant(""),
  line_ramp_up_months: int(0, 12),
  line_confidence_pct: decimal(0, 100, 1),
};

/** A CSV import file of 1–4 rows; `cell` may replace any cell (hostile cells for the fuzz). */
export function csvFile(cell?: fc.Arbitrary<unknown>): fc.Arbitrary<string> {
  const value = (column: string) => (cell ? fc.oneof({ arbitrary: csvCells[column] ?? text(20), weight: 3 }, { arbitrary: cell, weight: 1 }) : (csvCells[column] ?? text(20)));
  const row = fc.tuple(...CSV_COLUMNS.map(value)).map((cells) => cells.map((c) => (typeof c === "string" ? c : String(c))));
  return fc.array(row, { minLength: 1, maxLength: 4 }).map((data) => Papa.unparse({ fields: CSV_COLUMNS, data }));
}
/** A bank export of 1–4 payments, in one of the shapes banks write (signed amount, or debit and credit). */
const bankFile: fc.Arbitrary<string> = fc.oneof(
  fc.array(fc.tuple(day, text(30), text(30), signedMoney), { minLength: 1, maxLength: 4 }).map((rows) => Papa.unparse({ fields: ["Date", "Payee", "Description", "Amount"], data: rows.map((r) => r.map(String)) })),
  fc
    .array(fc.tuple(day, text(30), money), { minLength: 1, maxLength: 4 })
    .map((rows) => Papa.unparse({ fields: ["Buchungstag", "Empfänger", "Soll", "Haben"], data: rows.map(([d, p, m]) => [d, p, String(m), ""]) }, { delimiter: ";" })),
);
validByField.csv = fc.oneof(csvFile(), bankFile);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A valid-looking value for a field: by its name, else by the shape of the value it holds now. */
export function validFor(key: string, current: unknown): fc.Arbitrary<unknown> {
  if (Object.hasOwn(validByField, key)) return validByField[key];
  if (typeof current === "string" && UUID.test(current)) return fc.constantFrom(current.toUpperCase(), ` ${current} `, current);
  if (typeof current === "string" && /^-?\d+(\.\d+)?$/.test(current.trim())) return fc.oneof(decimal(0, 1000, 2), fc.constant(Number(current)));
  if (typeof current === "number") return fc.oneof(fc.integer({ min: 0, max: 100 }), fc.constant(String(current)));
  if (typeof current === "string") return fc.oneof(text(60), fc.constantFrom(current.toUpperCase(), ` ${current} `));
  return fc.constant(current);
}
