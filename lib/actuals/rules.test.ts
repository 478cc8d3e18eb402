import { describe, expect, it } from "vitest";
import { applyRules, suggestRules, vendorPattern, type PaymentText, type RuleLike } from "./rules";

const payment = (payee: string, description = "", reference = ""): PaymentText => ({ payee, description, reference });

function rule(id: string, position: number, field: RuleLike["field"], pattern: string, investmentId = `tech-${id}`): RuleLike {
  return { id, position, field, pattern, investmentId, costCategory: "subscription" };
}

describe("applyRules", () => {
  it("returns the first matching rule in position order, whatever order the list is in", () => {
    const rules = [rule("late", 2, "payee", "shop"), rule("early", 1, "payee", "shopify"), rule("never", 3, "payee", "nothing")];
    expect(applyRules(rules, payment("SHOPIFY* 1234"))?.id).toBe("early");
    expect(applyRules(rules, payment("Shop round the corner"))?.id).toBe("late");
  });

  it("matches case-insensitively, ignoring repeated spaces", () => {
    const rules = [rule("aws", 1, "payee", "Amazon Web Services")];
    expect(applyRules(rules, payment("AMAZON  WEB   SERVICES EMEA"))?.id).toBe("aws");
    expect(applyRules(rules, payment("amazon marketplace"))).toBeNull();
  });

  it("looks only at the rule's field; 'any' looks at payee, description and reference", () => {
    const rules = [rule("desc", 1, "description", "licence"), rule("ref", 2, "reference", "INV-77"), rule("any", 3, "any", "zoom")];
    expect(applyRules(rules, payment("Licence Corp"))).toBeNull();
    expect(applyRules(rules, payment("Acme", "Annual LICENCE fee"))?.id).toBe("desc");
    expect(applyRules(rules, payment("Acme", "", "inv-77/2025"))?.id).toBe("ref");
    expect(applyRules(rules, payment("Acme", "", "ZOOM.US 888"))?.id).toBe("any");
    expect(applyRules(rules, payment("Acme", "Zoom seats"))?.id).toBe("any");
  });

  it("keeps the given order for rules sharing a position and matches nothing without rules", () => {
    const rules = [rule("first", 1, "payee", "acme"), rule("second", 1, "payee", "acme")];
    expect(applyRules(rules, payment("ACME Ltd"))?.id).toBe("first");
    expect(applyRules([], payment("ACME Ltd"))).toBeNull();
  });

  it("ignores a blank pattern instead of matching every payment", () => {
    expect(applyRules([rule("blank", 1, "any", "   ")], payment("Anything"))).toBeNull();
  });
});

describe("vendorPattern", () => {
  it.each([
    ["Shopify Inc.", "Shopify"],
    ["SAP SE", "SAP"],
    ["Atlassian Pty Ltd", "Atlassian"],
    ["Muster GmbH & Co. KG", "Muster"],
    ["  HubSpot  ", "HubSpot"],
    ["Microsoft Corporation", "Microsoft"],
  ])("%s -> %s", (vendor, pattern) => {
    expect(vendorPattern(vendor)).toBe(pattern);
  });

  it("gives nothing for an empty or too short vendor", () => {
    expect(vendorPattern("")).toBe("");
    expect(vendorPattern("HP")).toBe("");
  });
});

describe("suggestRules", () => {
  const technologies = [
    { id: "shop", name: "Online shop", vendor: "Shopify Inc.", mainCostCategory: "subscription" as const },
    { id: "crm", name: "CRM", vendor: "HubSpot", mainCostCategory: null },
    { id: "erp", name: "ERP", vendor: "SAP SE", mainCostCategory: "licence" as const },
    { id: "none", name: "Spreadsheet", vendor: "", mainCostCategory: null },
  ];

  it("proposes a payee rule for each vendor found in unmatched payees, most payments first", () => {
    const payments = [payment("HUBSPOT INC"), payment("SHOPIFY* 123"), payment("shopify payments"), payment("Corner bakery")];
    expect(suggestRules(technologies, payments, [])).toEqual([
      { field: "payee", pattern: "Shopify", investmentId: "shop", costCategory: "subscription" },
      { field: "payee", pattern: "HubSpot", investmentId: "crm", costCategory: null },
    ]);
  });

  it("leaves out vendors whose payments existing rules already match", () => {
    const payments = [payment("SHOPIFY* 123"), payment("SAP Deutschland")];
    const existing = [rule("r1", 1, "any", "shopify", "shop")];
    expect(suggestRules(technologies, payments, existing)).toEqual([{ field: "payee", pattern: "SAP", investmentId: "erp", costCategory: "licence" }]);
  });

  it("does not look for the vendor in the description", () => {
    expect(suggestRules(technologies, [payment("Card payment", "Shopify monthly")], [])).toEqual([]);
  });

  it("proposes nothing for a vendor two technologies share", () => {
    const shared = [...technologies, { id: "pos", name: "Point of sale", vendor: "Shopify", mainCostCategory: null }];
    expect(suggestRules(shared, [payment("SHOPIFY* 123")], [])).toEqual([]);
  });
});
