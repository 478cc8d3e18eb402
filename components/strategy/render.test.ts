import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { formatMoney, formatPercent, type Formats } from "@/lib/format";
import { buildStrategyView } from "@/lib/strategy/build";
import type { StrategyFilters } from "@/lib/strategy/filters";
import { evaluate, oneTimeCost, samplePortfolio, technology } from "@/test/fixtures/strategy";
import { ROWS_PER_QUADRANT } from "./quadrant-lists";
import { TimeMapSection, ValueChainSection } from "./sections";

// The map's dots open a technology through the router; rendering to markup needs none mounted.
vi.mock("next/navigation", () => ({ useRouter: () => ({ push: vi.fn() }) }));

const view = buildStrategyView(samplePortfolio());
const noFilters: StrategyFilters = { quadrant: null, category: null };
const usd: Formats = { locale: "en-US", currency: "USD" };
const timeMap = (filters: StrategyFilters = noFilters, v = view, formats = usd) => renderToStaticMarkup(createElement(TimeMapSection, { view: v, slug: "acme", formats, filters }));
const chainHtml = renderToStaticMarkup(createElement(ValueChainSection, { view, formats: usd }));
const count = (html: string, needle: string) => html.split(needle).length - 1;
/** The markup of the element that carries `attr`, up to its closing tag (enough for these flat checks). */
const element = (html: string, attr: string, tag: string) => {
  const start = html.lastIndexOf(`<${tag}`, html.indexOf(attr));
  return html.slice(start, html.indexOf(`</${tag}>`, start));
};

describe("TimeMapSection", () => {
  const html = timeMap();

  it("draws the map and a list per quadrant, each technology linked with its drivers", () => {
    expect(html).toContain('data-testid="strategy-time-map"');
    expect(html).toContain('data-testid="time-map-dots" data-count="6"'); // the proposed Idea is not on the map
    expect(count(html, 'data-testid="quadrant-list"')).toBe(4);
    for (const q of ["invest", "migrate", "tolerate", "eliminate"]) expect(html).toContain(`data-quadrant="${q}"`);
    const invest = element(html, 'data-quadrant="invest"', "section");
    expect(invest).toContain('href="/w/acme/portfolio/inv-shop"');
    expect(invest).toContain("ROI 50.0%");
    expect(invest).not.toContain("Warehouse");
    expect(html).not.toContain("inv-idea");
    expect(element(html, 'data-quadrant="eliminate"', "section")).toContain("Highest risk 25/25");
  });

  it("explains the rules with lib/finance's thresholds", () => {
    expect(html).toContain('data-testid="time-rules"');
    expect(html).toContain("How is this computed?");
    expect(html).toContain("business value ≥ 50 and cost &amp; risk &lt; 50");
  });

  it("writes the drivers and the rules in the workspace's locale", () => {
    const de = timeMap(noFilters, view, { locale: "de-DE", currency: "EUR" });
    expect(element(de, 'data-quadrant="invest"', "section")).toContain("ROI 50,0\u00a0%");
    expect(de).toMatch(/ROI ÷ 100\u00a0%/);
  });

  it("narrows the lists to one quadrant, and the map and lists to one category", () => {
    const invest = timeMap({ quadrant: "invest", category: null });
    expect(count(invest, 'data-testid="quadrant-list"')).toBe(1);
    expect(invest).toContain('data-quadrant="invest"');
    expect(invest).toContain('aria-current="true"');
    const crm = timeMap({ quadrant: null, category: "crm" });
    expect(crm).toContain('data-testid="time-map-dots" data-count="1"');
    expect(count(crm, 'data-testid="quadrant-entry"')).toBe(1);
    const none = timeMap({ quadrant: null, category: "hardware" });
    expect(none).toContain('data-testid="strategy-time-empty"');
    expect(none).toContain('href="/w/acme/strategy"');
  });

  it("shows a long quadrant in part beside the map, with a link to all of it", () => {
    const many = buildStrategyView(evaluate(Array.from({ length: ROWS_PER_QUADRANT + 3 }, (_, i) => technology(`T${i}`, { costs: (id) => [oneTimeCost(id, 100_000)] }))));
    const html = timeMap(noFilters, many);
    expect(count(html, 'data-testid="quadrant-entry"')).toBe(ROWS_PER_QUADRANT);
    expect(html).toContain(`All ${ROWS_PER_QUADRANT + 3} in`);
    expect(count(timeMap({ quadrant: many.entries[0].quadrant, category: null }, many), 'data-testid="quadrant-entry"')).toBe(ROWS_PER_QUADRANT + 3);
  });
});

describe("ValueChainSection", () => {
  it("draws all nine activities, support and primary, coloured by ROI", () => {
    expect(chainHtml).toContain('data-testid="value-chain"');
    expect(count(chainHtml, 'data-testid="value-chain-activity"')).toBe(9);
    expect(chainHtml).toContain('data-activity="marketing_sales" data-tone="good"');
    expect(chainHtml).toContain('data-activity="operations" data-tone="loss"');
    expect(chainHtml).toContain('data-activity="hr_management" data-tone="none"');
  });

  it("flags where the money goes and where it pays", () => {
    expect(element(chainHtml, 'data-activity="operations" data-tone', "li")).toContain('data-testid="most-spend"');
    expect(element(chainHtml, 'data-activity="inbound_logistics" data-tone', "li")).toContain('data-testid="best-roi"');
    expect(count(chainHtml, 'data-testid="most-spend"')).toBe(1);
    expect(chainHtml).toContain("Most spend: <strong>Operations</strong>");
  });

  it("totals the table with the portfolio's figures", () => {
    const t = view.valueChain.totals;
    const total = element(chainHtml, 'data-testid="value-chain-total"', "tr");
    for (const figure of [formatMoney(t.runRateCents, usd), formatMoney(t.tcoCents, usd), formatMoney(t.benefitsCents, usd), formatPercent(t.roi!, "en-US"), formatMoney(t.npvCents, usd)]) {
      expect(total).toContain(figure);
    }
    expect(chainHtml).toContain('data-testid="value-chain-table"');
  });

  it("writes its figures in the workspace's locale", () => {
    const eur: Formats = { locale: "de-DE", currency: "EUR" };
    const t = view.valueChain.totals;
    const de = renderToStaticMarkup(createElement(ValueChainSection, { view, formats: eur }));
    const total = element(de, 'data-testid="value-chain-total"', "tr");
    expect(total).toContain(formatMoney(t.tcoCents, eur));
    expect(formatMoney(t.tcoCents, eur)).toMatch(/^[\d.]+\u00a0€$/);
    expect(de).toContain("25\u00a0% to 100\u00a0%");
  });
});
