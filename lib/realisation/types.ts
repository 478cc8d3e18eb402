import type { MoneyBenefitsRow } from "./benefits-money";
import type { Direction } from "@/lib/finance";
import type { KpiUnit } from "@/lib/kpis/unit-rules";

/** A KPI linked to a technology, as the builders need it (numerics already numbers). */
export interface LinkedKpi {
  id: string;
  name: string;
  unit: KpiUnit;
  direction: Direction;
  baseline: number;
  target: number;
}

/** A linked KPI with its latest value up to the month shown ('YYYY-MM-01'), or null when it has none yet. */
export interface LinkedKpiValue extends LinkedKpi {
  latest: { period: string; value: number } | null;
}

export type RealisationStatus = "on_plan" | "behind_plan" | "well_behind_plan";

/** One linked KPI's part in a technology's realisation. */
export interface KpiAttainment {
  id: string;
  name: string;
  unit: KpiUnit;
  latest: { period: string; value: number } | null;
  /** 0–1; null without a value by the month, or when the definition cannot be scored. */
  attainment: number | null;
  /** Why a KPI with a value has no attainment (e.g. its target sits on the wrong side of its baseline). */
  problem: string | null;
}

/** What a technology's business case planned to date beside what its KPIs show it delivers. */
export interface RealisationFigures {
  /** The month the figures run to, inclusive ('YYYY-MM-01'). */
  month: string;
  /** Months of the technology's calendar counted (0 when the month is before its first month). */
  monthsToDate: number;
  costsToDateCents: number;
  plannedBenefitsToDateCents: number;
  /** round(planned to date × realisation); null when no linked KPI has an attainment yet. */
  realisedBenefitsToDateCents: number | null;
  /** Mean attainment of the linked KPIs that have one, 0–1. */
  realisation: number | null;
  kpisLinked: number;
  kpisScored: number;
  /** (planned − costs) / costs to date; null while there are no costs to date. */
  plannedRoiToDate: number | null;
  /** (realised − costs) / costs to date; null without costs or without a realisation. */
  realisedRoiToDate: number | null;
  /** The business case's ROI over the whole useful life. */
  planRoi: number | null;
  status: RealisationStatus | null;
  kpis: KpiAttainment[];
}

/** Months of one before/after comparison: the go-live month G is the transition and belongs to neither side. */
export interface BeforeAfterWindow {
  goLiveMonth: string;
  n: number;
  /** G−N .. G−1, oldest first. */
  before: string[];
  /** G+1 .. G+N, oldest first. */
  after: string[];
}

export type BeforeAfterVerdict = "stands_out" | "within_noise" | "not_enough_data" | "no_change";

export interface BeforeAfterTest {
  t: number;
  df: number;
  /** Two-sided 95% critical value of Student's t with `df` degrees of freedom. */
  critical: number;
}

export interface KpiBeforeAfter {
  id: string;
  name: string;
  unit: KpiUnit;
  direction: Direction;
  before: { period: string; value: number }[];
  after: { period: string; value: number }[];
  meanBefore: number | null;
  meanAfter: number | null;
  /** meanAfter − meanBefore. */
  change: number | null;
  /** change / |meanBefore|; null when the mean before is 0. */
  relativeChange: number | null;
  tone: "better" | "worse" | "same" | null;
  /** Welch's test; null with fewer than 2 values a side or when neither side varies. */
  test: BeforeAfterTest | null;
  verdict: BeforeAfterVerdict;
  /** The plain-language sentence shown on the card. */
  note: string;
}

export type BeforeAfterView =
  | { state: "no_go_live"; technology: { id: string; name: string }; n: number; figures: MoneyBenefitsRow }
  | { state: "no_kpis"; technology: { id: string; name: string; goLiveDate: string | null }; n: number; figures: MoneyBenefitsRow }
  | {
      state: "ready";
      technology: { id: string; name: string; goLiveDate: string };
      n: number;
      window: BeforeAfterWindow;
      kpis: KpiBeforeAfter[];
      figures: MoneyBenefitsRow;
    };
