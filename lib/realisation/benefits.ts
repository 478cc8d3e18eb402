/**
 * The realisation thresholds and status words every benefits figure shares: realised benefits in money ÷
 * planned benefits (benefits-money.ts) reads as on plan, behind plan or well behind plan.
 */
import type { RealisationStatus } from "./types";

/** Realisation at or above `onPlan` is on plan, at or above `behindPlan` behind plan, below it well behind. */
export const REALISATION_THRESHOLDS = { onPlan: 0.9, behindPlan: 0.6 } as const;

export const STATUS_LABELS: Record<RealisationStatus, string> = {
  on_plan: "On plan",
  behind_plan: "Behind plan",
  well_behind_plan: "Well behind plan",
};

export function realisationStatus(realisation: number): RealisationStatus {
  if (realisation >= REALISATION_THRESHOLDS.onPlan) return "on_plan";
  return realisation >= REALISATION_THRESHOLDS.behindPlan ? "behind_plan" : "well_behind_plan";
}
