// Cross-tenant cases: every tenant-scoped data function, called with workspace A's context and
// workspace B's ids, must answer "not found" or return none of B's rows. Extend the table with every
// new data function.
import { beforeAll, describe, expect, it } from "vitest";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { AppError } from "@/lib/errors";
import { addRecurringCost, createInvestment, createTenant } from "@/test/factories";
import { db } from "@/db";
import { actualBenefits, benefitItems, goals, integrations, kpiMeasurements, kpis } from "@/db/schema";
import { getDashboard } from "@/lib/dashboard/view";
import { getTechnologyDetail, listPortfolio } from "@/lib/portfolio/view";
import { listKpiValues } from "./kpi-values";
import { getBeforeAfter, getBenefitsRealised } from "@/lib/realisation/view";
import { listLinkedKpiDefinitions, listLinkedValuesBetween } from "./realisation";
import { getEntryGrid, getKpi, latestPeriodWithData, listKpiLinkOptions, listKpis } from "./kpis";
import { getScorecard } from "@/lib/scorecard/view";
import { listKpiDefinitions, listMeasurementsUpTo, measurementBounds } from "./scorecard";
import { getStrategy } from "@/lib/strategy/view";
import { listGoalsForAlignment, technologySnapshot } from "./technology-writes";
import { resolveTenant } from "./tenants";
import { getIntegrationMap, getTechnologyIntegrations } from "@/lib/integrations/view";
import { deleteIntegration, insertIntegration, listIntegrationNodes, listIntegrations } from "./integrations";
import { eq, inArray } from "drizzle-orm";
import { alignments as alignmentRows } from "@/db/schema";
import { getAlignmentMatrix, getGoal, listGoals, type AlignmentMatrix, type GoalListRow } from "./goals";
import { scenarios as scenarioRows } from "@/db/schema";
import { listScenarioCases } from "@/lib/scenarios/cases";
import { loadScenarioScope } from "@/lib/scenarios/view";
import { loadBudgetProposals } from "@/lib/budget/load";
import { listAuditFilterOptions, listAuditLog } from "./audit-log";
import { getWorkspaceSettings, updateWorkspaceSettings } from "./workspace-settings";
import { auditLog, organizations } from "@/db/schema";
import { invitations as invitationRows } from "@/db/schema";
import { newInvitationToken } from "@/lib/members/tokens";
import { listPendingInvitations, revokeInvitation as revokeInvitationRow } from "./invitations";
import { listMembers, lockMember } from "./members";
import { getWorkspacesOverview } from "@/lib/workspaces/view";

type World = { a: TenantCtx; b: TenantCtx; aTech: { id: string }; bTech: { id: string }; aKpi: { id: string }; bKpi: { id: string } };

/** A read of the months with data: A's one month, none of B's. */
const monthsOfA = (name: string, run: (w: World) => Promise<unknown>): Case => ({
  name,
  kind: "scoped",
  run,
  expectOnlyA: (bounds) => expect(bounds).toEqual({ earliest: "2026-05-01", latest: "2026-05-01" }),
});

type Case =
  | { name: string; kind: "not_found"; run: (w: World) => Promise<unknown> }
  | { name: string; kind: "scoped"; run: (w: World) => Promise<unknown>; expectOnlyA: (result: unknown, w: World) => void };

const ids = (rows: unknown) => (rows as { id: string }[]).map((r) => r.id);

