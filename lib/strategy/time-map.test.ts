import { describe, expect, it } from "vitest";
import { explain, TIME_RULES, timeScores } from "@/lib/finance";
import { samplePortfolio } from "@/test/fixtures/strategy";
import { buildQuadrantLists, buildTimeEntries, depthInQuadrant, TIME_ORDER, timeRules } from "./time-map";
import type { TimeEntry } from "./types";

const portfolio = samplePortfolio();
const entries = buildTimeEntries(portfolio);

const entry = (name: string, quadrant: TimeEntry["quadrant"], businessValue: number, costRisk: number, annualRunRateCents = 0): TimeEntry => ({
  id: name, name, category: "other", quadrant, businessValue, costRisk, annualRunRateCents,
  drivers: { alignmentScore: null, roi: null, riskScore: null, relativeCost: 0, roiScore: 0, riskPct: 0, costPct: 0 },
});

describe("buildTimeEntries", () => {
  it("lists every technology in use by name; the proposed Idea is off the map", () => {
    expect(entries.map((e) => e.name)).toEqual(["Chatbot", "CRM", "ERP", "Firewall", "Shop", "Warehouse"]);
  });

  it("recomputes drivers that add up to each technology's axes and quadrant", () => {
    for (const e of entries) {
      const d = e.drivers;
      const scores = timeScores({ alignmentScore: d.alignmentScore ?? 0, roi: d.roi ?? 0, riskScore: d.riskScore ?? 1, relativeCost: d.relativeCost });
      expect([scores.roiScore, scores.riskPct, scores.costPct], e.name).toEqual([d.roiScore, d.riskPct, d.costPct]);
      expect(scores.businessValue, e.name).toBeCloseTo(e.businessValue, 9);
      expect(scores.costRisk, e.name).toBeCloseTo(e.costRisk, 9);
      const again = explain.timeQuadrant({ alignmentScore: d.alignmentScore ?? 0, roi: d.roi ?? 0, riskScore: d.riskScore ?? 1, relativeCost: d.relativeCost });
      expect(again.value, e.name).toBe(e.quadrant);
    }
  });

  it("measures relative cost against the mean annualised TCO of the technologies in use (the proposed Idea left out)", () => {
    const annual = portfolio.map((t) => t.row.tcoCents / (t.horizonMonths / 12));
    const inUse = annual.filter((_, i) => portfolio[i].row.status !== "proposed");
    const mean = inUse.reduce((a, b) => a + b, 0) / inUse.length;
    const erp = entries.find((e) => e.name === "ERP")!;
    expect(erp.drivers.relativeCost).toBeCloseTo(annual[portfolio.findIndex((t) => t.row.name === "ERP")] / mean, 12);
    expect(entries.find((e) => e.name === "Firewall")!.drivers).toMatchObject({ roi: -1, alignmentScore: null });
  });

  it("places the sample in all four quadrants", () => {
    const byName = Object.fromEntries(entries.map((e) => [e.name, e.quadrant]));
    expect(byName).toMatchObject({ Shop: "invest", CRM: "invest", Warehouse: "migrate", ERP: "eliminate", Chatbot: "invest", Firewall: "tolerate" });
  });
});

describe("buildQuadrantLists", () => {
  it("keeps map order and lists the clearest case first, then by name", () => {
    const lists = buildQuadrantLists([
      entry("Edge", "invest", 51, 49, 100),
      entry("Star", "invest", 90, 10, 200),
      entry("Alpha", "invest", 70, 30),
      entry("Beta", "invest", 60, 20), // same depth as Alpha: by name
      entry("Drop", "eliminate", 5, 95),
      entry("Meh", "eliminate", 45, 55),
      entry("Keep", "tolerate", 10, 10),
    ]);
    expect(lists.map((l) => l.quadrant)).toEqual(TIME_ORDER);
    expect(TIME_ORDER).toEqual(["invest", "migrate", "tolerate", "eliminate"]);
    expect(lists[0].entries.map((e) => e.name)).toEqual(["Star", "Alpha", "Beta", "Edge"]);
    expect(lists[0].runRateCents).toBe(300);
    expect(lists[1].entries).toEqual([]);
    expect(lists[3].entries.map((e) => e.name)).toEqual(["Drop", "Meh"]);
  });

  it("puts every entry in exactly one list", () => {
    const lists = buildQuadrantLists(entries);
    expect(lists.flatMap((l) => l.entries.map((e) => e.id)).sort()).toEqual(entries.map((e) => e.id).sort());
    for (const l of lists) for (const e of l.entries) expect(e.quadrant).toBe(l.quadrant);
  });
});

describe("depthInQuadrant", () => {
  it("is the distance past both dividing lines, toward the quadrant's corner", () => {
    expect(depthInQuadrant({ quadrant: "invest", businessValue: 80, costRisk: 20 })).toBe(60);
    expect(depthInQuadrant({ quadrant: "migrate", businessValue: 80, costRisk: 70 })).toBe(50);
    expect(depthInQuadrant({ quadrant: "tolerate", businessValue: 40, costRisk: 40 })).toBe(20);
    expect(depthInQuadrant({ quadrant: "eliminate", businessValue: 0, costRisk: 100 })).toBe(100);
  });
});

describe("timeRules", () => {
  it("states lib/finance's thresholds and formula", () => {
    const rules = timeRules();
    expect(rules.thresholds).toBe(TIME_RULES);
    expect(rules.formula).toContain("alignment");
    expect(rules.quadrants.map((q) => q.quadrant)).toEqual(TIME_ORDER);
    expect(rules.quadrants[1].rule).toBe(`business value ≥ ${TIME_RULES.valueHigh} and cost & risk ≥ ${TIME_RULES.costRiskHigh}`);
  });
});
