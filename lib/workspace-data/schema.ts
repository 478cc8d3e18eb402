import { z } from "zod";
import { DEFAULT_LOCALE, LOCALES } from "@/lib/format/locales";
import {
  actualSources,
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
  scenarioKinds,
  sizeBands,
  valueChainActivities,
} from "@/lib/domain/values";

/**
 * The JSON file a workspace exports and a new workspace is imported from. Ids are the exporting
 * workspace's; the import gives every row a fresh one. Shapes follow the columns of db/schema (numerics as
 * strings, dates as YYYY-MM-DD, timestamps as ISO strings); the database's own checks refuse the rest.
 */
export const WORKSPACE_FORMAT = "techfolio-workspace";
export const WORKSPACE_FORMAT_VERSION = 1;
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

const id = z.guid();
const text = z.string().max(10_000);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Expected a date as YYYY-MM-DD.");
const numeric = z.union([z.string(), z.number()]).transform(String).pipe(z.string().regex(/^-?\d+(\.\d+)?$/, "Expected a number."));
const int = z.number().int();
const timestamp = z.iso.datetime({ offset: true }).transform((v) => new Date(v));

const organization = z.object({
  name: z.string().trim().min(1).max(120),
  industry: z.string().trim().min(1).max(80),
  sizeBand: z.enum(sizeBands),
  employees: int.positive().nullable(),
  currency: z.string().regex(/^[A-Z]{3}$/),
  // Exports from before workspaces had a locale carry none.
  locale: z.enum(LOCALES).default(DEFAULT_LOCALE),
  discountRate: numeric,
  fiscalYearStartMonth: int.min(1).max(12),
});

const goal = z.object({ id, title: text, perspective: z.enum(perspectives), targetText: text, weight: int, targetDate: day.nullable(), createdAt: timestamp });

