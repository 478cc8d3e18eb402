// Cross-tenant cases for the actuals: every data function over payments, imported files, matching rules,
// actual benefits and KPI-realised benefits, called with workspace A's context and B's ids, answers "not
// found" (or refuses) or returns none of B's rows. B's rows are there to leak: each scoped case also checks
// that B itself sees them. Extend the table with every new data function over these tables.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { actualBenefits, actualCosts, actualImports, benefitItems, importPreferences, kpiMeasurements, kpis, matchRules } from "@/db/schema";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { parseLedgerParams } from "@/lib/actuals/ledger-params";
import { loadLedger, loadMatchRules } from "@/lib/actuals/view";
import { loadRealisedBenefits } from "@/lib/realisation/money";
import { createInvestment, createTenant } from "@/test/factories";
import { deleteActualBenefit, insertActualBenefit, listActualBenefits, sumActualBenefitsByMonth, updateActualBenefit } from "./actual-benefits";
import { findExistingFingerprints, listActualImports, listTechnologiesForMatching } from "./actual-imports";
import { deleteActualCost, getActualCost, getLedgerOverview, insertTypedCost, listLedgerPage, listUnmatchedTexts, matchCosts, updateActualCost, type LedgerQuery } from "./actuals";
import { actualCostsByMonth, unmatchedActualsTotal } from "./actuals-summary";
import { findImportPreference } from "./import-preferences";
import { deleteMatchRule, getMatchRule, insertRules, listMatchRules, moveMatchRule, updateMatchRule } from "./match-rules";
import { listKpiBenefitLines, listNamedKpiValuesBetween } from "./realisation";
import { loadWorkspaceRows } from "./workspace-data";

type Side = { ctx: TenantCtx; techId: string; kpiId: string; ruleId: string; benefitId: string; importId: string; fingerprint: string; paymentIds: string[] };
type World = { a: Side; b: Side };

const RANGE = { from: "2026-01-01", to: "2026-12-01" };
/** Everything B holds is named or valued so that a leak into one of A's answers shows. */
const B_SECRET = /B's|b-secret|\b7777777\b|\b15555554\b|\b4242424\b/;

/**
 * One workspace's actuals: a technology with a KPI-linked benefit line, a matched and an unmatched payment from
 * one file, a rule, an entered benefit. Both unmatched payments are to QUOKKACO, B's technology's vendor: B
 * may be offered a rule for it, A never.
 */
async function arrangeSide(name: "A" | "B", cents: number): Promise<Side> {
  const ctx = await createTenant("owner");
  const tech = await createInvestment(ctx, { name: `${name}'s shop`, vendor: name === "A" ? "Alphaco" : "Quokkaco", goLiveDate: "2025-06-01" });
  const [kpi] = await db
    .insert(kpis)
    .values({ orgId: ctx.orgId, name: `${name}'s orders`, perspective: "customer", unit: "count", direction: "higher", baseline: "100", target: "200", investmentId: tech.id })
    .returning();
  await db.insert(kpiMeasurements).values({ orgId: ctx.orgId, kpiId: kpi.id, period: "2026-05-01", value: name === "A" ? "150" : "4242424" });
  await db.insert(benefitItems).values({
    orgId: ctx.orgId, investmentId: tech.id, category: "revenue_increase", kind: "recurring", frequency: "monthly", amountCents: 50_000, startMonth: "2025-06-01", kpiId: kpi.id, valuePerUnitCents: 100,
  });
  const [file] = await db.insert(actualImports).values({ orgId: ctx.orgId, kind: "bank", fileName: `${name === "A" ? "a" : "b-secret"}.csv`, rows: 2, added: 2, duplicates: 0 }).returning();
  const fingerprint = `bank:${name === "A" ? "a" : "b-secret"}-fp`;
  const payments = await db.insert(actualCosts).values([
    { orgId: ctx.orgId, bookedOn: "2026-05-10", amountCents: cents, payee: `${name}'s vendor`, source: "imported", importId: file.id, investmentId: tech.id, costCategory: "subscription", fingerprint },
    { orgId: ctx.orgId, bookedOn: "2026-05-11", amountCents: cents + 1, payee: `QUOKKACO ${name === "A" ? 1234 : 99}`, source: "imported", importId: file.id, fingerprint: `${fingerprint}-2` },
  ]).returning();
  const [rule] = await db.insert(matchRules).values({ orgId: ctx.orgId, position: 1, field: "payee", pattern: `${name}'s vendor`, investmentId: tech.id }).returning();
  const [benefit] = await db.insert(actualBenefits).values({ orgId: ctx.orgId, investmentId: tech.id, month: "2026-05-01", amountCents: cents * 2, description: `${name}'s revenue` }).returning();
  await db.insert(importPreferences).values({ orgId: ctx.orgId, kind: "bank", header: `${name}'s header`, decimal: "point", dateOrder: "ymd", mapping: { date: `${name}'s date` } });
  return { ctx, techId: tech.id, kpiId: kpi.id, ruleId: rule.id, benefitId: benefit.id, importId: file.id, fingerprint, paymentIds: payments.map((p) => p.id) };
}

