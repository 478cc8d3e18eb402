import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { actualBenefits, actualCosts, benefitItems, costItems, investments, organizations } from "@/db/schema";
import { seedDemo } from "@/db/seed";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { AppError } from "@/lib/errors";
import { createInvestment, createTenant } from "@/test/factories";
import { addKpi as addKpiRow } from "@/test/fixtures/kpis";
import { getBeforeAfter, getBenefitsRealised } from "./view";

// The seeded story in miniature: a chatbot went live in Jul 2025, nine months before "today" (Apr 2026),
// and CSAT rose from about 79% to about 88%. Values run to Mar 2026.
const today = new Date("2026-04-15T12:00:00Z");

/** The chatbot's KPIs run from a baseline of 78 to a target of 90 unless told otherwise. */
const addKpi = (ctx: TenantCtx, name: string, values: Record<string, number>, overrides: Parameters<typeof addKpiRow>[3] = {}) =>
  addKpiRow(ctx, name, values, { baseline: "78", target: "90", ...overrides });

/** Consecutive months from `first` ('YYYY-MM-01'). */
function months(first: string, values: number[]): Record<string, number> {
  return Object.fromEntries(
    values.map((v, i) => {
      const d = new Date(`${first}T00:00:00Z`);
      d.setUTCMonth(d.getUTCMonth() + i);
      return [d.toISOString().slice(0, 10), v];
    }),
  );
}

const CSAT_BEFORE = [78.6, 79.4, 78.9, 79.1, 79.5, 78.8, 79.2, 79.0, 78.7, 79.3, 79.1, 78.9]; // Jul 2024 – Jun 2025
const CSAT_AFTER = [86.9, 87.6, 88.1, 87.8, 88.6, 88.9, 89.2, 88.5]; // Aug 2025 – Mar 2026

/** A workspace with the chatbot (2,000.00 up front in Jun 2025, 149.00 a month and 1,000.00 of benefits a month from Jul 2025). */
async function chatbotWorkspace() {
  const ctx = await createTenant("owner", { currency: "GBP" });
  const chatbot = await createInvestment(ctx, { name: "AI website chatbot", category: "cx_automation", goLiveDate: "2025-07-01", usefulLifeMonths: 36 });
  await db.insert(costItems).values([
    { orgId: ctx.orgId, investmentId: chatbot.id, category: "implementation", kind: "one_time", amountCents: 200_000, startMonth: "2025-06-01" },
    { orgId: ctx.orgId, investmentId: chatbot.id, category: "subscription", kind: "recurring", frequency: "monthly", amountCents: 14_900, startMonth: "2025-07-01" },
  ]);
  await db
    .insert(benefitItems)
    .values({ orgId: ctx.orgId, investmentId: chatbot.id, category: "labour_savings", kind: "recurring", frequency: "monthly", amountCents: 100_000, startMonth: "2025-07-01" });
  const csat = await addKpi(ctx, "CSAT", { ...months("2024-07-01", CSAT_BEFORE), "2025-07-01": 60, ...months("2025-08-01", CSAT_AFTER) }, { investmentId: chatbot.id });
  const nps = await addKpi(ctx, "Client NPS", {}, { investmentId: chatbot.id, unit: "score", baseline: "28", target: "50" });
  await addKpi(ctx, "Unlinked", months("2024-01-01", [1, 2, 3]));
  const crm = await createInvestment(ctx, { name: "CRM without KPIs", goLiveDate: "2025-01-01" });
  const planned = await createInvestment(ctx, { name: "Analytics (no go-live yet)", status: "proposed", goLiveDate: null });
  await addKpi(ctx, "Dashboards used", months("2026-01-01", [10, 12]), { investmentId: planned.id, unit: "count", baseline: "0", target: "40" });
  // The chatbot's benefit line is realised through CSAT: a point above the 78 baseline is worth £100 a month.
  await db.update(benefitItems).set({ kpiId: csat.id, valuePerUnitCents: 10_000 }).where(eq(benefitItems.investmentId, chatbot.id));
  await db.insert(actualCosts).values({ orgId: ctx.orgId, investmentId: chatbot.id, bookedOn: "2025-06-20", amountCents: 210_000, payee: "Botly", source: "typed", fingerprint: `typed:${chatbot.id}` });
  // The CRM planned no benefit, but a month of it was entered.
  await db.insert(actualBenefits).values({ orgId: ctx.orgId, investmentId: crm.id, month: "2026-02-01", amountCents: 50_000, description: "Upsell" });
  return { ctx, chatbot, csat, nps, crm, planned };
}

