import { beforeAll, describe, expect, it } from "vitest";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { createInvestment, createTenant } from "@/test/factories";
import { deleteMatchRule, getMatchRule, insertRules, listMatchRules, moveMatchRule } from "./match-rules";

let a: TenantCtx;
let b: TenantCtx;
const ids = { shop: "", crm: "", bTech: "" };

beforeAll(async () => {
  a = await createTenant("owner");
  b = await createTenant("owner");
  ids.shop = (await createInvestment(a, { name: "Web shop" })).id;
  ids.crm = (await createInvestment(a, { name: "CRM" })).id;
  ids.bTech = (await createInvestment(b, { name: "B's tool" })).id;
});

describe("insertRules", () => {
  it("appends rules after the last one, in the order given, and lists them in applied order", async () => {
    await insertRules(a, [{ field: "payee", pattern: "Shopify", investmentId: ids.shop, costCategory: "subscription" }]);
    const added = await insertRules(a, [
      { field: "any", pattern: "HubSpot", investmentId: ids.crm, costCategory: null },
      { field: "description", pattern: "web shop", investmentId: ids.shop, costCategory: "maintenance" },
    ]);
    expect(added.map((r) => [r.pattern, r.position, r.orgId])).toEqual([
      ["HubSpot", 2, a.orgId],
      ["web shop", 3, a.orgId],
    ]);
    const listed = await listMatchRules(a);
    expect(listed.map((r) => [r.position, r.field, r.pattern, r.technologyName, r.costCategory])).toEqual([
      [1, "payee", "Shopify", "Web shop", "subscription"],
      [2, "any", "HubSpot", "CRM", null],
      [3, "description", "web shop", "Web shop", "maintenance"],
    ]);
    expect(await listMatchRules(b)).toEqual([]);
  });

  it("refuses a technology of another workspace, adding nothing", async () => {
    const before = await listMatchRules(a);
    await expect(insertRules(a, [{ field: "payee", pattern: "B tool", investmentId: ids.bTech, costCategory: null }])).rejects.toMatchObject({
      code: "invalid",
      fieldErrors: { investmentId: ["Choose one of your technologies."] },
    });
    expect(await listMatchRules(a)).toEqual(before);
  });

  it("adds nothing for an empty list", async () => {
    expect(await insertRules(a, [])).toEqual([]);
  });
});

describe("moveMatchRule and deleteMatchRule", () => {
  it("swaps a rule with its neighbour and does nothing at either end", async () => {
    const [first, second] = await listMatchRules(a);
    expect(await moveMatchRule(a, second.id, "up")).toEqual({ from: 2, to: 1 });
    expect((await listMatchRules(a)).map((r) => r.pattern)).toEqual(["HubSpot", "Shopify", "web shop"]);
    expect(await moveMatchRule(a, second.id, "up")).toBeNull();
    const last = (await listMatchRules(a)).at(-1)!;
    expect(await moveMatchRule(a, last.id, "down")).toBeNull();
    expect(await moveMatchRule(a, first.id, "down")).toEqual({ from: 2, to: 3 });
    expect((await listMatchRules(a)).map((r) => [r.position, r.pattern])).toEqual([
      [1, "HubSpot"],
      [2, "web shop"],
      [3, "Shopify"],
    ]);
  });

  it("does not see another workspace's rule", async () => {
    const [rule] = await listMatchRules(a);
    await expect(getMatchRule(b, rule.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(moveMatchRule(b, rule.id, "down")).rejects.toMatchObject({ code: "not_found" });
    await expect(deleteMatchRule(b, rule.id)).rejects.toMatchObject({ code: "not_found" });
    await deleteMatchRule(a, rule.id);
    expect((await listMatchRules(a)).map((r) => r.pattern)).toEqual(["web shop", "Shopify"]);
  });
});
