import { describe, expect, it } from "vitest";
import { planTemplateCopy, type GoalTemplate, type KpiTemplate } from "./plan";

const kpi = (name: string): KpiTemplate => ({ name, perspective: "customer", unit: "score", direction: "higher", baseline: "0", target: "50", targetDate: null, weight: "1" });
const goal = (title: string): GoalTemplate => ({ title, perspective: "financial", weight: 10, targetText: "x", targetDate: null });

describe("planTemplateCopy", () => {
  it("adds what the target lacks and skips names it has, in any case and spacing", () => {
    const plan = planTemplateCopy({
      sourceKpis: [kpi("CSAT"), kpi("NPS"), kpi("Churn")],
      sourceGoals: [goal("Grow revenue"), goal("Keep staff")],
      targetKpiNames: ["nps", " churn "],
      targetGoalTitles: ["KEEP STAFF"],
    });
    expect(plan.kpis.add.map((k) => k.name)).toEqual(["CSAT"]);
    expect(plan.kpis.skip).toEqual(["NPS", "Churn"]);
    expect(plan.goals.add).toEqual([goal("Grow revenue")]);
    expect(plan.goals.skip).toEqual(["Keep staff"]);
  });

  it("adds only the first of two source names that differ only in case", () => {
    const plan = planTemplateCopy({ sourceKpis: [kpi("NPS"), kpi("nps")], sourceGoals: [], targetKpiNames: [], targetGoalTitles: [] });
    expect(plan.kpis.add.map((k) => k.name)).toEqual(["NPS"]);
    expect(plan.kpis.skip).toEqual(["nps"]);
  });
});
