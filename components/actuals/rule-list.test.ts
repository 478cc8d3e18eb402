import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import type { MatchRuleRow } from "@/db/queries/match-rules";

vi.mock("next/navigation", () => ({ useRouter: () => ({ push: vi.fn(), refresh: vi.fn() }) }));
vi.mock("@/lib/actuals/rule-actions", () => ({ createMatchRule: vi.fn(), updateMatchRule: vi.fn(), deleteMatchRule: vi.fn(), moveMatchRule: vi.fn() }));
const { RuleList, ruleSentence } = await import("./rule-list");

const rule = (id: string, overrides: Partial<MatchRuleRow> = {}): MatchRuleRow => ({
  id,
  position: 1,
  field: "payee",
  pattern: `Vendor ${id}`,
  investmentId: "t1",
  costCategory: null,
  version: 1,
  technologyName: "Web shop",
  ...overrides,
});

describe("ruleSentence", () => {
  it("says the rule as it is applied", () => {
    expect(ruleSentence(rule("a", { pattern: "Shopify", costCategory: "subscription" }))).toBe("Payee contains “Shopify” → Web shop, Subscription");
    expect(ruleSentence(rule("b", { field: "any", pattern: "zoom" }))).toBe("Payee, description or reference contains “zoom” → Web shop");
  });
});

describe("RuleList", () => {
  const rules = [rule("a"), rule("b", { position: 2 }), rule("c", { position: 3 })];
  const render = (canEdit: boolean) => renderToStaticMarkup(createElement(RuleList, { slug: "acme", rules, technologies: [], canEdit }));

  it("numbers the rules in order; the first cannot move up and the last cannot move down", () => {
    const html = render(true);
    expect(html.match(/data-testid="rule-row"/g)).toHaveLength(3);
    const buttons = [...html.matchAll(/<button[^>]*data-testid="move-rule-(up|down)"[^>]*>/g)].map(([tag, direction]) => `${direction}:${tag.includes(" disabled=\"\"") ? "off" : "on"}`);
    expect(buttons).toEqual(["up:off", "down:on", "up:on", "down:on", "up:on", "down:off"]);
  });

  it("shows a viewer the rules without their controls", () => {
    const html = render(false);
    expect(html).toContain("Vendor c");
    expect(html).not.toContain("move-rule-up");
    expect(html).not.toContain("delete-rule");
  });
});
