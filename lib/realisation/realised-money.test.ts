import { describe, expect, it } from "vitest";
import type { KpiBenefitLine } from "./money-types";
import { groupClaims, kpiMoneyInputs, plannedYearlyCents, realisedByTechnology } from "./realised-money";

const line = (over: Partial<KpiBenefitLine>): KpiBenefitLine => ({
  investmentId: "chatbot",
  goLiveDate: "2025-07-15",
  kind: "recurring",
  frequency: "monthly",
  amountCents: 100_000,
  valuePerUnitCents: 120_000,
  kpiId: "cost-per-contact",
  kpiName: "Cost per contact",
  unit: "currency",
  baseline: 8,
  direction: "lower",
  attribution: "equal",
  ...over,
});

describe("plannedYearlyCents", () => {
  it("a monthly line twelve times, an annual or one-time line once", () => {
    expect(plannedYearlyCents({ kind: "recurring", frequency: "monthly", amountCents: 100 })).toBe(1_200);
    expect(plannedYearlyCents({ kind: "recurring", frequency: "annual", amountCents: 100 })).toBe(100);
    expect(plannedYearlyCents({ kind: "one_time", frequency: null, amountCents: 100 })).toBe(100);
  });
});

describe("groupClaims", () => {
  it("adds up one technology's lines naming the same KPI and keeps technologies apart", () => {
    const groups = groupClaims([
      line({ valuePerUnitCents: 100, amountCents: 10 }),
      line({ valuePerUnitCents: 50, kind: "one_time", frequency: null, amountCents: 500 }),
      line({ investmentId: "help-centre", goLiveDate: null, valuePerUnitCents: 70 }),
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0].technologies).toEqual([
      { investmentId: "chatbot", goLiveMonth: "2025-07-01", valuePerUnitCents: 150, plannedBenefitCents: 620 },
      { investmentId: "help-centre", goLiveMonth: null, valuePerUnitCents: 70, plannedBenefitCents: 1_200_000 },
    ]);
  });
});

describe("kpiMoneyInputs and realisedByTechnology", () => {
  it("one technology: (baseline − value) × value per unit for a lower-is-better KPI, month by month", () => {
    const inputs = kpiMoneyInputs(
      [line({})],
      [
        { kpiId: "cost-per-contact", period: "2025-08-01", value: 6.5 },
        { kpiId: "cost-per-contact", period: "2025-09-01", value: 8.5 },
        { kpiId: "someone-else", period: "2025-09-01", value: 1 },
      ],
    );
    expect(inputs.map((i) => [i.month, i.units, i.share, i.cents])).toEqual([
      ["2025-08-01", 1.5, 1, 180_000],
      ["2025-09-01", -0.5, 1, -60_000],
    ]);
    expect(inputs[0]).toMatchObject({ kpiName: "Cost per contact", baseline: 8, value: 6.5, valuePerUnitCents: 120_000, technologiesSharing: 1, attribution: "equal" });
    const money = realisedByTechnology(inputs, []);
    expect(money.get("chatbot")).toEqual(
      new Map([
        ["2025-08-01", { fromKpisCents: 180_000, enteredCents: 0 }],
        ["2025-09-01", { fromKpisCents: -60_000, enteredCents: 0 }],
      ]),
    );
  });

  it("time decay between two technologies: before the second goes live the first takes it all", () => {
    const lines = [
      line({ attribution: "time_decay", valuePerUnitCents: 100 }),
      line({ attribution: "time_decay", investmentId: "help-centre", goLiveDate: "2026-01-03", valuePerUnitCents: 100 }),
    ];
    const inputs = kpiMoneyInputs(lines, [
      { kpiId: "cost-per-contact", period: "2025-12-01", value: 5 },
      { kpiId: "cost-per-contact", period: "2026-01-01", value: 5 },
    ]);
    // Dec 2025: only the chatbot is live (5 months). Jan 2026: 6 months against 0 → 1/3 and 2/3 of 3 units.
    expect(inputs.map((i) => [i.investmentId, i.month, i.cents])).toEqual([
      ["chatbot", "2025-12-01", 300],
      ["help-centre", "2025-12-01", 0],
      ["chatbot", "2026-01-01", 100],
      ["help-centre", "2026-01-01", 200],
    ]);
    const money = realisedByTechnology(inputs, []);
    // No share in December: no actual for the help centre that month.
    expect([...money.get("help-centre")!.keys()]).toEqual(["2026-01-01"]);
  });

  it("entered amounts are summed beside the KPI figures, in their own field", () => {
    const inputs = kpiMoneyInputs([line({})], [{ kpiId: "cost-per-contact", period: "2025-08-01", value: 7 }]);
    const money = realisedByTechnology(inputs, [
      { investmentId: "chatbot", month: "2025-08-01", amountCents: 5_000 },
      { investmentId: "chatbot", month: "2025-08-01", amountCents: -1_000 },
      { investmentId: "cafe", month: "2025-09-01", amountCents: 250_000 },
    ]);
    expect(money.get("chatbot")!.get("2025-08-01")).toEqual({ fromKpisCents: 120_000, enteredCents: 4_000 });
    expect(money.get("cafe")).toEqual(new Map([["2025-09-01", { fromKpisCents: 0, enteredCents: 250_000 }]]));
  });
});

describe("kpiMoneyInputs order", () => {
  it("lists inputs by month, then KPI name, whatever order the values and ids come in", () => {
    const lines = [line({ kpiId: "k-2", kpiName: "Cost per contact" }), line({ kpiId: "k-1", kpiName: "Minutes per ticket", unit: "duration" })];
    const points = [
      { kpiId: "k-1", period: "2025-09-01", value: 5 },
      { kpiId: "k-2", period: "2025-09-01", value: 7 },
      { kpiId: "k-1", period: "2025-08-01", value: 6 },
      { kpiId: "k-2", period: "2025-08-01", value: 7.5 },
    ];
    expect(kpiMoneyInputs(lines, points).map((i) => `${i.month} ${i.kpiName}`)).toEqual([
      "2025-08-01 Cost per contact",
      "2025-08-01 Minutes per ticket",
      "2025-09-01 Cost per contact",
      "2025-09-01 Minutes per ticket",
    ]);
  });
});
