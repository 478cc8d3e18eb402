import { describe, expect, it } from "vitest";
import { realisationOf, realisationStatus, REALISATION_THRESHOLDS, type PlannedTechnology } from "./benefits";
import type { LinkedKpiValue } from "./types";

// Month 0 = Jan 2025: 10,000.00 spent up front, then 1,000.00 of planned benefits a month from February.
const tech: PlannedTechnology = {
  origin: "2025-01-01",
  summary: { series: { costsCents: [1_000_000, 0, 0, 0, 0, 0], benefitsCents: [0, 1_000_000, 1_000_000, 1_000_000, 1_000_000, 1_000_000] } },
  row: { status: "live", roi: 4 },
};

const csat: LinkedKpiValue = { id: "k1", name: "CSAT", unit: "percent", direction: "higher", baseline: 70, target: 90, latest: { period: "2025-04-01", value: 95 } };
const cost: LinkedKpiValue = { id: "k2", name: "Cost per contact", unit: "currency", direction: "lower", baseline: 5, target: 3, latest: { period: "2025-03-01", value: 3.4 } };

describe("realisationOf", () => {
  it("sets the plan to date beside what the KPIs show", () => {
    // To Apr 2025 (index 3): costs 10,000, planned 30,000. Attainments: CSAT clamped to 1, cost (5 − 3.4)/(5 − 3) = 0.8.
    const f = realisationOf(tech, "2025-04-01", [csat, cost]);
    expect(f).toMatchObject({
      month: "2025-04-01",
      monthsToDate: 4,
      costsToDateCents: 1_000_000,
      plannedBenefitsToDateCents: 3_000_000,
      kpisLinked: 2,
      kpisScored: 2,
      realisedBenefitsToDateCents: 2_700_000,
      planRoi: 4,
      status: "on_plan",
    });
    expect(f.realisation).toBeCloseTo(0.9, 12);
    expect(f.plannedRoiToDate).toBeCloseTo(2, 12);
    expect(f.realisedRoiToDate).toBeCloseTo(1.7, 12);
    expect(f.kpis.map((k) => k.attainment)).toEqual([1, expect.closeTo(0.8, 12)]);
  });

  it("ignores values after the month and KPIs whose definition cannot be scored", () => {
    const later = { ...cost, latest: { period: "2025-05-01", value: 3 } };
    const wrongWay = { ...csat, id: "k3", name: "Broken", target: 60 }; // "higher is better" with its target below its baseline
    const f = realisationOf(tech, "2025-04-01", [csat, later, wrongWay]);
    expect(f.kpisScored).toBe(1);
    expect(f.realisation).toBe(1);
    expect(f.kpis[1]).toMatchObject({ latest: null, attainment: null, problem: null });
    expect(f.kpis[2].attainment).toBeNull();
    expect(f.kpis[2].problem).toMatch(/target above its baseline/);
  });

  it("rounds realised benefits to whole cents", () => {
    const third = { ...csat, latest: { period: "2025-02-01", value: 70 + 20 / 3 } }; // attainment 1/3
    const f = realisationOf(tech, "2025-02-01", [third]);
    expect(f.plannedBenefitsToDateCents).toBe(1_000_000);
    expect(f.realisedBenefitsToDateCents).toBe(333_333);
    expect(f.status).toBe("well_behind_plan");
  });

  it("has no realisation without values, and no ROI without costs to date", () => {
    const none = realisationOf(tech, "2025-04-01", [{ ...csat, latest: null }]);
    expect(none).toMatchObject({ realisation: null, realisedBenefitsToDateCents: null, realisedRoiToDate: null, status: null, kpisScored: 0 });
    expect(none.plannedRoiToDate).toBeCloseTo(2, 12);

    const free = { ...tech, summary: { series: { costsCents: [0, 0, 0], benefitsCents: [0, 500, 500] } } };
    expect(realisationOf(free, "2025-03-01", [csat])).toMatchObject({ costsToDateCents: 0, plannedBenefitsToDateCents: 1000, plannedRoiToDate: null, realisedRoiToDate: null });
  });

  it("counts nothing before the technology's first month and the whole series after its last", () => {
    expect(realisationOf(tech, "2024-11-01", [csat])).toMatchObject({ monthsToDate: 0, costsToDateCents: 0, plannedBenefitsToDateCents: 0, plannedRoiToDate: null });
    expect(realisationOf(tech, "2031-01-01", [csat])).toMatchObject({ monthsToDate: 6, costsToDateCents: 1_000_000, plannedBenefitsToDateCents: 5_000_000 });
  });
});

describe("realisationStatus", () => {
  it("uses the thresholds as inclusive lower bounds", () => {
    expect(REALISATION_THRESHOLDS).toEqual({ onPlan: 0.9, behindPlan: 0.6 });
    expect([1, 0.9, 0.8999, 0.6, 0.5999, 0].map(realisationStatus)).toEqual(["on_plan", "on_plan", "behind_plan", "behind_plan", "well_behind_plan", "well_behind_plan"]);
  });
});
