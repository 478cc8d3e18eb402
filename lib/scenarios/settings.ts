import { scenarioCaseKinds } from "@/lib/domain/values";

/**
 * The three standard cases and their settings. A scope (one technology, or the whole portfolio when the
 * technology is null) always has all three: a case nobody saved yet uses the defaults below and is stored
 * only when an admin first saves it. When a scope holds several rows of the same kind (seeds, a race
 * between two first saves), the earliest one is the case; "custom" rows are not one of the three.
 */
export const caseKinds = scenarioCaseKinds;
export type CaseKind = (typeof caseKinds)[number];

/** The scope of the whole portfolio, as the URL and the forms name it, and as its cases are named. */
export const PORTFOLIO_SCOPE = "portfolio";
export const PORTFOLIO_NAME = "Portfolio";

export type ScenarioSettings = {
  benefitMultiplier: number;
  costMultiplier: number;
  /** Whole months (the column is a smallint); the Monte Carlo draws fractions between the cases. */
  delayMonths: number;
  /** 0–1, scales benefits like the multiplier. */
  adoptionRate: number;
};

export const DEFAULT_SETTINGS: Readonly<Record<CaseKind, Readonly<ScenarioSettings>>> = Object.freeze({
  optimistic: Object.freeze({ benefitMultiplier: 1.2, costMultiplier: 0.95, delayMonths: 0, adoptionRate: 1 }),
  likely: Object.freeze({ benefitMultiplier: 1, costMultiplier: 1, delayMonths: 0, adoptionRate: 1 }),
  pessimistic: Object.freeze({ benefitMultiplier: 0.7, costMultiplier: 1.15, delayMonths: 3, adoptionRate: 0.8 }),
});

export const CASE_LABELS: Record<CaseKind, string> = { optimistic: "Optimistic", likely: "Likely", pessimistic: "Pessimistic" };

/** One case as the page and the engine see it; `id` is absent while it still runs on the defaults. */
export type ScenarioCase = { kind: CaseKind; id: string | null; name: string; settings: ScenarioSettings };
export type ScenarioCases = Record<CaseKind, ScenarioCase>;

type StoredRow = {
  id: string;
  kind: string;
  name: string;
  benefitMultiplier: string | number;
  costMultiplier: string | number;
  delayMonths: number;
  adoptionRate: string | number;
};

const isCaseKind = (kind: string): kind is CaseKind => (caseKinds as readonly string[]).includes(kind);

/** The scope's three cases from its stored rows, which must come earliest first. */
export function resolveCases(rows: readonly StoredRow[], scopeName: string): ScenarioCases {
  const cases = {} as ScenarioCases;
  for (const row of rows) {
    if (!isCaseKind(row.kind) || cases[row.kind]) continue;
    cases[row.kind] = {
      kind: row.kind,
      id: row.id,
      name: row.name,
      settings: {
        benefitMultiplier: Number(row.benefitMultiplier),
        costMultiplier: Number(row.costMultiplier),
        delayMonths: row.delayMonths,
        adoptionRate: Number(row.adoptionRate),
      },
    };
  }
  for (const kind of caseKinds) cases[kind] ??= { kind, id: null, name: caseName(scopeName, kind), settings: { ...DEFAULT_SETTINGS[kind] } };
  return cases;
}

/** "Portfolio — optimistic", "Cloud ERP — pessimistic": the name a first save stores. */
export function caseName(scopeName: string, kind: CaseKind): string {
  return `${scopeName} — ${kind}`;
}
