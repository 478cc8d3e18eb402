import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { actualBenefits, benefitItems } from "@/db/schema";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { createInvestment, createTenant } from "@/test/factories";
import { addKpi } from "@/test/fixtures/kpis";
import { loadRealisedBenefits, loadRealisedDetail } from "./money";
import { loadActualBenefitEntries } from "./view";

/** A monthly benefit line of `investmentId` naming `kpiId` at `valuePerUnitCents`. */
async function nameKpi(ctx: TenantCtx, investmentId: string, kpiId: string | null, valuePerUnitCents: number | null, amountCents = 100_000) {
  await db.insert(benefitItems).values({
    orgId: ctx.orgId,
    investmentId,
    category: "cost_reduction",
    kind: "recurring",
    frequency: "monthly",
    amountCents,
    startMonth: "2025-01-01",
    kpiId,
    valuePerUnitCents,
  });
}

/** Accountants: a chatbot and a help centre both lower the cost per contact (€8.00 baseline), weighted 3 : 1 by plan. */
async function accountants() {
  const ctx = await createTenant("owner", { currency: "EUR" });
  const chatbot = await createInvestment(ctx, { name: "Chatbot", goLiveDate: "2025-03-10" });
  const helpCentre = await createInvestment(ctx, { name: "Help centre", goLiveDate: "2025-06-01" });
  const cafe = await createInvestment(ctx, { name: "Online ordering", goLiveDate: null });
  const kpi = await addKpi(
    ctx,
    "Cost per contact",
    { "2025-04-01": 7.5, "2025-05-01": 8.25, "2025-06-01": 6, "2026-01-01": 1 },
    { unit: "currency", direction: "lower", baseline: "8", target: "5", attribution: "weighted" },
  );
  await nameKpi(ctx, chatbot.id, kpi.id, 120_000, 300_000);
  await nameKpi(ctx, helpCentre.id, kpi.id, 120_000, 100_000);
  // A line without a KPI, and one naming a KPI without a value per unit: neither realises anything from KPIs.
  await nameKpi(ctx, helpCentre.id, null, null);
  await nameKpi(ctx, cafe.id, kpi.id, null);
  await db.insert(actualBenefits).values([
    { orgId: ctx.orgId, investmentId: cafe.id, month: "2025-05-01", amountCents: 250_000, description: "Online revenue" },
    { orgId: ctx.orgId, investmentId: cafe.id, month: "2025-05-01", amountCents: 10_000 },
    { orgId: ctx.orgId, investmentId: cafe.id, month: "2025-12-01", amountCents: 99 },
  ]);
  return { ctx, chatbot, helpCentre, cafe, kpi };
}

describe("loadRealisedBenefits", () => {
  it("per technology and month: KPI change × value per unit, split by planned benefit, beside amounts entered", async () => {
    const { ctx, chatbot, helpCentre, cafe } = await accountants();
    const money = await loadRealisedBenefits(ctx, { from: "2025-04-01", to: "2025-11-01" });
    expect(money.get(chatbot.id)).toEqual(
      new Map([
        // 0.5 better × €1,200 = €600 and −0.25 (worse) = −€300, all the chatbot's while the help centre is not
        // live yet; from June, when both are, 3/4 of 2 better × €1,200 = €2,400.
        ["2025-04-01", { fromKpisCents: 60_000, enteredCents: 0 }],
        ["2025-05-01", { fromKpisCents: -30_000, enteredCents: 0 }],
        ["2025-06-01", { fromKpisCents: 180_000, enteredCents: 0 }],
      ]),
    );
    expect(money.get(helpCentre.id)?.get("2025-06-01")).toEqual({ fromKpisCents: 60_000, enteredCents: 0 });
    // Before its go-live the help centre cannot have moved the KPI: no share, no month.
    expect(money.get(helpCentre.id)?.has("2025-04-01")).toBe(false);
    // Entered amounts inside the range only; Dec 2025 and the Jan 2026 KPI value are outside it.
    expect(money.get(cafe.id)).toEqual(new Map([["2025-05-01", { fromKpisCents: 0, enteredCents: 260_000 }]]));
  });

  it("explains every KPI figure with its inputs", async () => {
    const { ctx, chatbot } = await accountants();
    const { inputs } = await loadRealisedDetail(ctx, { from: "2025-06-01", to: "2025-06-01" });
    expect(inputs.find((i) => i.investmentId === chatbot.id)).toMatchObject({
      month: "2025-06-01",
      kpiName: "Cost per contact",
      value: 6,
      baseline: 8,
      direction: "lower",
      attribution: "weighted",
      valuePerUnitCents: 120_000,
      technologiesSharing: 2,
      share: 0.75,
      units: 1.5,
      cents: 180_000,
    });
  });

  it("reads only this workspace's lines, values and amounts", async () => {
    const mine = await accountants();
    const other = await createTenant("owner");
    const theirs = await createInvestment(other, { name: "Chatbot", goLiveDate: "2025-01-01" });
    const theirKpi = await addKpi(other, "Cost per contact", { "2025-06-01": 1 }, { direction: "lower", baseline: "8" });
    await nameKpi(other, theirs.id, theirKpi.id, 5);
    const money = await loadRealisedBenefits(mine.ctx, { from: "2025-01-01", to: "2026-12-01" });
    expect([...money.keys()].sort()).toEqual([mine.chatbot.id, mine.helpCentre.id, mine.cafe.id].sort());
    // A technology's entered amounts, newest month first; another workspace's technology lists none.
    const entries = (await loadActualBenefitEntries(mine.ctx, mine.cafe.id)).map((e) => [e.month, e.amountCents]);
    expect(entries[0]).toEqual(["2025-12-01", 99]);
    expect(entries.slice(1).sort()).toEqual([
      ["2025-05-01", 10_000],
      ["2025-05-01", 250_000],
    ]);
    expect(await loadActualBenefitEntries(other, mine.cafe.id)).toEqual([]);
    expect(await loadActualBenefitEntries(mine.ctx, "not-an-id")).toEqual([]);
    expect((await loadRealisedBenefits(other, { from: "2025-01-01", to: "2026-12-01" })).get(theirs.id)?.get("2025-06-01")).toEqual({
      fromKpisCents: 35,
      enteredCents: 0,
    });
  });
});
