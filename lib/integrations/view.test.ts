import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { integrations } from "@/db/schema";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { AppError } from "@/lib/errors";
import { createInvestment, createTenant } from "@/test/factories";
import { getIntegrationMap, getTechnologyIntegrations } from "./view";

async function link(ctx: TenantCtx, from: string, to: string, description = "") {
  await db.insert(integrations).values({ orgId: ctx.orgId, fromInvestmentId: from, toInvestmentId: to, description });
}

async function code(run: () => Promise<unknown>) {
  try {
    await run();
  } catch (e) {
    return e instanceof AppError ? e.code : "other";
  }
  return "none";
}

/** POS → accounting → reporting; an unlinked CRM; a retired fax server without links. */
async function workspace() {
  const ctx = await createTenant();
  const [pos, accounting, reporting, crm] = await Promise.all(["Cloud POS", "Cloud accounting", "Reporting", "CRM"].map((name) => createInvestment(ctx, { name })));
  await createInvestment(ctx, { name: "Fax server", status: "retired" });
  await link(ctx, pos.id, accounting.id, "Sales");
  await link(ctx, accounting.id, reporting.id, "Ledger");
  return { ctx, pos, accounting, reporting, crm };
}

describe("getIntegrationMap", () => {
  it("lists the technologies, links, silos and dependents, leaving out retired technologies without links", async () => {
    const { ctx, pos, accounting, reporting, crm } = await workspace();
    const map = await getIntegrationMap(ctx);
    expect(map.nodes.map((n) => n.name)).toEqual(["CRM", "Cloud POS", "Cloud accounting", "Reporting"]);
    expect(map.edges.map((e) => [e.from, e.to])).toEqual([
      [pos.id, accounting.id],
      [accounting.id, reporting.id],
    ]);
    expect(map.silos).toEqual([crm.id]);
    expect(map.dependents[pos.id]).toMatchObject({ direct: 1, transitive: 2 });
    expect(map.dependents[reporting.id]).toMatchObject({ direct: 0, transitive: 0 });
  });
});

describe("getTechnologyIntegrations", () => {
  it("gives one technology's links both ways, what depends on it and the others to link to", async () => {
    const { ctx, pos, accounting, reporting } = await workspace();
    const view = await getTechnologyIntegrations(ctx, accounting.id.toUpperCase());
    expect(view.technology).toEqual({ id: accounting.id, name: "Cloud accounting" });
    expect(view.sendsTo).toEqual([{ id: expect.any(String), otherId: reporting.id, otherName: "Reporting", otherStatus: "live", description: "Ledger" }]);
    expect(view.receivesFrom.map((l) => l.otherName)).toEqual(["Cloud POS"]);
    expect(view.options.map((o) => o.name)).toEqual(["CRM", "Cloud POS", "Fax server", "Reporting"]);
    expect(view.dependents).toEqual({ direct: 1, transitive: 1, names: ["Reporting"] });
    expect((await getTechnologyIntegrations(ctx, pos.id)).dependents).toEqual({ direct: 1, transitive: 2, names: ["Cloud accounting", "Reporting"] });
  });

  it("answers not found for unknown and malformed ids", async () => {
    const { ctx } = await workspace();
    expect(await code(() => getTechnologyIntegrations(ctx, "00000000-0000-4000-8000-000000000000"))).toBe("not_found");
    expect(await code(() => getTechnologyIntegrations(ctx, "x' or 1=1"))).toBe("not_found");
  });
});
