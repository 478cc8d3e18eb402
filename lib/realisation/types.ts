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

export type RealisationStatus = "on_plan" | "behind_plan" | "well_behind_plan";

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
