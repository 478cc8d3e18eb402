import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { BenefitRows } from "./benefit-rows";
import { emptyBenefit } from "./form-values";

const kpis = [
  { id: "k-cpc", name: "Cost per contact", unit: "currency" },
  { id: "k-csat", name: "CSAT", unit: "percent" },
];
const render = (row: Partial<ReturnType<typeof emptyBenefit>>, errors: Record<string, string[]> = {}, list = kpis) =>
  renderToStaticMarkup(
    createElement(BenefitRows, {
      rows: [{ ...emptyBenefit(), ...row }],
      onChange: () => {},
      errors: (key: string) => errors[key],
      symbol: "€",
      formats: { locale: "de-DE", currency: "EUR" },
      kpis: list,
    }),
  );

describe("a benefit line's KPI fields", () => {
  it("offer the workspace's KPIs and the value per unit, worded by the chosen KPI's unit", () => {
    const html = render({ kpiId: "k-csat", valuePerUnit: "100" });
    expect(html).toContain("Realised through KPI");
    expect(html).toMatch(/<option value="">None — plan only<\/option>/);
    expect(html).toMatch(/<option value="k-csat" selected="">CSAT<\/option>/);
    expect(html).toContain("Value per unit of change");
    expect(html).toContain("What one percentage point better is worth");
    expect(html).toMatch(/value="100"/);
  });

  it("say there are no KPIs yet, and show the server's message beside the field", () => {
    const html = render({ valuePerUnit: "5" }, { "benefits.0.kpiId": ["Choose the KPI this value is per unit of, or clear the value."] }, []);
    expect(html).toMatch(/<option value="" selected="">No KPIs yet<\/option>/);
    expect(html).toContain("Choose the KPI this value is per unit of, or clear the value.");
  });
});
