import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { planBudget } from "@/lib/budget/plan";
import type { BudgetProposal } from "@/lib/budget/proposals";
import { EmptyBudget } from "./empty-state";
import { PlanCard } from "./plan-card";

// The form's server action is never called while rendering to markup.
vi.mock("@/lib/budget/actions", () => ({ optimizeProposals: vi.fn() }));
const { BudgetOptimizer } = await import("./budget-optimizer");

const p = (id: string, name: string, costUnits: number, npvUnits: number, roi: number | null): BudgetProposal => ({
  id,
  name,
  vendor: "",
  costCents: costUnits * 100,
  npvCents: npvUnits * 100,
  roi,
  alignmentScore: null,
  horizonMonths: 36,
  plainNpvCents: npvUnits * 100,
});
const proposals = [p("a", "Alpha", 6_000, 5_900, 1), p("b", "Bravo", 5_000, 4_000, 0.8), p("c", "Charlie", 5_000, 4_000, 0.8), p("d", "Dud", 500, -100, null)];
const comparison = planBudget(proposals, 10_000_00, "npv");
const usd = { locale: "en-US", currency: "USD" } as const;
const count = (html: string, testId: string) => html.split(`data-testid="${testId}"`).length - 1;

describe("PlanCard", () => {
  const optimal = renderToStaticMarkup(createElement(PlanCard, { plan: comparison.optimal, comparison, formats: usd, title: "Optimal plan", subtitle: "", testId: "plan-optimal" }));
  const naive = renderToStaticMarkup(createElement(PlanCard, { plan: comparison.naive, comparison, formats: usd, title: "Highest ROI first", subtitle: "", testId: "plan-naive" }));

  it("lists the funded technologies with cost, value and ROI, and the totals", () => {
    expect(count(optimal, "plan-chosen-row")).toBe(2);
    expect(optimal).toMatch(/Bravo<\/th><td[^>]*>\$5,000<\/td><td[^>]*>\$4,000<\/td><td[^>]*>80.0%<\/td>/);
    expect(optimal).toContain('data-testid="plan-optimal-cost">$10,000<');
    expect(optimal).toContain('data-testid="plan-optimal-value">$8,000<');
    expect(optimal).toContain('data-testid="plan-optimal-left">$0<');
  });

  it("writes its figures in the workspace's locale", () => {
    const de = renderToStaticMarkup(createElement(PlanCard, { plan: comparison.optimal, comparison, formats: { locale: "de-DE", currency: "EUR" }, title: "", subtitle: "", testId: "plan-optimal" }));
    expect(de).toMatch(/Bravo<\/th><td[^>]*>5\.000\u00a0€<\/td><td[^>]*>4\.000\u00a0€<\/td><td[^>]*>80,0\u00a0%<\/td>/);
    expect(de).toContain("Costs 500\u00a0€, worth -100\u00a0€.");
  });

  it("says what it leaves out and why, naming what a better combination displaces", () => {
    expect(count(optimal, "plan-left-out-row")).toBe(2);
    expect(optimal).toContain("Better combination");
    expect(optimal).toContain("Funding it would drop Bravo, Charlie and lose $2,100 of value.");
    expect(optimal).toContain("Left out because its risk-adjusted NPV is negative. Costs $500, worth -$100.");
    expect(count(naive, "plan-chosen-row")).toBe(1);
    expect(naive).toContain("Budget spent");
    expect(naive).toContain("higher-ROI picks (Alpha) left too little budget");
  });
});

describe("BudgetOptimizer", () => {
  const html = renderToStaticMarkup(createElement(BudgetOptimizer, { slug: "cafe", formats: usd, defaultBudget: "10000", initial: comparison }));

  it("opens with the form and the plans for the default budget", () => {
    for (const id of ["budget-input", "budget-objective", "optimize", "plan-optimal", "plan-naive", "plan-difference"]) expect(count(html, id)).toBe(1);
    expect(html).toMatch(/data-testid="budget-input"[^>]*value="10000"/);
    expect(html).toMatch(/checked="" value="npv"/);
    expect(html).toContain("The optimal plan is worth $2,100 more in risk-adjusted NPV than picking the highest ROI first ($8,000 against $5,900).");
  });

  it("shows why there are no plans when they could not be computed", () => {
    const none = renderToStaticMarkup(createElement(BudgetOptimizer, { slug: "cafe", formats: usd, defaultBudget: "0", initial: null, initialMessage: "Too many." }));
    expect(count(none, "plan-optimal")).toBe(0);
    expect(none).toContain("Too many.");
  });
});

describe("EmptyBudget", () => {
  it("links to adding a technology", () => {
    expect(renderToStaticMarkup(createElement(EmptyBudget, { slug: "cafe" }))).toContain('href="/w/cafe/portfolio/new"');
  });
});