const cases: Case[] = [
  { name: "resolveTenant: A's user, B's slug", kind: "not_found", run: async (w) => (await resolveTenant(w.a.userId, w.b.org.slug)) ?? notFound() },
  { name: "getTechnologyDetail: B's technology id", kind: "not_found", run: (w) => getTechnologyDetail(w.a, w.bTech.id) },
  { name: "getTechnologyDetail: a malformed id", kind: "not_found", run: (w) => getTechnologyDetail(w.a, "1; drop table investments") },
  {
    name: "listPortfolio: contains none of B's technologies",
    kind: "scoped",
    run: (w) => listPortfolio(w.a),
    expectOnlyA: (rows, w) => expect(ids(rows)).toEqual([w.aTech.id]),
  },
  { name: "technologySnapshot: B's technology id", kind: "not_found", run: async (w) => (await technologySnapshot(w.a, w.bTech.id)) ?? notFound() },
  {
    name: "listGoalsForAlignment: contains none of B's goals",
    kind: "scoped",
    run: (w) => listGoalsForAlignment(w.a),
    expectOnlyA: (rows) => expect((rows as { title: string }[]).map((g) => g.title)).toEqual(["A's goal"]),
  },
  { name: "getKpi: B's KPI id", kind: "not_found", run: (w) => getKpi(w.a, w.bKpi.id) },
  { name: "getKpi: a malformed id", kind: "not_found", run: (w) => getKpi(w.a, "../b") },
  {
    name: "listKpis: contains none of B's KPIs",
    kind: "scoped",
    run: (w) => listKpis(w.a),
    expectOnlyA: (rows, w) => expect((rows as { kpi: { id: string } }[]).map((r) => r.kpi.id)).toEqual([w.aKpi.id]),
  },
  {
    name: "getEntryGrid: only A's KPIs, and none of B's values",
    kind: "scoped",
    run: (w) => getEntryGrid(w.a, "2026-05-01"),
    expectOnlyA: (rows) => expect(JSON.stringify(rows)).not.toMatch(/B's KPI|999/),
  },
  { name: "latestPeriodWithData: A's latest month, not B's", kind: "scoped", run: (w) => latestPeriodWithData(w.a), expectOnlyA: (p) => expect(p).toBe("2026-05-01") },
  {
    name: "listKpiLinkOptions: A's technologies and goals only",
    kind: "scoped",
    run: (w) => listKpiLinkOptions(w.a),
    expectOnlyA: (options, w) => expect(JSON.stringify(options)).not.toMatch(new RegExp(`${w.bTech.id}|B's goal`)),
  },
  {
    name: "getScorecard: A's KPIs only",
    kind: "scoped",
    run: (w) => getScorecard(w.a),
    expectOnlyA: (view) => expect(JSON.stringify(view)).not.toMatch(/B's KPI/),
  },
  { name: "listKpiDefinitions: A's KPIs only", kind: "scoped", run: (w) => listKpiDefinitions(w.a), expectOnlyA: (rows, w) => expect(ids(rows)).toEqual([w.aKpi.id]) },
  monthsOfA("measurementBounds: A's months, not B's", (w) => measurementBounds(w.a)),
  {
    name: "listMeasurementsUpTo: A's values only",
    kind: "scoped",
    run: (w) => listMeasurementsUpTo(w.a, "2026-12-01"),
    expectOnlyA: (rows, w) => expect(rows).toEqual([{ kpiId: w.aKpi.id, period: "2026-05-01", value: expect.stringMatching(/^61(\.0+)?$/) }]),
  },
  {
    name: "getDashboard: A's technologies, KPIs, goals and months only",
    kind: "scoped",
    run: (w) => getDashboard(w.a, { month: "2026-05" }),
    expectOnlyA: (view, w) => {
      const v = view as Awaited<ReturnType<typeof getDashboard>>;
      expect(JSON.stringify(v)).not.toMatch(new RegExp(`${w.bTech.id}|${w.bKpi.id}|B's goal|B's KPI|99\\.9`));
      expect(v.month).toBe("2026-05-01");
      expect(v.technologyCount).toBe(1);
      expect(v.tiles.runRateCents.value).toBe(120_000); // A's $100 a month, none of B's $999.99
      expect(v.timeMap.map((p) => p.id)).toEqual([w.aTech.id]);
      expect(v.alerts.goalsWithoutTechnology.map((g) => g.title)).toEqual(["A's goal"]);
      expect(v.perspectives.find((p) => p.perspective === "customer")?.kpiCount).toBe(1);
    },
  },
  {
    name: "getBenefitsRealised: A's technologies, their benefits and KPIs only",
    kind: "scoped",
    run: async (w) => {
      // Both plan and realise a benefit (the page lists technologies that do), so an unscoped read would show B's.
      const line = { category: "revenue_increase", kind: "recurring", frequency: "monthly", amountCents: 20_000, startMonth: "2026-01-01" } as const;
      await db.insert(benefitItems).values([{ orgId: w.a.orgId, investmentId: w.aTech.id, ...line }, { orgId: w.b.orgId, investmentId: w.bTech.id, ...line, description: "B's benefit" }]);
      await db.insert(actualBenefits).values([
        { orgId: w.a.orgId, investmentId: w.aTech.id, month: "2026-05-01", amountCents: 12_345, description: "A's revenue" },
        { orgId: w.b.orgId, investmentId: w.bTech.id, month: "2026-05-01", amountCents: 4_444_444, description: "B's revenue" },
      ]);
      await markWritten(w);
      const out = { view: await getBenefitsRealised(w.a), bSees: await getBenefitsRealised(w.b) };
      await markWritten(w); // later cases write B's rows directly too: none of them may meet the figures cached here
      return out;
    },
    expectOnlyA: (out, w) => {
      const { view, bSees } = out as Record<"view" | "bSees", { rows: { id: string }[] }>;
      expect(bSees.rows.map((r) => r.id)).toEqual([w.bTech.id]); // the case can fail: B's technology is there to leak
      expect(view.rows.map((r) => r.id)).toEqual([w.aTech.id]);
      expect(JSON.stringify(view)).not.toMatch(new RegExp(`${w.bTech.id}|${w.bKpi.id}|B's|99\\.9|4444444`));
    },
  },
  { name: "listLinkedKpiDefinitions: A's linked KPIs only", kind: "scoped", run: (w) => listLinkedKpiDefinitions(w.a), expectOnlyA: (rows, w) => expect(ids(rows)).toEqual([w.aKpi.id]) },
  { name: "listLinkedKpiDefinitions: B's technology id", kind: "scoped", run: (w) => listLinkedKpiDefinitions(w.a, w.bTech.id), expectOnlyA: (rows) => expect(rows).toEqual([]) },
  {
    name: "listLinkedValuesBetween: B's technology id",
    kind: "scoped",
    run: (w) => listLinkedValuesBetween(w.a, w.bTech.id, { from: "2026-01-01", to: "2026-12-01", except: "2026-06-01" }),
    expectOnlyA: (rows) => expect(rows).toEqual([]),
  },
  { name: "getBeforeAfter: B's technology id", kind: "not_found", run: (w) => getBeforeAfter(w.a, w.bTech.id, { n: "6" }) },
  { name: "getBeforeAfter: a malformed id", kind: "not_found", run: (w) => getBeforeAfter(w.a, "x' or 1=1", { n: "6" }) },
  {
    name: "listKpiValues: A's values only",
    kind: "scoped",
    run: (w) => listKpiValues(w.a, {}),
    expectOnlyA: (rows) => {
      expect((rows as unknown[]).length).toBe(1);
      expect(JSON.stringify(rows)).not.toMatch(/B's KPI|99\.9/);
    },
  },
  {
    name: "loadBudgetProposals: none of B's proposed technologies",
    kind: "scoped",
    run: async (w) => {
      // B gets a proposal of its own (A has none), so an unscoped read would show it.
      const bProposal = await createInvestment(w.b, { name: "B's proposal", status: "proposed" });
      await addRecurringCost(w.b, bProposal.id, 5_000, "monthly");
      return { result: await loadBudgetProposals(w.a), bProposalId: bProposal.id, bSees: await loadBudgetProposals(w.b) };
    },
    expectOnlyA: (out) => {
      const { result, bProposalId, bSees } = out as { result: Awaited<ReturnType<typeof loadBudgetProposals>>; bProposalId: string; bSees: typeof result };
      expect(bSees.proposals.map((p) => p.id)).toEqual([bProposalId]); // the case can fail: B's proposal is there to leak
      expect(result.proposals).toEqual([]);
      expect(JSON.stringify(result)).not.toMatch(new RegExp(`${bProposalId}|B's proposal`));
    },
  },
  {
    name: "getStrategy: A's technologies and figures only",
    kind: "scoped",
    run: (w) => getStrategy(w.a),
    expectOnlyA: (view, w) => {
      const v = view as Awaited<ReturnType<typeof getStrategy>>;
      expect(v.entries.map((e) => e.id)).toEqual([w.aTech.id]);
      expect(v.valueChain.totals).toMatchObject({ count: 1, runRateCents: 120_000 }); // A's $100 a month, none of B's $999.99
      expect(JSON.stringify(v)).not.toContain(w.bTech.id);
    },
  },
  { name: "loadScenarioScope: B's technology id", kind: "not_found", run: (w) => loadScenarioScope(w.a, w.bTech.id) },
  { name: "loadScenarioScope: a malformed id", kind: "not_found", run: (w) => loadScenarioScope(w.a, "portfolio' or '1'='1") },
  {
    name: "loadScenarioScope / listScenarioCases: none of B's technologies or cases",
    kind: "scoped",
    run: async (w) => {
      // B saves portfolio-wide and per-technology cases of its own, so an unscoped read would show them.
      await db.insert(scenarioRows).values([
        { orgId: w.b.orgId, investmentId: null, name: "B's portfolio case", kind: "pessimistic", benefitMultiplier: "0.123" },
        { orgId: w.b.orgId, investmentId: w.bTech.id, name: "B's tech case", kind: "likely", benefitMultiplier: "0.456" },
      ]);
      return { portfolio: await loadScenarioScope(w.a, "portfolio"), bSees: await listScenarioCases(w.b, null, "Portfolio") };
    },
    expectOnlyA: (out, w) => {
      const { portfolio, bSees } = out as { portfolio: Awaited<ReturnType<typeof loadScenarioScope>>; bSees: Awaited<ReturnType<typeof listScenarioCases>> };
      expect(bSees.pessimistic.name).toBe("B's portfolio case"); // the case can fail: B's row is there to leak
      expect(portfolio.technologies.map((t) => t.id)).toEqual([w.aTech.id]);
      expect(portfolio.members).toHaveLength(1);
      expect(Object.values(portfolio.cases).map((c) => c.id)).toEqual([null, null, null]);
      expect(JSON.stringify(portfolio)).not.toMatch(new RegExp(`${w.bTech.id}|B's portfolio case|B's tech case|0\\.123|0\\.456`));
    },
  },
  {
    name: "getGoal: B's goal id",
    kind: "not_found",
    run: async (w) => getGoal(w.a, (await db.select({ id: goals.id }).from(goals).where(eq(goals.orgId, w.b.orgId)))[0].id),
  },
  { name: "getGoal: a malformed id", kind: "not_found", run: (w) => getGoal(w.a, "' or 1=1 --") },
  {
    name: "listGoals: contains none of B's goals",
    kind: "scoped",
    run: (w) => listGoals(w.a),
    expectOnlyA: (rows) => expect((rows as GoalListRow[]).map((r) => r.goal.title)).toEqual(["A's goal"]),
  },
  {
    name: "getAlignmentMatrix: A's goals, technologies and links only",
    kind: "scoped",
    run: async (w) => {
      // B links its technology to its goal, so an unscoped read would show the link.
      const [bGoal] = await db.select({ id: goals.id }).from(goals).where(eq(goals.orgId, w.b.orgId));
      await db.insert(alignmentRows).values({ orgId: w.b.orgId, investmentId: w.bTech.id, goalId: bGoal.id, strength: 4 }).onConflictDoNothing();
      return { matrix: await getAlignmentMatrix(w.a), bSees: await getAlignmentMatrix(w.b) };
    },
    expectOnlyA: (out, w) => {
      const { matrix, bSees } = out as { matrix: AlignmentMatrix; bSees: AlignmentMatrix };
      expect(bSees.alignments).toHaveLength(1); // the case can fail: B's link is there to leak
      expect(matrix.goals.map((g) => g.title)).toEqual(["A's goal"]);
      expect(matrix.technologies.map((t) => t.id)).toEqual([w.aTech.id]);
      expect(matrix.alignments).toEqual([]);
      expect(JSON.stringify(matrix)).not.toMatch(new RegExp(`${w.bTech.id}|B's goal`));
    },
  },
  // Integrations: B has a link between its two technologies; A (one technology) has none.
  { name: "getTechnologyIntegrations: B's technology id", kind: "not_found", run: (w) => getTechnologyIntegrations(w.a, w.bTech.id) },
  { name: "getTechnologyIntegrations: a malformed id", kind: "not_found", run: (w) => getTechnologyIntegrations(w.a, "x' or 1=1") },
  {
    name: "getTechnologyIntegrations: A's technology, none of B's links or technologies",
    kind: "scoped",
    run: (w) => getTechnologyIntegrations(w.a, w.aTech.id),
    expectOnlyA: (view, w) => {
      expect(view).toMatchObject({ sendsTo: [], receivesFrom: [], options: [], dependents: { direct: 0, transitive: 0 } });
      expect(JSON.stringify(view)).not.toMatch(new RegExp(`${w.bTech.id}|${bIntegration.id}|B's`));
    },
  },
  { name: "listIntegrations: none of B's links", kind: "scoped", run: (w) => listIntegrations(w.a), expectOnlyA: (rows) => expect(rows).toEqual([]) },
  { name: "listIntegrationNodes: A's technologies only", kind: "scoped", run: (w) => listIntegrationNodes(w.a), expectOnlyA: (rows, w) => expect(ids(rows)).toEqual([w.aTech.id]) },
  {
    name: "getIntegrationMap: A's technologies, no links of B",
    kind: "scoped",
    run: (w) => getIntegrationMap(w.a),
    expectOnlyA: (map, w) => {
      expect(map).toMatchObject({ edges: [], silos: [w.aTech.id] });
      expect(ids((map as { nodes: unknown }).nodes)).toEqual([w.aTech.id]);
      expect(JSON.stringify(map)).not.toMatch(new RegExp(`${w.bTech.id}|${bIntegration.id}`));
    },
  },
  { name: "deleteIntegration: B's link id", kind: "not_found", run: (w) => db.transaction(() => deleteIntegration(w.a, bIntegration.id)) },
  {
    name: "insertIntegration: a link from A's technology to B's is refused, nothing written",
    kind: "scoped",
    run: (w) =>
      db
        .transaction(() => insertIntegration(w.a, { technologyId: w.aTech.id, otherId: w.bTech.id, fromId: w.aTech.id, toId: w.bTech.id, description: "" }))
        .then(() => "inserted", (e: AppError) => e.code),
    expectOnlyA: (code) => expect(code).toBe("invalid"),
  },
  {
    name: "getWorkspacesOverview: A's user sees none of B's workspaces or figures, though B's hold more",
    kind: "scoped",
    run: async (w) => ({ mine: await getWorkspacesOverview(w.a.userId), bSees: await getWorkspacesOverview(w.b.userId) }),
    expectOnlyA: (out, w) => {
      const { mine, bSees } = out as Record<"mine" | "bSees", Awaited<ReturnType<typeof getWorkspacesOverview>>>;
      expect(bSees.map((r) => r.slug)).toEqual([w.b.org.slug]); // the case can fail: B's row is there to leak
      expect(bSees[0].annualSpendCents).toBeGreaterThanOrEqual(99_999 * 12); // earlier cases may add to B's portfolio
      expect(mine.map((r) => r.slug)).toEqual([w.a.org.slug]);
      expect(mine[0]).toMatchObject({ technologyCount: 1, annualSpendCents: 120_000, lastMonthWithData: "2026-05-01" }); // A's $100 a month and May, not B's September
      expect(JSON.stringify(mine)).not.toMatch(new RegExp(`${w.b.org.slug}|${w.b.orgId}|B's`));
    },
  },
  // Members and invitations: B has an invitation of its own; A has none.
  {
    name: "listMembers: A's member only",
    kind: "scoped",
    run: async (w) => ({ rows: await listMembers(w.a), bSees: await listMembers(w.b) }),
    expectOnlyA: (out, w) => {
      const { rows, bSees } = out as { rows: { userId: string }[]; bSees: { userId: string }[] };
      expect(bSees.map((m) => m.userId)).toEqual([w.b.userId]); // the case can fail: B's member is there to leak
      expect(rows.map((m) => m.userId)).toEqual([w.a.userId]);
    },
  },
  { name: "lockMember: B's member id", kind: "not_found", run: (w) => db.transaction(() => lockMember(w.a, w.b.userId)) },
  {
    name: "listPendingInvitations: none of B's invitations",
    kind: "scoped",
    run: async (w) => ({ rows: await listPendingInvitations(w.a), bSees: await listPendingInvitations(w.b) }),
    expectOnlyA: (out) => {
      const { rows, bSees } = out as { rows: unknown[]; bSees: { email: string }[] };
      expect(bSees.map((i) => i.email)).toContain("b-invitee@example.com"); // the case can fail: B's invitation is there to leak
      expect(rows).toEqual([]);
    },
  },
  {
    name: "revokeInvitation: B's invitation id",
    kind: "not_found",
    run: async (w) => {
      const [row] = await db.select({ id: invitationRows.id }).from(invitationRows).where(eq(invitationRows.orgId, w.b.orgId));
      return db.transaction(() => revokeInvitationRow(w.a, row.id));
    },
  },
  {
    name: "listAuditLog: none of B's rows, even filtered by B's person or entity",
    kind: "scoped",
    run: async (w) => {
      await db.insert(auditLog).values([
        { orgId: w.a.orgId, userId: w.a.userId, action: "update", entity: "a_entity" },
        { orgId: w.b.orgId, userId: w.b.userId, action: "update", entity: "b_entity", after: { secret: "B's" } },
      ]);
      return [await listAuditLog(w.a), await listAuditLog(w.a, { person: w.b.userId }), await listAuditLog(w.a, { entity: "b_entity" })];
    },
    expectOnlyA: (pages, w) => {
      const [all, byB, bEntity] = pages as Awaited<ReturnType<typeof listAuditLog>>[];
      expect(all.rows.map((r) => r.entity)).toContain("a_entity");
      expect(JSON.stringify(all)).not.toMatch(new RegExp(`${w.b.userId}|b_entity|B's`));
      expect([byB.total, bEntity.total]).toEqual([0, 0]);
    },
  },
  {
    name: "listAuditFilterOptions: A's members and entities only",
    kind: "scoped",
    run: (w) => listAuditFilterOptions(w.a),
    expectOnlyA: (options, w) => {
      expect((options as { people: { id: string }[] }).people.map((p) => p.id)).toEqual([w.a.userId]);
      expect(JSON.stringify(options)).not.toMatch(/b_entity/);
    },
  },
  { name: "getWorkspaceSettings: A's own settings", kind: "scoped", run: (w) => getWorkspaceSettings(w.a), expectOnlyA: (s, w) => expect(s).toMatchObject({ name: w.a.org.name }) },
  {
    name: "updateWorkspaceSettings: changes A's workspace only",
    kind: "scoped",
    run: async (w) => {
      const input = { name: "A renamed", industry: "retail", sizeBand: "micro" as const, employees: 3, currency: "EUR", discountRate: "0.10000", fiscalYearStartMonth: 7, locale: "de-DE" };
      await db.transaction(() => updateWorkspaceSettings(w.a, input));
      return db.select({ id: organizations.id, name: organizations.name }).from(organizations).where(inArray(organizations.id, [w.a.orgId, w.b.orgId]));
    },
    expectOnlyA: (rows, w) => expect(Object.fromEntries((rows as { id: string; name: string }[]).map((r) => [r.id, r.name]))).toEqual({ [w.a.orgId]: "A renamed", [w.b.orgId]: w.b.org.name }),
  },
];

/** What an action's write leaves besides its rows (an audit row moves the write mark), so cached figures are read again. */
async function markWritten(w: World) {
  await db.insert(auditLog).values([
    { orgId: w.a.orgId, userId: w.a.userId, action: "update", entity: "benefit_items" },
    { orgId: w.b.orgId, userId: w.b.userId, action: "update", entity: "benefit_items" },
  ]);
}

function notFound(): never {
  throw new AppError("not_found");
}

let world: World;

beforeAll(async () => {
  const a = await createTenant("owner");
  const b = await createTenant("owner");
  const aTech = await createInvestment(a);
  const bTech = await createInvestment(b);
  await addRecurringCost(a, aTech.id, 10_000, "monthly");
  await addRecurringCost(b, bTech.id, 99_999, "monthly");
  await db.insert(goals).values([
    { orgId: a.orgId, title: "A's goal", perspective: "financial" },
    { orgId: b.orgId, title: "B's goal", perspective: "customer" },
  ]);
  const [aKpi] = await db
    .insert(kpis)
    .values({ orgId: a.orgId, name: "A's KPI", perspective: "customer", unit: "percent", direction: "higher", baseline: "50", target: "90", investmentId: aTech.id })
    .returning();
  const [bKpi] = await db
    .insert(kpis)
    .values({ orgId: b.orgId, name: "B's KPI", perspective: "customer", unit: "percent", direction: "higher", baseline: "50", target: "90", investmentId: bTech.id })
    .returning();
  await db.insert(kpiMeasurements).values([
    { orgId: a.orgId, kpiId: aKpi.id, period: "2026-05-01", value: "61" },
    { orgId: b.orgId, kpiId: bKpi.id, period: "2026-09-01", value: "99.9" },
  ]);
  await db.insert(invitationRows).values({ orgId: b.orgId, email: "b-invitee@example.com", role: "admin", tokenHash: newInvitationToken().tokenHash, expiresAt: new Date(Date.now() + 86_400_000) });
  world = { a, b, aTech, bTech, aKpi, bKpi };
});

describe("a member of workspace A cannot reach workspace B", () => {
  it.each(cases)("$name", async (c) => {
    if (c.kind === "not_found") {
      await expect(c.run(world)).rejects.toMatchObject({ code: "not_found" });
    } else {
      c.expectOnlyA(await c.run(world), world);
    }
  });
});

let bIntegration: { id: string };

// Registered after the world's own setup, so it runs second: B gets a second technology and a link.
beforeAll(async () => {
  const bOther = await createInvestment(world.b, { name: "B's accounting" });
  [bIntegration] = await db
    .insert(integrations)
    .values({ orgId: world.b.orgId, fromInvestmentId: world.bTech.id, toInvestmentId: bOther.id, description: "B's sales" })
    .returning({ id: integrations.id });
});
