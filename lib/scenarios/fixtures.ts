/** Test fixtures for the scenario engine (imported by tests and the bench only). */
import type { ScenarioTechnology } from "./engine";

/** Three technologies starting on different months, with ramp-ups, uplifts and an annual fee. */
export const fixtures: ScenarioTechnology[] = [
  {
    status: "live",
    origin: "2024-01-01",
    horizonMonths: 48,
    costs: [
      { category: "implementation", kind: "one_time", amountCents: 2_500_000, startMonth: 0 },
      { category: "subscription", kind: "recurring", amountCents: 45_000, startMonth: 1, annualUpliftPct: 5 },
    ],
    benefits: [{ category: "labour_savings", kind: "recurring", amountCents: 160_000, startMonth: 3, rampUpMonths: 4, confidence: 0.8 }],
  },
  {
    status: "live",
    origin: "2024-07-01",
    horizonMonths: 36,
    costs: [
      { category: "purchase", kind: "one_time", amountCents: 900_000, startMonth: 0 },
      { category: "maintenance", kind: "recurring", frequency: "annual", amountCents: 120_000, startMonth: 0 },
    ],
    benefits: [
      { category: "revenue_increase", kind: "recurring", amountCents: 70_000, startMonth: 2, endMonth: 30 },
      { category: "cost_reduction", kind: "one_time", amountCents: 150_000, startMonth: 6 },
    ],
  },
  {
    status: "live",
    origin: "2023-10-01",
    horizonMonths: 24,
    costs: [{ category: "subscription", kind: "recurring", amountCents: 30_000, startMonth: 0 }],
    benefits: [{ category: "risk_reduction", kind: "recurring", amountCents: 20_000, startMonth: 0 }],
  },
];
