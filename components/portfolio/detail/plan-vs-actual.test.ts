import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { planVsActual, type PlanSeries, type TechnologyActuals } from "@/lib/actuals/plan-vs-actual";
import type { Formats } from "@/lib/format";
import { planVsActualFigures } from "@/lib/portfolio/plan-vs-actual-figures";
import type { KpiMoneyInput } from "@/lib/realisation/money-types";
import { PlanVsActualChart } from "./plan-vs-actual-chart";
import { PlanVsActualSection } from "./plan-vs-actual-section";

const usd: Formats = { locale: "en-US", currency: "USD" };
const eur: Formats = { locale: "de-DE", currency: "EUR" };
const plan: PlanSeries = { origin: "2026-01-01", costsCents: [100_000, 10_000, 10_000, 10_000], benefitsCents: [0, 0, 30_000, 30_000] };
const none: TechnologyActuals = { costsByMonth: new Map(), benefitsByMonth: new Map() };
const some: TechnologyActuals = {
  costsByMonth: new Map([
    ["2026-02-01", 12_345],
    ["2026-04-01", 10_000],
  ]),
  benefitsByMonth: new Map([["2026-03-01", { fromKpisCents: 20_000, enteredCents: 5_000 }]]),
};
const kpiInput: KpiMoneyInput = {
  investmentId: "t", month: "2026-03-01", kpiId: "k", kpiName: "Online orders", unit: "count", value: 140, baseline: 100, direction: "higher",
  attribution: "equal", valuePerUnitCents: 1_000, technologiesSharing: 2, share: 0.5, units: 20, cents: 20_000,
};

function render(actuals: TechnologyActuals, formats: Formats, inputs: KpiMoneyInput[] = []) {
  const figures = planVsActual(plan, actuals, "2026-04-01");
  return renderToStaticMarkup(createElement(PlanVsActualSection, { figures, explained: planVsActualFigures(figures, inputs, formats), formats }));
}

describe("the plan against actual section", () => {
  it("says there are no actuals yet and shows the plan, labelled", () => {
    const html = render(none, usd);
    expect(html).toContain("No actuals yet.");
    expect(html).toContain("The plan by month: no actuals recorded yet");
    expect(html).toContain("No payments recorded for this technology yet");
    expect(html).toContain("Plan $1,300");
    expect(html).not.toContain("plan-vs-actual-before");
  });

  it("shows what was paid and realised beside the plan, the variance and the months without actuals", () => {
    const html = render(some, usd, [kpiInput]);
    expect(html).not.toContain("No actuals yet.");
    expect(html).toContain("$223"); // 123.45 + 100.00, rounded for display
    expect(html).toContain("Plan $300 · $77 under plan (25.5%)");
    expect(html).toContain("Before Feb 2026 nothing is recorded"); // the plan before the first actual is set apart
    expect(html).toContain("$1,000 of costs");
    expect(html).toContain("Feb 2026 to Apr 2026");
    // March: nothing paid though a cost was planned; April: a benefit planned and none realised.
    expect(html).toContain("1 without a planned payment, 1 without a planned benefit");
    expect(html).toContain("Online orders, Mar 2026");
    expect(html).toContain("(140 − baseline 100, higher is better) = 20 units of this technology&#x27;s share 50.0% (equal) × $10.00 per unit = $200");
  });

  it("writes the figures the workspace's way in de-DE", () => {
    const html = render(some, eur);
    expect(html).toContain("223\u00a0€");
    expect(html).toContain("77\u00a0€ under plan (25,5\u00a0%)");
    expect(html).toContain("Feb. 2026");
  });
});

describe("the plan-against-actual chart", () => {
  it("says in words when a side has nothing planned and nothing recorded, instead of an axis of zeros", () => {
    const empty = renderToStaticMarkup(
      createElement(PlanVsActualChart, {
        points: [{ month: "Jan", planned: 0, actual: null }, { month: "Feb", planned: 0, actual: 0 }],
        labels: { planned: "Planned benefit", actual: "Realised benefit" },
        colors: ["slate", "emerald"],
        formats: usd,
        ariaLabel: "Benefit by month",
      }),
    );
    expect(empty).toContain("Nothing planned and nothing recorded in these months.");
    const planned = renderToStaticMarkup(
      createElement(PlanVsActualChart, {
        points: [{ month: "Jan", planned: 500, actual: null }],
        labels: { planned: "Planned benefit", actual: "Realised benefit" },
        colors: ["slate", "emerald"],
        formats: usd,
        ariaLabel: "Benefit by month",
      }),
    );
    expect(planned).not.toContain("Nothing planned");
    expect(planned).toContain('aria-label="Benefit by month"');
  });
});
