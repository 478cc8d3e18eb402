import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { Formats } from "@/lib/format";
import { beforeAfterWindow, compareKpi } from "@/lib/realisation/before-after";
import { buildMoneyBenefits } from "@/lib/realisation/benefits-money";
import type { LinkedKpi } from "@/lib/realisation/types";
import { BeforeAfterCard } from "./before-after-card";
import { BenefitsTable } from "./benefits-table";
import { WindowForm } from "./window-form";

const us: Formats = { locale: "en-US", currency: "USD" };

const plan = { origin: "2025-06-01", costsCents: [200_000, 14_900, 14_900], benefitsCents: [0, 100_000, 100_000] };
const tech = (id: string, name: string) => ({ origin: plan.origin, summary: { series: plan }, row: { id, name, status: "live" as const, goLiveDate: "2025-07-01" } });
const input = (kpiId: string, investmentId: string, month: string, share: number) => ({
  investmentId,
  month,
  kpiId,
  kpiName: "Cost per contact",
  unit: "currency" as const,
  value: 6.5,
  baseline: 8,
  direction: "lower" as const,
  attribution: "weighted" as const,
  valuePerUnitCents: 120_000,
  technologiesSharing: 2,
  share,
  units: 1.5 * share,
  cents: Math.round(180_000 * share),
});
const { rows } = buildMoneyBenefits(
  [tech("t1", "AI website chatbot"), tech("t2", "Help centre")],
  {
    costs: new Map([["t1", new Map([["2025-06-01", 210_000]])]]),
    realised: new Map([["t1", new Map([["2025-08-01", { fromKpisCents: 135_000, enteredCents: 5_000 }]])]]),
    inputs: [input("k1", "t1", "2025-08-01", 0.75)],
  },
  "2025-08-01",
);

describe("BenefitsTable", () => {
  const out = renderToStaticMarkup(createElement(BenefitsTable, { rows, slug: "acme", formats: us, month: "2025-08-01" }));

  it("links each technology to its before/after page at the month, with its money figures and status in words", () => {
    expect(out).toContain('data-testid="benefits-table"');
    expect(out.match(/data-testid="benefits-row"/g)).toHaveLength(2);
    for (const text of ['href="/w/acme/benefits/t1?month=2025-08"', 'data-testid="planned-benefits">$2,000', 'data-testid="realised-benefits">$1,400', "$1,350 / $50", "Behind plan", "70% of plan"]) {
      expect(out).toContain(text);
    }
    // (1,400 − 2,100) / 2,100 realised; (2,000 − 2,298) / 2,298 planned.
    expect(out).toContain('data-testid="realised-roi">-33.3%');
  });

  it("shows how the realised figure is computed from the KPI's value, baseline, value per unit and share", () => {
    expect(out).toContain("How is this computed?");
    expect(out).toContain("Cost per contact, Aug 2025");
    expect(out).toContain("6.5 against a baseline of 8 (lower is better): 1.5 better × $1,200.00 per unit × 75.0% (weighted by planned benefit, 2 technologies) = $1,350.00");
    expect(out).toContain("Entered for Aug 2025");
  });

  it("says a technology without actuals has none yet and shows its plan", () => {
    const helpCentre = out.slice(out.lastIndexOf('data-testid="benefits-row"'));
    expect(helpCentre).toContain("No actuals yet");
    expect(helpCentre).toContain('data-testid="planned-benefits">$2,000');
    expect(helpCentre).toContain("Not judged yet");
  });
});

describe("BeforeAfterCard", () => {
  const csat: LinkedKpi = { id: "k1", name: "CSAT", unit: "percent", direction: "higher", baseline: 78, target: 90 };
  const window = beforeAfterWindow("2025-07-01", 2);
  const kpi = compareKpi(
    csat,
    [
      { period: "2025-05-01", value: 79 },
      { period: "2025-06-01", value: 80 },
      { period: "2025-08-01", value: 88 },
      { period: "2025-09-01", value: 90 },
    ],
    window,
    us,
  );
  const out = renderToStaticMarkup(createElement(BeforeAfterCard, { kpi, window, formats: us }));

  it("shows the verdict, the note, both means and every month of the window", () => {
    for (const text of ['data-testid="before-after-kpi"', "Stands out", `data-testid="before-after-note">${kpi.note.replace(/'/g, "&#x27;")}`, "Mean before (2 mo.)", "Improved"]) expect(out).toContain(text);
    for (const month of ["May 2025", "Jun 2025", "Aug 2025", "Sep 2025"]) expect(out).toContain(month);
    expect(out.match(/<circle /g)).toHaveLength(4);
  });
});

describe("WindowForm", () => {
  it("marks the chosen N and keeps the month in every link and in the form", () => {
    const out = renderToStaticMarkup(createElement(WindowForm, { path: "/w/acme/benefits/t1", n: 6, month: "2026-03-01" }));
    expect(out).toMatch(/<a [^>]*href="\/w\/acme\/benefits\/t1\?n=6&amp;month=2026-03"[^>]*aria-current="true"|<a [^>]*aria-current="true"[^>]*href="\/w\/acme\/benefits\/t1\?n=6&amp;month=2026-03"/);
    expect(out.match(/aria-current/g)).toHaveLength(1);
    expect(out).toContain('name="month" value="2026-03"');
    expect(out).toContain('data-testid="before-after-n"');
    expect(out).toMatch(/<button type="submit"[^>]*>Compare<\/button>/);
  });
});
