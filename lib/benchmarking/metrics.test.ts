import { describe, expect, it } from "vitest";
import { benchmarkValues, isAutomationRateKpi, isNpsKpi, latestKpiValue } from "./metrics";

const figures = {
  roi: 0.25,
  annualSpendCents: 1_200_000,
  perspectives: {
    financial: { score: 0.8, rag: "green" as const },
    customer: { score: 0.4, rag: "red" as const },
    internal_process: { score: null, rag: null },
    learning_growth: { score: 0.6, rag: "amber" as const },
  },
};

describe("benchmark metrics", () => {
  it.each([
    ["NPS", true],
    ["Customer NPS", true],
    ["nps (web shop)", true],
    ["Net promoter score", false],
    ["eNPS", false],
    ["Staff e-NPS", false],
    ["SNPSX", false],
  ])("reads %s as an NPS KPI: %s", (name, expected) => {
    expect(isNpsKpi(name)).toBe(expected);
  });

  it("recognises an automation rate in any case", () => {
    expect(isAutomationRateKpi("Process Automation Rate")).toBe(true);
    expect(isAutomationRateKpi("Automation coverage")).toBe(false);
  });

  it("takes the first matching KPI (in name order) that has a value", () => {
    const kpis = [
      { id: "k1", name: "Brand NPS" },
      { id: "k2", name: "eNPS" },
      { id: "k3", name: "NPS" },
    ];
    expect(latestKpiValue(kpis, [{ kpiId: "k2", value: "60" }, { kpiId: "k3", value: "31.5" }], isNpsKpi)).toBe(31.5);
    expect(latestKpiValue(kpis, [{ kpiId: "k1", value: "-4" }, { kpiId: "k3", value: "31.5" }], isNpsKpi)).toBe(-4);
    expect(latestKpiValue(kpis, [{ kpiId: "k2", value: "60" }], isNpsKpi)).toBeNull();
  });

  it("divides the annual run-rate by the head count, and has no ratio without employees", () => {
    const kpis = [{ id: "a", name: "Automation rate" }];
    const values = benchmarkValues({ figures, employees: 40, kpis, latestValues: [{ kpiId: "a", value: "55" }] });
    expect(values).toEqual({
      spend_per_employee: 30_000,
      roi: 0.25,
      financial: 0.8,
      customer: 0.4,
      internal_process: null,
      learning_growth: 0.6,
      nps: null,
      automation_rate: 55,
    });
    expect(benchmarkValues({ figures, employees: null, kpis: [], latestValues: [] }).spend_per_employee).toBeNull();
  });
});