let world: World;
beforeAll(async () => {
  world = { a: await arrangeSide("A", 12_300), b: await arrangeSide("B", 7_777_777) };
});

type Case =
  | { name: string; kind: "not_found" | "invalid"; run: (w: World) => Promise<unknown> }
  | { name: string; kind: "scoped"; run: (ctx: TenantCtx, w: World) => Promise<unknown>; expectOnlyA: (result: unknown, w: World) => void; bSees: (result: unknown, w: World) => void };

/** A write inside a transaction, as the action runs it. */
const write = <T>(run: () => Promise<T>) => db.transaction(run);
const noSecret = (value: unknown) => expect(JSON.stringify(value, (_k, v) => (v instanceof Map ? [...v.entries()] : v))).not.toMatch(B_SECRET);
const keysOf = (map: unknown) => [...(map as Map<string, unknown>).keys()];
const ledger = (over: Partial<LedgerQuery> = {}): LedgerQuery => ({ match: null, technology: null, booked: null, sort: "bookedOn", dir: "desc", page: 1, pageSize: 50, ...over });
const ledgerIds = (page: unknown) => (page as { rows: { id: string }[] }).rows.map((r) => r.id).sort();
const typed = (investmentId: string | null) => ({ investmentId, costCategory: null, bookedOn: "2026-06-01", amountCents: 100, payee: "Typed", description: "" });