// CSAT − 78 from Jun 2025 (the chatbot's first payment) on: June's 0.9 is nobody's (it goes live in July), −18
// (July's 60), then 8.9 … 10.5 to Mar 2026.
const CSAT_POINTS = [0, -18, ...CSAT_AFTER.map((v) => Math.round((v - 78) * 10) / 10)];
const realisedTo = (monthsSinceJune: number) => CSAT_POINTS.slice(0, monthsSinceJune).reduce((a, p) => a + Math.round(p * 10_000), 0);

/** "Not yours" and "does not exist" are the same answer: an AppError coded not_found. */
const rejectsAsNotFound = (view: Promise<unknown>) => expect(view).rejects.toSatisfy((e) => e instanceof AppError && e.code === "not_found");

describe("getBenefitsRealised", () => {
  it("sets each technology's planned benefits to date beside what it realised in money, at the last complete month by default", async () => {
    const { ctx, chatbot, crm } = await chatbotWorkspace();
    const view = await getBenefitsRealised(ctx, {}, today);
    expect(view.month).toBe("2026-03-01");
    expect(view.bounds).toEqual({ earliest: "2025-01-01", latest: "2026-03-01" });
    // Technologies that planned or realised a benefit; the analytics proposal did neither.
    expect(view.rows.map((r) => r.id)).toEqual([chatbot.id, crm.id]);

    const [row, crmRow] = view.rows;
    // Since June 2025 (the first payment): planned 9 × £1,000 of benefits, 2,000 + 9 × 149 of costs; paid 2,100.
    const realised = realisedTo(10);
    expect(realised).toBe(636_000);
    expect(row.figures).toMatchObject({ month: "2026-03-01", since: "2025-06-01", hasBenefitActuals: true, hasCostActuals: true });
    expect(row.figures.toDate).toMatchObject({ plannedBenefitCents: 900_000, realisedBenefitCents: realised, plannedCostCents: 334_100, actualCostCents: 210_000 });
    expect(row.figures.toDate.realisedRoi).toBeCloseTo((realised - 210_000) / 210_000, 10);
    expect(row.realisation).toBeCloseTo(realised / 900_000, 10);
    expect(row).toMatchObject({ realisationStatus: "behind_plan", realisedBySource: { fromKpisCents: realised, enteredCents: 0 } });
    expect(row.atMonth).toEqual({ plannedCents: 100_000, realised: { fromKpisCents: 105_000, enteredCents: 0 } });
    expect(row.kpiInputs).toMatchObject([{ kpiName: "CSAT", value: 88.5, baseline: 78, valuePerUnitCents: 10_000, share: 1, units: 10.5, cents: 105_000 }]);

    // Entered only, nothing planned: realised without a realisation ratio or a status.
    expect(crmRow.figures.toDate).toMatchObject({ plannedBenefitCents: 0, realisedBenefitCents: 50_000 });
    expect(crmRow).toMatchObject({ realisation: null, realisationStatus: null, realisedBySource: { fromKpisCents: 0, enteredCents: 50_000 }, atMonth: { realised: null } });
    expect(view.totals).toEqual({ plannedBenefitCents: 900_000, realisedBenefitCents: realised + 50_000, withActuals: 2, withoutActuals: 0 });
  });

  it("reads the actuals as they stood at the chosen month, and never fails on a bad month", async () => {
    const { ctx } = await chatbotWorkspace();
    const dec = await getBenefitsRealised(ctx, { month: "2025-12" }, today);
    expect(dec.month).toBe("2025-12-01");
    expect(dec.rows[0].figures.toDate).toMatchObject({ plannedBenefitCents: 600_000, realisedBenefitCents: realisedTo(7) });
    expect(dec.rows[0].kpiInputs.map((i) => i.value)).toEqual([88.6]);
    // The CRM planned no benefit and its February amount is after December: not on the page then.
    expect(dec.rows).toHaveLength(1);
    expect(dec.totals).toMatchObject({ withActuals: 1, withoutActuals: 0 });
    for (const month of ["junk", "2026-13", ["2025-12", "2026-01"]] as const) {
      expect((await getBenefitsRealised(ctx, { month: month as string | string[] }, today)).month).toMatch(/^20\d\d-\d\d-01$/);
    }
    expect((await getBenefitsRealised(ctx, { month: "2031-01" }, today)).month).toBe("2026-03-01");
    expect((await getBenefitsRealised(ctx, { month: "2020-01" }, today)).month).toBe("2025-01-01");
  });

  it("shows the last complete month, not the current one, when no month is asked for", async () => {
    const { ctx } = await chatbotWorkspace();
    const march = new Date("2026-03-20T12:00:00Z");
    const view = await getBenefitsRealised(ctx, {}, march);
    expect(view.month).toBe("2026-02-01");
    expect(view.bounds.latest).toBe("2026-02-01");
    expect(view.rows[0].kpiInputs.map((i) => i.value)).toEqual([89.2]);
  });

  it("a KPI that got worse realises a loss, never clamped", async () => {
    const { ctx } = await chatbotWorkspace();
    const july = await getBenefitsRealised(ctx, { month: "2025-07" }, today);
    expect(july.rows[0].atMonth.realised).toEqual({ fromKpisCents: -180_000, enteredCents: 0 });
    // June's CSAT above the baseline is nobody's: the chatbot went live in July.
    expect(july.rows[0].figures.toDate.realisedBenefitCents).toBe(-180_000);
  });

  it("says there are no actuals where nothing was measured or entered, and shows the plan", async () => {
    const ctx = await createTenant();
    const tool = await createInvestment(ctx, { name: "Planned only", goLiveDate: "2025-01-01" });
    await db.insert(benefitItems).values({ orgId: ctx.orgId, investmentId: tool.id, category: "cost_reduction", kind: "recurring", frequency: "monthly", amountCents: 5_000, startMonth: "2025-01-01" });
    await createInvestment(ctx, { name: "Nothing planned" });
    const view = await getBenefitsRealised(ctx, { month: "2025-03" }, today);
    expect(view.rows.map((r) => r.name)).toEqual(["Planned only"]);
    expect(view.rows[0].figures).toMatchObject({ since: null, hasBenefitActuals: false, toDate: { plannedBenefitCents: 15_000, realisedBenefitCents: 0 } });
    expect(view.totals).toEqual({ plannedBenefitCents: 0, realisedBenefitCents: 0, withActuals: 0, withoutActuals: 1 });
  });
});

