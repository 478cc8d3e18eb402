import { describe, expect, it } from "vitest";
import { roi } from "@/lib/finance";
import { valueChainActivities } from "@/lib/domain/values";
import { evaluate, oneTimeBenefit, oneTimeCost, samplePortfolio, technology } from "@/test/fixtures/strategy";
import { activityKind, buildValueChain, PRIMARY_ACTIVITIES, roiTone, spendFigures, SUPPORT_ACTIVITIES } from "./value-chain";

const portfolio = samplePortfolio();
const chain = buildValueChain(portfolio);
const cell = (activity: string) => chain.activities.find((c) => c.activity === activity)!;
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe("buildValueChain", () => {
  it("lists all nine activities, primary first in Porter's order, then support", () => {
    expect(chain.activities.map((c) => c.activity)).toEqual([...PRIMARY_ACTIVITIES, ...SUPPORT_ACTIVITIES]);
    expect([...chain.activities.map((c) => c.activity)].sort()).toEqual([...valueChainActivities].sort());
    expect(chain.activities.filter((c) => c.kind === "primary").map((c) => c.activity)).toEqual(["inbound_logistics", "operations", "outbound_logistics", "marketing_sales", "service"]);
    expect(SUPPORT_ACTIVITIES).toEqual(["firm_infrastructure", "hr_management", "technology_development", "procurement"]);
    expect(activityKind("procurement")).toBe("support");
  });

  it("sums each activity's technologies and computes ROI on the sums, not as a mean of ROIs", () => {
    const ms = cell("marketing_sales");
    // Shop 15,000 on 10,000 (0.5) and CRM 50,000 on 30,000 (0.667): 65,000 on 40,000.
    expect(ms).toMatchObject({ count: 2, tcoCents: 4_000_000, costsCents: 4_000_000, benefitsCents: 6_500_000 });
    expect(ms.roi).toBeCloseTo(0.625, 12);
    expect(ms.roi).toBe(roi(6_500_000, 4_000_000));
    const techs = portfolio.filter((t) => t.row.valueChainActivity === "marketing_sales");
    expect(ms.npvCents).toBe(sum(techs.map((t) => t.row.npvCents)));
    expect(ms.runRateCents).toBe(sum(techs.map((t) => t.row.annualRunRateCents)));
  });

  it("has no ROI where nothing costs anything, and zeros where nothing is", () => {
    expect(cell("procurement")).toMatchObject({ count: 1, roi: null, tone: "none", tcoCents: 0 });
    expect(cell("hr_management")).toMatchObject({ count: 0, roi: null, runRateCents: 0, tcoCents: 0, benefitsCents: 0, npvCents: 0 });
    expect(cell("firm_infrastructure")).toMatchObject({ roi: -1, tone: "loss", benefitsCents: 0 });
  });

  it("adds up to the portfolio's totals, cell by cell and in total", () => {
    const rows = portfolio.map((t) => t.row);
    const expected = {
      count: portfolio.length,
      runRateCents: sum(rows.map((r) => r.annualRunRateCents)),
      tcoCents: sum(rows.map((r) => r.tcoCents)),
      benefitsCents: sum(portfolio.map((t) => t.summary.totalBenefitsCents)),
      costsCents: sum(portfolio.map((t) => t.summary.totalCostsCents)),
      npvCents: sum(rows.map((r) => r.npvCents)),
    };
    expect(chain.totals).toMatchObject(expected);
    expect(chain.totals.roi).toBe(roi(expected.benefitsCents, expected.costsCents));
    for (const key of Object.keys(expected) as (keyof typeof expected)[]) {
      expect(sum(chain.activities.map((c) => c[key])), key).toBe(expected[key]);
    }
  });

  it("points at the activity with the most spend and the one with the best ROI", () => {
    expect(chain.mostSpend).toBe("operations"); // ERP: 90,000 up front and 1,500 a month
    expect(chain.bestRoi).toBe("inbound_logistics"); // Warehouse: 300,000 on 120,000
    expect(cell("inbound_logistics").roi).toBeCloseTo(1.5, 12);
  });

  it("gives no leaders and no ROI for an empty portfolio", () => {
    const empty = buildValueChain([]);
    expect(empty.activities).toHaveLength(9);
    expect(empty.totals).toEqual({ count: 0, runRateCents: 0, tcoCents: 0, benefitsCents: 0, costsCents: 0, npvCents: 0, roi: null });
    expect(empty.mostSpend).toBeNull();
    expect(empty.bestRoi).toBeNull();
  });

  it("breaks ties for the lead in chain order", () => {
    const twin = (name: string, activity: "service" | "operations") =>
      technology(name, { valueChainActivity: activity, costs: (id) => [oneTimeCost(id, 100_000)], benefits: (id) => [oneTimeBenefit(id, 200_000)] });
    const tied = buildValueChain(evaluate([twin("B", "service"), twin("A", "operations")]));
    expect(tied.mostSpend).toBe("operations");
    expect(tied.bestRoi).toBe("operations");
  });
});

describe("spendFigures", () => {
  it("is the same arithmetic for any subset", () => {
    const shop = portfolio.filter((t) => t.row.name === "Shop");
    expect(spendFigures(shop)).toMatchObject({ count: 1, benefitsCents: 1_500_000, costsCents: 1_000_000, roi: 0.5 });
  });
});

describe("roiTone", () => {
  it("bands ROI: none, a loss, under 25%, under 100%, 100% and more", () => {
    expect([null, -0.01, 0, 0.2499, 0.25, 0.99, 1, 4].map(roiTone)).toEqual(["none", "loss", "low", "low", "good", "good", "strong", "strong"]);
  });
});