const investment = z.object({
  id,
  name: text,
  vendor: text,
  category: z.enum(investmentCategories),
  valueChainActivity: z.enum(valueChainActivities),
  status: z.enum(investmentStatuses),
  goLiveDate: day.nullable(),
  usefulLifeMonths: int,
  ownerName: text.nullable(),
  notes: text,
  version: int.positive(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

const lineItem = {
  id,
  investmentId: id,
  description: text,
  kind: z.enum(itemKinds),
  frequency: z.enum(frequencies).nullable(),
  amountCents: int,
  startMonth: day,
  endMonth: day.nullable(),
  createdAt: timestamp,
};

const costItem = z.object({
  ...lineItem,
  category: z.enum(costCategories),
  renewalDate: day.nullable(),
  noticeDays: int.nullable(),
  annualUpliftPct: numeric.nullable(),
});

const benefitItem = z.object({
  ...lineItem,
  category: z.enum(benefitCategories),
  rampUpMonths: int,
  confidence: numeric,
  calculator: z.unknown().nullable().default(null),
  // Exports from before benefits were realised through KPIs carry neither.
  kpiId: id.nullable().default(null),
  valuePerUnitCents: int.nullable().default(null),
});

const risk = z.object({
  id,
  investmentId: id,
  type: z.enum(riskTypes),
  title: text,
  likelihood: int,
  impact: int,
  mitigation: text,
  status: z.enum(riskStatuses),
  createdAt: timestamp,
});

const scoringFactor = z.object({ id, investmentId: id, name: text, weight: numeric, score: int, kind: z.enum(factorKinds) });
const alignment = z.object({ investmentId: id, goalId: id, strength: int });

const kpi = z.object({
  id,
  name: text,
  perspective: z.enum(perspectives),
  unit: z.enum(kpiUnits),
  direction: z.enum(kpiDirections),
  baseline: numeric,
  target: numeric,
  targetDate: day.nullable(),
  weight: numeric,
  investmentId: id.nullable(),
  goalId: id.nullable(),
  attribution: z.enum(attributionMethods).default("equal"),
  createdAt: timestamp,
});

const kpiMeasurement = z.object({ kpiId: id, period: day, value: numeric, note: text, enteredAt: timestamp });

const scenario = z.object({
  id,
  investmentId: id.nullable(),
  name: text,
  kind: z.enum(scenarioKinds),
  benefitMultiplier: numeric,
  costMultiplier: numeric,
  delayMonths: int,
  adoptionRate: numeric,
  createdAt: timestamp,
});

const integration = z.object({ id, fromInvestmentId: id, toInvestmentId: id, description: text, createdAt: timestamp });

// Who imported a file is a user of the exporting workspace, as is who typed a KPI value: not exported.
const actualImport = z.object({ id, kind: text, fileName: text, rows: int, added: int, duplicates: int, createdAt: timestamp });

const actualCost = z.object({
  id,
  bookedOn: day,
  amountCents: int,
  payee: text,
  description: text,
  reference: text,
  source: z.enum(actualSources),
  investmentId: id.nullable(),
  costCategory: z.enum(costCategories).nullable(),
  importId: id.nullable(),
  // Kept as exported, so a file imported again into the copy still finds its payments already there.
  fingerprint: text,
  version: int.positive(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

const matchRule = z.object({
  id,
  position: int,
  field: z.enum(matchFields),
  pattern: text,
  investmentId: id,
  costCategory: z.enum(costCategories).nullable(),
  version: int.positive(),
  createdAt: timestamp,
});

const actualBenefit = z.object({
  id,
  investmentId: id,
  month: day,
  amountCents: int,
  description: text,
  source: z.enum(actualSources),
  version: int.positive(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

const importPreference = z.object({
  kind: text,
  header: text,
  decimal: text,
  dateOrder: text,
  delimiter: text.default("auto"),
  mapping: z.record(z.string().max(200), z.string().max(4000)).default({}),
  updatedAt: timestamp,
});

/** Tables added after the first exports: a file from before them has none, which reads as empty. */
const laterTable = <T extends z.ZodType>(row: T) => z.array(row).default([]);

export const workspaceFileSchema = z.object({
  format: z.literal(WORKSPACE_FORMAT),
  version: z.literal(WORKSPACE_FORMAT_VERSION),
  exportedAt: z.string(),
  organization,
  goals: z.array(goal),
  investments: z.array(investment),
  costItems: z.array(costItem),
  benefitItems: z.array(benefitItem),
  risks: z.array(risk),
  scoringFactors: z.array(scoringFactor),
  alignments: z.array(alignment),
  kpis: z.array(kpi),
  kpiMeasurements: z.array(kpiMeasurement),
  scenarios: z.array(scenario),
  integrations: z.array(integration),
  actualImports: laterTable(actualImport),
  actualCosts: laterTable(actualCost),
  matchRules: laterTable(matchRule),
  actualBenefits: laterTable(actualBenefit),
  importPreferences: laterTable(importPreference),
});

/** What the import reads (timestamps as Dates). */
export type WorkspaceFile = z.output<typeof workspaceFileSchema>;

export const importOptionsSchema = z.object({
  name: z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), z.string().trim().min(2, "Name the workspace (at least 2 characters).").max(120).optional()),
});

export type ParsedWorkspaceFile = { ok: true; data: WorkspaceFile } | { ok: false; message: string };

/** The file's text → its contents, or one message saying what is wrong with it (not a stack of zod issues). */
export function parseWorkspaceFile(textContent: string): ParsedWorkspaceFile {
  let json: unknown;
  try {
    json = JSON.parse(textContent);
  } catch {
    return { ok: false, message: "This file is not JSON. Choose a workspace export (.json) downloaded from Techfolio." };
  }
  const head = z.object({ format: z.literal(WORKSPACE_FORMAT) }).safeParse(json);
  if (!head.success) return { ok: false, message: "This is not a Techfolio workspace export. Choose a file downloaded from “Your data”." };
  const version = (json as { version?: unknown }).version;
  if (version !== WORKSPACE_FORMAT_VERSION) return { ok: false, message: `This export's version (${String(version)}) is not supported; this app reads version ${WORKSPACE_FORMAT_VERSION}.` };
  const parsed = workspaceFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, message: `The file is damaged or was edited: ${issue.path.join(".") || "file"} — ${issue.message}` };
  }
  return { ok: true, data: parsed.data };
}
