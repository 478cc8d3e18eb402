import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { Formats } from "@/lib/format";
import { beforeAfterWindow, compareKpi } from "@/lib/realisation/before-after";
import type { BenefitsRow, LinkedKpi, RealisationFigures } from "@/lib/realisation/types";
import { BeforeAfterCard } from "./before-after-card";
import { BenefitsTable } from "./benefits-table";
import { WindowForm } from "./window-form";

const us: Formats = { locale: "en-US", currency: "USD" };

const figures: RealisationFigures = {
  month: "2026-03-01",
  monthsToDate: 10,
  costsToDateCents: 334_100,
  plannedBenefitsToDateCents: 900_000,
  realisedBenefitsToDateCents: 787_500,
  realisation: 0.875,
  kpisLinked: 2,
  kpisScored: 1,
  plannedRoiToDate: 1.6938,
  realisedRoiToDate: 1.357,
  planRoi: 4.2,
  status: "on_plan",
  kpis: [
    { id: "k1", name: "CSAT", unit: "percent", attainment: 0.875, latest: { period: "2026-03-01", value: 88.5 }, problem: null },
    { id: "k2", name: "Client NPS", unit: "score", attainment: null, latest: null, problem: null },
  ],
};

describe("BenefitsTable", () => {
  const row: BenefitsRow = { id: "t1", name: "AI website chatbot", status: "live", goLiveDate: "2025-07-01", figures };
  const out = renderToStaticMarkup(createElement(BenefitsTable, { rows: [row], slug: "acme", formats: us, month: "2026-03-01" }));

  it("links each technology to its before/after page at the month, with its figures and status in words", () => {
    expect(out).toContain('data-testid="benefits-table"');
    expect(out.match(/data-testid="benefits-row"/g)).toHaveLength(1);
    for (const text of ['href="/w/acme/benefits/t1?month=2026-03"', "CSAT <span", "(88%)", "(no value yet)", 'data-testid="planned-roi">169.4%', 'data-testid="realised-roi">135.7%', "On plan"]) expect(out).toContain(text);
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
