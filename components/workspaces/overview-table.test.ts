import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { WorkspaceOverviewRow } from "@/lib/workspaces/overview";
import { OverviewTable } from "./overview-table";

const none = { score: null, rag: null };
const row = (name: string, over: Partial<WorkspaceOverviewRow>): WorkspaceOverviewRow => ({
  slug: name.toLowerCase(),
  name,
  industry: "other",
  role: "owner",
  currency: "USD",
  locale: "en-US",
  month: "2026-06-01",
  lastMonthWithData: "2026-05-01",
  technologyCount: 1,
  roi: 0.125,
  npvCents: 123_456_00,
  annualSpendCents: 9_900_00,
  perspectives: { financial: { score: 0.72, rag: "amber" }, customer: none, internal_process: none, learning_growth: none },
  redKpis: 2,
  ...over,
});

const cell = (html: string, testId: string, from = 0) => {
  const start = html.indexOf(`data-testid="${testId}"`, from);
  return html.slice(html.indexOf(">", start) + 1, html.indexOf("</td>", start));
};

describe("OverviewTable", () => {
  it("writes each workspace's figures as its own dashboard does: its locale and currency", () => {
    const html = renderToStaticMarkup(
      createElement(OverviewTable, { rows: [row("Acme", {}), row("Brot", { currency: "EUR", locale: "de-DE" })], sort: { sort: "name", dir: "asc" } }),
    );
    const brot = html.indexOf('href="/w/brot/dashboard"');
    expect(cell(html, "workspace-roi")).toBe("12.5%");
    expect(cell(html, "workspace-npv")).toBe("$123,456");
    expect(cell(html, "workspace-roi", brot)).toBe("12,5\u00a0%");
    expect(cell(html, "workspace-npv", brot)).toBe("123.456\u00a0€");
    expect(cell(html, "workspace-spend", brot)).toBe("9.900\u00a0€");
    expect(html).toContain("May 2026");
    expect(html).toContain("Mai 2026");
    expect(html.slice(brot)).toContain("72\u00a0%");
  });
});
