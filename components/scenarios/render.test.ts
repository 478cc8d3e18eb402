import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import type { Formats } from "@/lib/format";
import type { ScenarioFigures } from "@/lib/scenarios/engine";
import { DEFAULT_SETTINGS } from "@/lib/scenarios/settings";

// Rendering to markup never calls the server actions.
vi.mock("@/lib/scenarios/actions", () => ({ saveScenario: vi.fn(), runScenarioMonteCarlo: vi.fn() }));
vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh: vi.fn() }) }));
const { CaseCard } = await import("./case-card");
const { NpvHistogram } = await import("./npv-histogram");

const figures = { npvCents: 1_234_567_00, irrAnnual: 0.1834, roi: 1.5, paybackMonths: 14.25 } as ScenarioFigures;
const view = { kind: "pessimistic" as const, id: "s1", name: "Portfolio — pessimistic", settings: DEFAULT_SETTINGS.pessimistic, figures };
const card = (formats: Formats, over: Partial<ScenarioFigures> = {}) =>
  renderToStaticMarkup(createElement(CaseCard, { slug: "cafe", scope: "portfolio", formats, view: { ...view, figures: { ...figures, ...over } }, canEdit: false }));
const testId = (html: string, id: string) => html.slice(html.indexOf(">", html.indexOf(`data-testid="${id}"`)) + 1, html.indexOf("</dd>", html.indexOf(`data-testid="${id}"`)));

describe("CaseCard", () => {
  it("shows the case's figures and settings in en-US", () => {
    const html = card({ locale: "en-US", currency: "USD" });
    expect(testId(html, "scenario-npv")).toBe("$1,234,567");
    expect(testId(html, "scenario-irr")).toBe("18.3%");
    expect(testId(html, "scenario-roi")).toBe("150.0%");
    expect(testId(html, "scenario-payback")).toBe("14.3 months");
    expect(html).toContain("× 0.7");
    expect(html).toContain("× 1.15");
    expect(html).toContain("80%");
    expect(testId(card({ locale: "en-US", currency: "USD" }, { paybackMonths: null }), "scenario-payback")).toBe("Not within the horizon");
  });

  it("writes them the workspace's way in de-DE, in English words", () => {
    const html = card({ locale: "de-DE", currency: "EUR" });
    expect(testId(html, "scenario-npv")).toBe("1.234.567\u00a0€");
    expect(testId(html, "scenario-irr")).toBe("18,3\u00a0%");
    expect(testId(html, "scenario-payback")).toBe("14,3 months");
    expect(html).toContain("× 1,15");
    expect(html).toContain("80\u00a0%");
  });
});

describe("NpvHistogram", () => {
  it("labels the bins and counts the draws in the locale", () => {
    const bins = [
      { fromCents: -500_000_00, toCents: 0, count: 1_200 },
      { fromCents: 0, toCents: 500_000_00, count: 8_800 },
    ];
    const html = renderToStaticMarkup(createElement(NpvHistogram, { bins, formats: { locale: "de-DE", currency: "EUR" } }));
    expect(html).toContain("NPV of 10.000 draws, from -500.000\u00a0€ to 500.000\u00a0€");
    expect(html).toContain("<td>8.800</td>");
  });
});