describe("getBeforeAfter", () => {
  it("compares the six months either side of go-live by default, leaving the go-live month out", async () => {
    const { ctx, chatbot } = await chatbotWorkspace();
    const view = await getBeforeAfter(ctx, chatbot.id, {}, today);
    if (view.state !== "ready") throw new Error(`expected a comparison, got ${view.state}`);
    expect(view.n).toBe(6);
    expect(view.window.before).toEqual(["2025-01-01", "2025-02-01", "2025-03-01", "2025-04-01", "2025-05-01", "2025-06-01"]);
    expect(view.window.after[5]).toBe("2026-01-01");
    expect(view.kpis.map((k) => k.name).sort()).toEqual(["CSAT", "Client NPS"]);
    const csat = view.kpis.find((k) => k.name === "CSAT")!;
    expect(csat.before.map((p) => p.value)).toEqual(CSAT_BEFORE.slice(6));
    expect(csat.after.map((p) => p.value)).toEqual(CSAT_AFTER.slice(0, 6)); // not July's 60
    expect(csat.verdict).toBe("stands_out");
    expect(csat.note).toMatch(/^CSAT rose from 79\.0% to 88\.0% \(\+9\.0 points, an improvement\) — it stands out from the month-to-month noise \(Welch t = /);
    expect(view.kpis.find((k) => k.name === "Client NPS")).toMatchObject({ verdict: "not_enough_data", before: [], after: [] });
    expect(view.figures.figures).toMatchObject({ month: "2026-03-01", toDate: { plannedBenefitCents: 900_000, realisedBenefitCents: realisedTo(10) } });
  });

  it("states its figures at the last complete month, not the current one, when no month is asked for", async () => {
    const { ctx, chatbot } = await chatbotWorkspace();
    const march = new Date("2026-03-20T12:00:00Z"); // values run to March, which is still under way
    const view = await getBeforeAfter(ctx, chatbot.id, {}, march);
    expect(view.figures.figures).toMatchObject({ month: "2026-02-01", toDate: { plannedBenefitCents: 800_000 } });
    expect(view.figures.kpiInputs.map((i) => i.value)).toEqual([89.2]);
    expect((await getBeforeAfter(ctx, chatbot.id, { month: "2026-02" }, march)).figures.figures.month).toBe("2026-02-01");
  });

  it("uses the months that exist when the after window is longer than the time since go-live", async () => {
    const { ctx, chatbot } = await chatbotWorkspace();
    const view = await getBeforeAfter(ctx, chatbot.id, { n: "12" }, today);
    if (view.state !== "ready") throw new Error(`expected a comparison, got ${view.state}`);
    const csat = view.kpis.find((k) => k.name === "CSAT")!;
    expect(csat.before).toHaveLength(12);
    expect(csat.after).toHaveLength(8);
    expect(csat.note).toContain("Only 8 of 12 months after go-live have values so far.");
    expect(csat.verdict).toBe("stands_out");
    expect((await getBeforeAfter(ctx, chatbot.id, { n: "99" }, today)).n).toBe(24);
    expect((await getBeforeAfter(ctx, chatbot.id, { n: "abc" }, today)).n).toBe(6);
  });

  it("says so when a technology has no go-live date or no linked KPIs", async () => {
    const { ctx, crm, planned } = await chatbotWorkspace();
    const noGoLive = await getBeforeAfter(ctx, planned.id, {}, today);
    expect(noGoLive).toMatchObject({ state: "no_go_live", technology: { id: planned.id, name: "Analytics (no go-live yet)" } });
    expect(noGoLive.figures.figures.hasBenefitActuals).toBe(false);
    expect(await getBeforeAfter(ctx, crm.id, {}, today)).toMatchObject({ state: "no_kpis", technology: { id: crm.id }, figures: { realisedBySource: { enteredCents: 50_000 } } });
  });

  it("answers not found for unknown and malformed ids", async () => {
    const { ctx } = await chatbotWorkspace();
    await rejectsAsNotFound(getBeforeAfter(ctx, "00000000-0000-4000-8000-000000000000", {}, today));
    await rejectsAsNotFound(getBeforeAfter(ctx, "1; drop table kpis", {}, today));
  });
});

describe("workspace isolation", () => {
  it("never shows one workspace another's technologies or KPI values", async () => {
    const a = await chatbotWorkspace();
    const b = await chatbotWorkspace();
    const bOnly = await createInvestment(b.ctx, { name: "B's secret tool", goLiveDate: "2025-01-01" });
    await addKpi(b.ctx, "B's KPI", months("2027-01-01", [1, 2]), { investmentId: bOnly.id, unit: "count", baseline: "0", target: "10" });

    await rejectsAsNotFound(getBeforeAfter(a.ctx, b.chatbot.id, {}, today));
    await rejectsAsNotFound(getBeforeAfter(a.ctx, bOnly.id, {}, today));

    const view = await getBenefitsRealised(a.ctx, {}, today);
    expect(view.rows.map((r) => r.id)).toEqual([a.chatbot.id, a.crm.id]);
    expect(view.rows[0].figures.toDate.realisedBenefitCents).toBe(realisedTo(10)); // B's identical chatbot does not share A's CSAT
    expect(JSON.stringify(view)).not.toMatch(new RegExp(`${b.chatbot.id}|${bOnly.id}|B's`));
    expect((await getBenefitsRealised(b.ctx, {}, today)).rows.map((r) => r.id)).toEqual([b.chatbot.id, b.crm.id]);
  });
});

describe("the demo's story", () => {
  it("shows the accounting practice's chatbot lifting CSAT beyond the noise, with 8 months after go-live so far", async () => {
    // Seeded as of Nov 2026: the chatbot went live 9 months earlier (Feb 2026); values run to Oct 2026.
    await seedDemo(db, { asOf: new Date("2026-11-01T00:00:00Z") });
    const [org] = await db.select().from(organizations).where(eq(organizations.slug, "ledger-and-co"));
    const ctx: TenantCtx = { orgId: org.id, userId: "00000000-0000-4000-8000-000000000001", role: "viewer", org: { slug: org.slug, name: org.name, currency: org.currency, locale: "en-US" } };
    const [chatbot] = await db.select().from(investments).where(and(eq(investments.orgId, org.id), eq(investments.name, "AI website chatbot")));
    const asOf = new Date("2026-11-15T12:00:00Z");

    const benefits = await getBenefitsRealised(ctx, {}, asOf);
    expect(benefits.month).toBe("2026-10-01");
    expect(benefits.rows.map((r) => r.name)).toContain("AI website chatbot");

    const six = await getBeforeAfter(ctx, chatbot.id, {}, asOf);
    if (six.state !== "ready") throw new Error(`expected a comparison, got ${six.state}`);
    const csat = six.kpis.find((k) => k.name === "Client satisfaction (CSAT)")!;
    expect(csat).toMatchObject({ verdict: "stands_out", tone: "better" });
    expect(csat.after).toHaveLength(6);
    expect(csat.note).toMatch(/^Client satisfaction \(CSAT\) rose from \d\d\.\d% to \d\d\.\d% \(\+\d+\.\d points, an improvement\) — it stands out/);

    const twelve = await getBeforeAfter(ctx, chatbot.id, { n: "12" }, asOf);
    if (twelve.state !== "ready") throw new Error(`expected a comparison, got ${twelve.state}`);
    for (const kpi of twelve.kpis) {
      expect(kpi.after).toHaveLength(8);
      expect(kpi.note).toContain("Only 8 of 12 months after go-live have values so far.");
    }
  });
});