const cases: Case[] = [
  {
    name: "listLedgerPage: A's payments, count and total only",
    kind: "scoped",
    run: (ctx) => listLedgerPage(ctx, ledger()),
    expectOnlyA: (page, w) => {
      expect(ledgerIds(page)).toEqual([...w.a.paymentIds].sort());
      expect(page).toMatchObject({ total: 2, totalCents: 24_601 });
      noSecret(page);
    },
    bSees: (page, w) => expect(ledgerIds(page)).toEqual([...w.b.paymentIds].sort()),
  },
  {
    name: "listLedgerPage: filtered by B's technology",
    kind: "scoped",
    run: (ctx, w) => listLedgerPage(ctx, ledger({ technology: w.b.techId })),
    expectOnlyA: (page) => expect(page).toMatchObject({ rows: [], total: 0 }),
    bSees: (page) => expect(page).toMatchObject({ total: 1 }),
  },
  {
    name: "getLedgerOverview: A's counts and months only",
    kind: "scoped",
    run: (ctx) => getLedgerOverview(ctx),
    expectOnlyA: (overview) => expect(overview).toEqual({ count: 2, unmatched: 1, months: ["2026-05"] }),
    bSees: (overview) => expect(overview).toMatchObject({ count: 2 }),
  },
  {
    name: "listUnmatchedTexts: A's unmatched payments only",
    kind: "scoped",
    run: (ctx) => listUnmatchedTexts(ctx),
    expectOnlyA: (rows, w) => {
      expect((rows as { id: string }[]).map((r) => r.id)).toEqual([w.a.paymentIds[1]]);
      noSecret(rows);
    },
    bSees: (rows, w) => expect((rows as { id: string }[]).map((r) => r.id)).toEqual([w.b.paymentIds[1]]),
  },
  {
    name: "loadLedger: filtered by B's technology, A's choices only",
    kind: "scoped",
    run: (ctx, w) => loadLedger(ctx, parseLedgerParams({ technology: w.b.techId })),
    expectOnlyA: (view, w) => {
      const v = view as Awaited<ReturnType<typeof loadLedger>>;
      expect(v.page.rows).toEqual([]);
      expect(v.technologies.map((t) => t.id)).toEqual([w.a.techId]);
      noSecret(v);
    },
    bSees: (view) => expect((view as Awaited<ReturnType<typeof loadLedger>>).page.rows).toHaveLength(1),
  },
  {
    name: "loadMatchRules: A's rules, and no rule suggested for B's technology though A paid its vendor",
    kind: "scoped",
    run: (ctx) => loadMatchRules(ctx),
    expectOnlyA: (view, w) => {
      const v = view as Awaited<ReturnType<typeof loadMatchRules>>;
      expect(v.rules.map((r) => r.id)).toEqual([w.a.ruleId]);
      expect(v.unmatchedCount).toBe(1);
      expect(v.suggestions).toEqual([]);
      noSecret(v);
    },
    bSees: (view, w) => expect((view as Awaited<ReturnType<typeof loadMatchRules>>).suggestions.map((r) => r.investmentId)).toEqual([w.b.techId]),
  },
  { name: "getActualCost: B's payment id", kind: "not_found", run: (w) => getActualCost(w.a.ctx, w.b.paymentIds[0]) },
  { name: "getActualCost: a malformed id", kind: "not_found", run: (w) => getActualCost(w.a.ctx, "' or 1=1 --") },
  { name: "updateActualCost: B's payment id", kind: "not_found", run: (w) => write(() => updateActualCost(w.a.ctx, w.b.paymentIds[1], { investmentId: w.a.techId, costCategory: null })) },
  {
    name: "updateActualCost: A's payment filed under B's technology",
    kind: "invalid",
    run: (w) => write(() => updateActualCost(w.a.ctx, w.a.paymentIds[1], { investmentId: w.b.techId, costCategory: null })),
  },
  { name: "deleteActualCost: B's payment id", kind: "not_found", run: (w) => write(() => deleteActualCost(w.a.ctx, w.b.paymentIds[0])) },
  { name: "insertTypedCost: filed under B's technology", kind: "invalid", run: (w) => write(() => insertTypedCost(w.a.ctx, typed(w.b.techId))) },
  {
    name: "matchCosts: B's unmatched payment is not filed from A",
    kind: "scoped",
    run: async (ctx, w) => (ctx === w.a.ctx ? write(() => matchCosts(ctx, [w.b.paymentIds[1]], { investmentId: w.a.techId, costCategory: null })) : getActualCost(ctx, w.b.paymentIds[1])),
    expectOnlyA: (matched) => expect(matched).toBe(0),
    bSees: (payment) => expect(payment).toMatchObject({ investmentId: null, version: 1 }),
  },
  {
    name: "loadWorkspaceRows: A's payments, files, rules, benefits and preferences only",
    kind: "scoped",
    run: (ctx) => loadWorkspaceRows(ctx),
    expectOnlyA: (rows, w) => {
      const r = rows as Awaited<ReturnType<typeof loadWorkspaceRows>>;
      expect(r.actualCosts.map((c) => c.fingerprint).sort()).toEqual([w.a.fingerprint, `${w.a.fingerprint}-2`]);
      expect([r.actualImports.length, r.matchRules.length, r.actualBenefits.length, r.importPreferences.length]).toEqual([1, 1, 1, 1]);
      noSecret(r);
      expect(JSON.stringify(r)).not.toContain(w.b.techId);
    },
    bSees: (rows, w) => expect((rows as Awaited<ReturnType<typeof loadWorkspaceRows>>).actualCosts.map((c) => c.fingerprint)).toContain(w.b.fingerprint),
  },
  {
    name: "findExistingFingerprints: B's fingerprint is not in A's ledger",
    kind: "scoped",
    run: (ctx, w) => findExistingFingerprints(ctx, [w.a.fingerprint, w.b.fingerprint]),
    expectOnlyA: (found, w) => expect([...(found as Set<string>)]).toEqual([w.a.fingerprint]),
    bSees: (found, w) => expect([...(found as Set<string>)]).toEqual([w.b.fingerprint]),
  },
  {
    name: "listActualImports: A's files only",
    kind: "scoped",
    run: (ctx) => listActualImports(ctx, 20),
    expectOnlyA: (rows, w) => expect((rows as { id: string }[]).map((r) => r.id)).toEqual([w.a.importId]),
    bSees: (rows, w) => expect((rows as { id: string }[]).map((r) => r.id)).toEqual([w.b.importId]),
  },
  {
    name: "listTechnologiesForMatching: A's technologies and vendors only",
    kind: "scoped",
    run: (ctx) => listTechnologiesForMatching(ctx),
    expectOnlyA: (rows, w) => {
      expect((rows as { id: string }[]).map((r) => r.id)).toEqual([w.a.techId]);
      noSecret(rows);
    },
    bSees: (rows, w) => expect((rows as { id: string }[]).map((r) => r.id)).toEqual([w.b.techId]),
  },
  {
    name: "listMatchRules: A's rules only",
    kind: "scoped",
    run: (ctx) => listMatchRules(ctx),
    expectOnlyA: (rows, w) => {
      expect((rows as { id: string }[]).map((r) => r.id)).toEqual([w.a.ruleId]);
      noSecret(rows);
    },
    bSees: (rows, w) => expect((rows as { id: string }[]).map((r) => r.id)).toEqual([w.b.ruleId]),
  },
  { name: "getMatchRule: B's rule id", kind: "not_found", run: (w) => getMatchRule(w.a.ctx, w.b.ruleId) },
  { name: "getMatchRule: a malformed id", kind: "not_found", run: (w) => getMatchRule(w.a.ctx, "1' or '1'='1") },
  {
    name: "updateMatchRule: B's rule id",
    kind: "not_found",
    run: (w) => write(() => updateMatchRule(w.a.ctx, w.b.ruleId, { field: "any", pattern: "taken", investmentId: w.a.techId, costCategory: null })),
  },
  {
    name: "updateMatchRule: A's rule filed under B's technology",
    kind: "invalid",
    run: (w) => write(() => updateMatchRule(w.a.ctx, w.a.ruleId, { field: "any", pattern: "moved", investmentId: w.b.techId, costCategory: null })),
  },
  { name: "deleteMatchRule: B's rule id", kind: "not_found", run: (w) => write(() => deleteMatchRule(w.a.ctx, w.b.ruleId)) },
  { name: "moveMatchRule: B's rule id", kind: "not_found", run: (w) => write(() => moveMatchRule(w.a.ctx, w.b.ruleId, "up")) },
  {
    name: "insertRules: a rule filing payments under B's technology",
    kind: "invalid",
    run: (w) => write(() => insertRules(w.a.ctx, [{ field: "payee", pattern: "stolen", investmentId: w.b.techId, costCategory: null }])),
  },
  {
    name: "actualCostsByMonth: A's technologies' payments only",
    kind: "scoped",
    run: (ctx) => actualCostsByMonth(ctx, "2026-12-01"),
    expectOnlyA: (map, w) => {
      expect(keysOf(map)).toEqual([w.a.techId]);
      expect([...(map as Map<string, Map<string, number>>).get(w.a.techId)!.entries()]).toEqual([["2026-05-01", 12_300]]);
    },
    bSees: (map, w) => expect(keysOf(map)).toEqual([w.b.techId]),
  },
  {
    name: "actualCostsByMonth: B's technology id",
    kind: "scoped",
    run: (ctx, w) => actualCostsByMonth(ctx, "2026-12-01", w.b.techId),
    expectOnlyA: (map) => expect(keysOf(map)).toEqual([]),
    bSees: (map, w) => expect(keysOf(map)).toEqual([w.b.techId]),
  },
  {
    name: "unmatchedActualsTotal: A's unmatched payments only",
    kind: "scoped",
    run: (ctx) => unmatchedActualsTotal(ctx, "2026-12-01"),
    expectOnlyA: (total) => expect(total).toEqual({ count: 1, cents: 12_301 }),
    bSees: (total) => expect(total).toEqual({ count: 1, cents: 7_777_778 }),
  },
  {
    name: "sumActualBenefitsByMonth: A's entered benefits only",
    kind: "scoped",
    run: (ctx) => sumActualBenefitsByMonth(ctx, RANGE),
    expectOnlyA: (rows, w) => expect(rows).toEqual([{ investmentId: w.a.techId, month: "2026-05-01", amountCents: 24_600 }]),
    bSees: (rows, w) => expect(rows).toEqual([{ investmentId: w.b.techId, month: "2026-05-01", amountCents: 15_555_554 }]),
  },
  {
    name: "listActualBenefits: B's technology id",
    kind: "scoped",
    run: (ctx, w) => listActualBenefits(ctx, w.b.techId),
    expectOnlyA: (rows) => expect(rows).toEqual([]),
    bSees: (rows, w) => expect((rows as { id: string }[]).map((r) => r.id)).toEqual([w.b.benefitId]),
  },
  {
    name: "insertActualBenefit: for B's technology",
    kind: "not_found",
    run: (w) => write(() => insertActualBenefit(w.a.ctx, { investmentId: w.b.techId, month: "2026-06-01", amountCents: 100, description: "" })),
  },
  {
    name: "updateActualBenefit: B's entered benefit",
    kind: "not_found",
    run: (w) => write(() => updateActualBenefit(w.a.ctx, w.b.benefitId, { month: "2026-06-01", amountCents: 100, description: "" })),
  },
  { name: "deleteActualBenefit: B's entered benefit", kind: "not_found", run: (w) => write(() => deleteActualBenefit(w.a.ctx, w.b.benefitId)) },
  {
    name: "listKpiBenefitLines: A's KPI-linked benefit lines only",
    kind: "scoped",
    run: (ctx) => listKpiBenefitLines(ctx),
    expectOnlyA: (rows, w) => {
      expect((rows as { kpiId: string }[]).map((r) => r.kpiId)).toEqual([w.a.kpiId]);
      noSecret(rows);
    },
    bSees: (rows, w) => expect((rows as { kpiId: string }[]).map((r) => r.kpiId)).toEqual([w.b.kpiId]),
  },
  {
    name: "listNamedKpiValuesBetween: A's KPI values only",
    kind: "scoped",
    run: (ctx) => listNamedKpiValuesBetween(ctx, RANGE),
    expectOnlyA: (rows, w) => expect(rows).toEqual([{ kpiId: w.a.kpiId, period: "2026-05-01", value: 150 }]),
    bSees: (rows, w) => expect(rows).toEqual([{ kpiId: w.b.kpiId, period: "2026-05-01", value: 4242424 }]),
  },
  {
    name: "loadRealisedBenefits: A's technologies' realised money only",
    kind: "scoped",
    run: (ctx) => loadRealisedBenefits(ctx, RANGE),
    expectOnlyA: (map, w) => {
      expect(keysOf(map)).toEqual([w.a.techId]);
      noSecret(map);
    },
    bSees: (map, w) => expect(keysOf(map)).toEqual([w.b.techId]),
  },
  {
    name: "findImportPreference: B's file shape is not remembered for A",
    kind: "scoped",
    run: (ctx) => findImportPreference(ctx, "bank", "B's header"),
    expectOnlyA: (found) => expect(found).toBeNull(),
    bSees: (found) => expect(found).not.toBeNull(),
  },
];

describe("a member of workspace A cannot reach B's actuals", () => {
  it.each(cases)("$name", async (c) => {
    if (c.kind !== "scoped") {
      await expect(c.run(world)).rejects.toMatchObject({ code: c.kind });
      return;
    }
    c.bSees(await c.run(world.b.ctx, world), world);
    c.expectOnlyA(await c.run(world.a.ctx, world), world);
  });
});
