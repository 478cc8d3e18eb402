import { describe, expect, it } from "vitest";
import type { DashboardAlerts } from "@/lib/dashboard/types";
import { MAX_TOP_ACTIONS, rankTopActions } from "./top-actions";

const none: DashboardAlerts = { kpisTurningRed: [], belowExpectedRoi: [], offPlan: [], renewals: [], goalsWithoutTechnology: [] };
const renewal = (name: string, daysToRenewal: number, daysToNotice: number | null = null) => ({
  investmentId: `tech-${name}`,
  name,
  renewalDate: `renewal-of-${name}`,
  noticeDeadline: daysToNotice === null ? null : `notice-of-${name}`,
  daysToNotice,
  daysToRenewal,
});

const fixture: DashboardAlerts = {
  kpisTurningRed: [{ id: "k-csat", name: "CSAT", perspective: "customer", attainment: 0.4, previousRag: "amber" }],
  offPlan: [
    { id: "t-late", name: "Chatbot", offPlanCents: 10_000, detail: "spent 2,000 against 1,900 planned" },
    { id: "t-later", name: "Portal", offPlanCents: 90_000, detail: "" },
  ],
  belowExpectedRoi: [
    { id: "t-small-loss", name: "Wiki", reason: "negative_npv", npvCents: -5_000, roi: -0.1, detail: "" },
    { id: "t-big-loss", name: "ERP", reason: "negative_npv", npvCents: -900_000, roi: -0.4, detail: "" },
  ],
  renewals: [renewal("CRM", 80, 50), renewal("Email", 25), renewal("Payroll", 60, 10), renewal("Phones", 70, -5)],
  goalsWithoutTechnology: [
    { id: "g-2", title: "Zero paper", perspective: "internal_process" },
    { id: "g-1", title: "Grow online revenue", perspective: "financial" },
  ],
};

describe("rankTopActions", () => {
  it("puts deadlines within 30 days first, then red KPIs, losses, later deadlines and unserved goals", () => {
    const { actions, total } = rankTopActions(fixture, [{ id: "k-nps", name: "NPS", perspective: "customer", attainment: 0.1 }], 100);
    expect(actions.map((a) => `${a.kind}:${a.subject}`)).toEqual([
      "renewal:Payroll", // notice in 10 days
      "renewal:Email", // renews in 25 days, no notice period
      "kpi_red:NPS", // furthest from target first
      "kpi_red:CSAT",
      "below_roi:ERP", // most negative NPV first
      "below_roi:Wiki",
      "off_plan:Portal", // furthest off plan first, after the losses
      "off_plan:Chatbot",
      "renewal:CRM", // notice in 50 days
      "renewal:Phones", // notice passed: renews in 70 days
      "goal_unserved:Grow online revenue",
      "goal_unserved:Zero paper",
    ]);
    expect(total).toBe(12);
  });

  it("keeps at most five and says how many there were", () => {
    const { actions, total } = rankTopActions(fixture, []);
    expect(actions).toHaveLength(MAX_TOP_ACTIONS);
    expect(total).toBe(11);
    expect(actions.map((a) => a.subject)).toEqual(["Payroll", "Email", "CSAT", "ERP", "Wiki"]);
  });

  it("acts on the notice deadline while it is ahead, on the renewal once it has passed", () => {
    const { actions } = rankTopActions({ ...none, renewals: [renewal("Payroll", 60, 10), renewal("Phones", 70, -5)] }, []);
    expect(actions[0]).toMatchObject({ subject: "Payroll", dueDate: "notice-of-Payroll", daysLeft: 10, noticeDeadline: true });
    expect(actions[1]).toMatchObject({ subject: "Phones", dueDate: "renewal-of-Phones", daysLeft: 70, noticeDeadline: false });
  });

  it("lists a KPI once when it is both red at the quarter's end and turned red last month", () => {
    const { actions } = rankTopActions(fixture, [{ id: "k-csat", name: "CSAT", perspective: "customer", attainment: 0.35 }], 100);
    const red = actions.filter((a) => a.kind === "kpi_red");
    expect(red).toHaveLength(1);
    expect(red[0].attainment).toBe(0.35);
  });

  it("is empty when nothing needs attention", () => {
    expect(rankTopActions(none, [])).toEqual({ actions: [], total: 0 });
  });
});
