import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { Formats } from "@/lib/format";
import { buildMoneyBenefits } from "@/lib/realisation/benefits-money";
import { BenefitsSection } from "./benefits-section";

const gb: Formats = { locale: "en-GB", currency: "GBP" };
const plan = { origin: "2026-01-01", costsCents: [50_000, 5_000, 5_000], benefitsCents: [0, 40_000, 40_000] };
const tech = (id: string, name: string) => ({ origin: plan.origin, summary: { series: plan }, row: { id, name, status: "live" as const, goLiveDate: "2026-01-01" } });
const { rows } = buildMoneyBenefits(
  [tech("t1", "Online ordering"), tech("t2", "Loyalty app")],
  {
    costs: new Map([["t1", new Map([["2026-01-01", 60_000]])]]),
    realised: new Map([["t1", new Map([["2026-02-01", { fromKpisCents: 10_000, enteredCents: 25_000 }], ["2026-03-01", { fromKpisCents: 0, enteredCents: 45_000 }]])]]),
    inputs: [],
  },
  "2026-03-01",
);

describe("the report's benefits section", () => {
  const html = renderToStaticMarkup(createElement(BenefitsSection, { rows, month: "2026-03-01", formats: gb }));

  it("sets the month's and the to-date planned benefit beside the realised one, by source, in money", () => {
    expect(html.match(/data-testid="report-benefits-row"/g)).toHaveLength(2);
    const ordering = html.slice(html.indexOf("Online ordering"), html.indexOf("Loyalty app"));
    for (const text of ["Planned, Mar 2026", "£400", "£450", "KPIs £0 · entered £450", "£800", "£800", "On plan"]) expect(html).toContain(text);
    // Realised 800 on 600 paid: ROI 33.3%.
    expect(ordering).toContain('data-testid="report-realised-roi">33.3%');
  });

  it("labels a technology without actuals and shows its plan alone", () => {
    const loyalty = html.slice(html.indexOf("Loyalty app"));
    expect(loyalty).toContain("No actuals yet");
    expect(loyalty).toContain("£800");
    expect(loyalty).toContain("Not judged yet");
  });

  it("says so when no technology plans or records a benefit", () => {
    expect(renderToStaticMarkup(createElement(BenefitsSection, { rows: [], month: "2026-03-01", formats: gb }))).toContain("No technology plans or records a benefit yet.");
  });
});
