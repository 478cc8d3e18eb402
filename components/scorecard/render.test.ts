import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { Formats } from "@/lib/format";
import type { KpiView, PerspectiveView } from "@/lib/scorecard/types";
import { KpiTable } from "./kpi-table";
import { RagBadge } from "./rag-badge";

const us: Formats = { locale: "en-US", currency: "USD" };

const kpi: KpiView = {
  id: "k1",
  name: "Client satisfaction",
  perspective: "customer",
  unit: "percent",
  direction: "higher",
  baseline: 78,
  target: 90,
  targetDate: "2026-12-01",
  weight: 2,
  latest: { value: 88.5, period: "2026-03-01" },
  previous: { value: 87, period: "2026-02-01" },
  change: 1.5,
  changeTone: "better",
  attainment: 0.875,
  rag: "green",
  problem: null,
  sparkline: [],
  forecast: null,
  verdict: "on track",
  investment: { id: "t1", name: "AI website chatbot" },
  goal: { id: "g1", title: "Happier clients" },
};

const perspective = (kpis: KpiView[]): PerspectiveView => ({ perspective: "customer", score: 0.875, rag: "green", kpiCount: kpis.length, scoredCount: kpis.length, kpis });
const html = (p: PerspectiveView) => renderToStaticMarkup(createElement(KpiTable, { perspective: p, slug: "acme", formats: us }));

describe("KpiTable", () => {
  it("lists each KPI with its status, latest value, change, forecast verdict, target and technology", () => {
    const out = html(perspective([kpi, { ...kpi, id: "k2", name: "Unmeasured", latest: null, change: null, changeTone: null, rag: null, attainment: null, investment: null }]));
    expect(out).toContain('data-testid="section-kpis-customer"');
    expect(out.match(/data-testid="scorecard-kpi"/g)).toHaveLength(2);
    for (const text of ["Higher is better · weight 2 · Goal: Happier clients", "Green", "No data", "No value yet", "On track", "(better)", 'href="/w/acme/portfolio/t1"']) expect(out).toContain(text);
    expect(out).toMatch(/from 78(\.0)?%/);
  });

  it("says so when the perspective has no KPIs", () => {
    const out = html(perspective([]));
    expect(out).toContain("No KPIs in this perspective yet.");
    expect(out).not.toContain("<table");
  });
});

describe("RagBadge", () => {
  it("says the status in words and carries its test id", () => {
    expect(renderToStaticMarkup(createElement(RagBadge, { rag: "amber", testId: "rag" }))).toMatch(/data-testid="rag"[^>]*>Amber</);
    expect(renderToStaticMarkup(createElement(RagBadge, { rag: null }))).toContain(">No data<");
  });
});
