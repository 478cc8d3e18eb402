import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { benefitItems, scenarios } from "@/db/schema";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { AppError } from "@/lib/errors";
import { evaluateScenario } from "@/lib/scenarios/engine";
import { DEFAULT_SETTINGS } from "@/lib/scenarios/settings";
import { addRecurringCost, createInvestment, createTenant } from "@/test/factories";
import { listPortfolio } from "@/lib/portfolio/view";
import { listScenarioCases, saveScenarioCase } from "./cases";
import { loadScenarioScope } from "./view";

let a: TenantCtx;
let crm: { id: string; name: string };
let erp: { id: string; name: string };

beforeAll(async () => {
  a = await createTenant("owner", { discountRate: "0.1" });
  crm = await createInvestment(a, { name: "CRM", goLiveDate: "2025-01-01" });
  erp = await createInvestment(a, { name: "ERP", goLiveDate: "2025-09-01" });
  for (const t of [crm, erp]) {
    await addRecurringCost(a, t.id, 20_000, "monthly", { startMonth: "2025-01-01" });
    await db.insert(benefitItems).values({ orgId: a.orgId, investmentId: t.id, category: "labour_savings", kind: "recurring", frequency: "monthly", amountCents: 35_000, startMonth: "2025-03-01" });
  }
});

describe("loadScenarioScope", () => {
  it("gives the portfolio every technology, the workspace's discount rate and the default cases", async () => {
    const scope = await loadScenarioScope(a, "portfolio");
    expect(scope).toMatchObject({ scope: "portfolio", investmentId: null, scopeName: "Portfolio", annualDiscountRate: 0.1 });
    expect(scope.technologies.map((t) => t.name)).toEqual(["CRM", "ERP"]);
    expect(scope.members).toHaveLength(2);
    expect(scope.cases.pessimistic).toEqual({ kind: "pessimistic", id: null, name: "Portfolio — pessimistic", settings: DEFAULT_SETTINGS.pessimistic });
  });

  it("gives one technology its own figures: at 1/1/0/1 the portfolio table's NPV", async () => {
    const scope = await loadScenarioScope(a, erp.id);
    expect(scope).toMatchObject({ scope: erp.id, investmentId: erp.id, scopeName: "ERP" });
    const row = (await listPortfolio(a)).find((r) => r.id === erp.id)!;
    expect(evaluateScenario(scope.members, DEFAULT_SETTINGS.likely, scope.annualDiscountRate).npvCents).toBe(row.npvCents);
  });

  it.each([["an unknown id", () => randomUUID()], ["a malformed id", () => "crm"]])("answers not found for %s", async (_label, id) => {
    await expect(loadScenarioScope(a, id())).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("saveScenarioCase and listScenarioCases", () => {
  it("keeps a technology's cases apart from the portfolio's, and the earliest row of a kind wins", async () => {
    const saved = await db.transaction(() =>
      saveScenarioCase(a, { scope: crm.id, kind: "likely", benefitMultiplier: 0.9, costMultiplier: 1.05, delayMonths: 1, adoptionRate: 0.95 }),
    );
    expect(saved).toMatchObject({ created: true, before: null, after: { investmentId: crm.id, kind: "likely", benefitMultiplier: 0.9 } });
    // A later duplicate (a seed, a race between two first saves) is not the case.
    await db.insert(scenarios).values({ orgId: a.orgId, investmentId: crm.id, name: "dup", kind: "likely", benefitMultiplier: "3" });
    const crmCases = await listScenarioCases(a, crm.id, "CRM");
    expect(crmCases.likely).toMatchObject({ id: saved.id, name: "CRM — likely", settings: { benefitMultiplier: 0.9, costMultiplier: 1.05, delayMonths: 1, adoptionRate: 0.95 } });
    expect((await listScenarioCases(a, null, "Portfolio")).likely.id).toBeNull();
    expect((await listScenarioCases(a, erp.id, "ERP")).likely.id).toBeNull();

    const again = await db.transaction(() => saveScenarioCase(a, { scope: crm.id, kind: "likely", benefitMultiplier: 1, costMultiplier: 1, delayMonths: 0, adoptionRate: 1 }));
    expect(again).toMatchObject({ id: saved.id, created: false, before: { benefitMultiplier: 0.9 }, after: { benefitMultiplier: 1 } });
  });

  it("refuses another workspace's technology", async () => {
    const b = await createTenant("owner");
    const bTech = await createInvestment(b);
    await expect(
      db.transaction(() => saveScenarioCase(a, { scope: bTech.id, kind: "likely", benefitMultiplier: 1, costMultiplier: 1, delayMonths: 0, adoptionRate: 1 })),
    ).rejects.toBeInstanceOf(AppError);
  });
});
