// The application's own code paths run as techfolio_app, the role row-level security applies to: every page
// read gives the owner's answer for its workspace and nothing of another, every workspace action and every
// account flow (sign-up, new workspace, invitations, import) succeeds, and a query outside any scope sees
// no tenant row. Data is seeded as the owner (the test database's superuser). On PostgreSQL the app role is
// a separate one-connection pool; embedded PGlite has one connection, which switches role for each call.
import { count, eq, getTableName, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { db } from "@/db";
import { APP_ROLE, appConfigFromEnv, openDatabase, type DatabaseHandle } from "@/db/client";
import { databaseHandle, setDatabaseHandle } from "@/db/handle";
import { actAsAppRole, startDatabase } from "@/db/prepare";
import * as schema from "@/db/schema";
import { withScope } from "@/db/scope";
import { seedDemo } from "@/db/seed";
import { DEMO_USERS } from "@/db/seed/accounts";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { newInvitationToken } from "@/lib/members/tokens";
import { ROWS, actionOf } from "@/test/action-catalog";
import { createTenant, createUser } from "@/test/factories";
import { databaseUrl } from "@/test/postgres-admin";

const auth = vi.hoisted(() => vi.fn());
vi.mock("@/lib/auth", () => ({ auth, signIn: vi.fn(), signOut: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ host: "techfolio.test", "x-forwarded-proto": "https" }) }));
/** `redirect()` ends an action the way Next.js does, by throwing; a redirect after the work is a success. */
class Redirect extends Error {}
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new Redirect(url);
  },
  notFound: () => {
    throw new Error("NEXT_NOT_FOUND");
  },
}));


const config = inject("testDb");
const today = new Date();
const exportedAt = new Date("2026-01-15T12:00:00Z");
const owner = databaseHandle();
let app: DatabaseHandle | null = null;

/** Runs `fn` with the process's handle acting as techfolio_app, then hands the owner's back. */
async function asApp<T>(fn: () => Promise<T>): Promise<T> {
  if (app) {
    setDatabaseHandle(app);
    try {
      return await fn();
    } finally {
      setDatabaseHandle(owner);
    }
  }
  await actAsAppRole(owner);
  try {
    return await fn();
  } finally {
    await owner.db.execute(sql`reset role`);
  }
}

const rowsOf = <T>(result: unknown) => (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
const tenantTables = [
  schema.organizations,
  schema.memberships,
  schema.invitations,
  schema.auditLog,
  schema.investments,
  schema.costItems,
  schema.benefitItems,
  schema.risks,
  schema.scoringFactors,
  schema.goals,
  schema.alignments,
  schema.kpis,
  schema.kpiMeasurements,
  schema.integrations,
  schema.scenarios,
];

async function tenantOf(email: string, slug: string): Promise<TenantCtx> {
  const [row] = await owner.db
    .select({ userId: schema.users.id, orgId: schema.organizations.id, role: schema.memberships.role, name: schema.organizations.name, currency: schema.organizations.currency })
    .from(schema.memberships)
    .innerJoin(schema.users, eq(schema.users.id, schema.memberships.userId))
    .innerJoin(schema.organizations, eq(schema.organizations.id, schema.memberships.orgId))
    .where(sql`${schema.users.email} = ${email} and ${schema.organizations.slug} = ${slug}`);
  return { orgId: row.orgId, userId: row.userId, role: row.role, org: { slug, name: row.name, currency: row.currency, locale: "en-US" } };
}

/** Every id of the workspace's rows, to look for in answers meant for another workspace. */
async function idsOf(orgId: string): Promise<string[]> {
  const lists = await Promise.all(
    [schema.investments, schema.goals, schema.kpis, schema.scenarios].map((t) => owner.db.select({ id: t.id }).from(t).where(eq(t.orgId, orgId))),
  );
  return [orgId, ...lists.flat().map((r) => r.id)];
}

/**
 * The reads behind the pages, from freshly loaded modules: the dashboard, portfolio, strategy and overview
 * keep finished views in memory, and an answer must come from the database, not from the other run's cache.
 */
async function pageReads() {
  vi.resetModules();
  const [dashboard, portfolio, kpis, kpiValues, scorecard, goals, realisation, strategy, integrations, scenarios, members, invitations, settings, auditLog, data, templateSources, templates, tenants, overview, benchmarking] =
    await Promise.all([
      import("@/lib/dashboard/view"),
      import("@/lib/portfolio/view"),
      import("@/db/queries/kpis"),
      import("@/db/queries/kpi-values"),
      import("@/lib/scorecard/view"),
      import("@/db/queries/goals"),
      import("@/lib/realisation/view"),
      import("@/lib/strategy/view"),
      import("@/lib/integrations/view"),
      import("@/lib/scenarios/view"),
      import("@/db/queries/members"),
      import("@/db/queries/invitations"),
      import("@/db/queries/workspace-settings"),
      import("@/db/queries/audit-log"),
      import("@/lib/workspace-data/export"),
      import("@/db/queries/templates"),
      import("@/lib/templates/view"),
      import("@/db/queries/tenants"),
      import("@/lib/workspaces/view"),
      import("@/lib/benchmarking/view"),
    ]);
  /** One workspace's pages: the answers must hold nothing of another workspace. */
  const workspace = async (ctx: TenantCtx) => {
    const rows = await portfolio.listPortfolio(ctx, today);
    const technologyId = rows[0].id;
    const latest = await kpis.latestPeriodWithData(ctx);
    return {
      dashboard: await dashboard.getDashboard(ctx, {}, today),
      portfolio: rows,
      technology: await portfolio.getTechnologyDetail(ctx, technologyId, today),
      technologyLinks: await integrations.getTechnologyIntegrations(ctx, technologyId),
      kpis: await kpis.listKpis(ctx),
      entryGrid: await kpis.getEntryGrid(ctx, latest!),
      kpiLinkOptions: await kpis.listKpiLinkOptions(ctx),
      kpiValues: await kpiValues.listKpiValues(ctx),
      scorecard: await scorecard.getScorecard(ctx, {}, today),
      goals: await goals.listGoals(ctx),
      matrix: await goals.getAlignmentMatrix(ctx),
      benefits: await realisation.getBenefitsRealised(ctx, {}, today),
      beforeAfter: await realisation.getBeforeAfter(ctx, technologyId, {}, today),
      strategy: await strategy.getStrategy(ctx, today),
      integrationMap: await integrations.getIntegrationMap(ctx),
      scenarios: await scenarios.loadScenarioScope(ctx, "portfolio", today),
      members: await members.listMembers(ctx),
      invitations: await invitations.listPendingInvitations(ctx),
      settings: await settings.getWorkspaceSettings(ctx),
      auditLog: await auditLog.listAuditLog(ctx),
      auditFilters: await auditLog.listAuditFilterOptions(ctx),
      export: await data.exportWorkspace(ctx, exportedAt),
    };
  };
  /** What spans the user's workspaces: the workspace switcher, the overview, the benchmark, the template sources. */
  const user = async (ctx: TenantCtx) => ({
    tenant: await tenants.resolveTenant(ctx.userId, ctx.org.slug),
    workspaces: await tenants.listWorkspacesForUser(ctx.userId),
    overview: await overview.getWorkspacesOverview(ctx.userId, today),
    benchmark: await benchmarking.getBenchmark(ctx, today),
    templateSources: await templateSources.listTemplateSources(ctx),
  });
  return { workspace, user, templates };
}

let a: TenantCtx; // the demo owner's one workspace
let b: TenantCtx; // another of the consultant's workspaces, which the demo owner is not in

beforeAll(async () => {
  await seedDemo(owner.db);
  if (config.engine === "postgres") {
    const [{ name }] = rowsOf<{ name: string }>(await owner.db.execute(sql`select current_database() as name`));
    // The app's own configuration, on one connection: a scope's code must never need a second one (the
    // embedded database has no second).
    const appConfig = appConfigFromEnv({ DATABASE_URL: databaseUrl(config.baseUrl, name) });
    if (appConfig.engine !== "postgres") throw new Error("DATABASE_URL configures PostgreSQL");
    app = openDatabase({ ...appConfig, max: 1 });
  }
  a = await tenantOf(DEMO_USERS.owner, "harbor-bakery");
  b = await tenantOf(DEMO_USERS.consultant, "ledger-and-co");
  // A pending invitation, so that every tenant table holds rows.
  await owner.db.insert(schema.invitations).values({ orgId: a.orgId, email: "pending@example.com", role: "viewer", tokenHash: newInvitationToken().tokenHash, invitedBy: a.userId, expiresAt: new Date(Date.now() + 86_400_000) });
});

afterAll(async () => {
  await app?.close();
});

describe("the app as techfolio_app", () => {
  it("connects as the app role, and outside any scope sees no tenant row (users are not tenant rows)", async () => {
    const counts = async () => Object.fromEntries(await Promise.all(tenantTables.map(async (t) => [getTableName(t), (await db.select({ n: count() }).from(t))[0].n] as const)));
    const asOwner = await counts();
    expect(Object.values(asOwner).every((n) => n > 0)).toBe(true);
    await asApp(async () => {
      expect(rowsOf<{ role: string }>(await db.execute(sql`select current_user as role`))).toEqual([{ role: APP_ROLE }]);
      expect(Object.values(await counts())).toEqual(tenantTables.map(() => 0));
      expect((await db.select({ n: count() }).from(schema.users))[0].n).toBeGreaterThanOrEqual(3);
    });
  });

  it("is configured from the environment: DATABASE_APP_URL as it is, else DATABASE_URL acting as the app role", () => {
    const url = "postgres://owner@127.0.0.1:5432/techfolio";
    const appUrl = "postgres://techfolio_login@127.0.0.1:5432/techfolio";
    expect(appConfigFromEnv({ DATABASE_URL: url })).toEqual({ engine: "postgres", url, role: APP_ROLE });
    expect(appConfigFromEnv({ DATABASE_URL: url, DATABASE_APP_URL: appUrl })).toEqual({ engine: "postgres", url: appUrl });
    expect(appConfigFromEnv({ TECHFOLIO_DATA_DIR: "/tmp/techfolio-data" })).toEqual({ engine: "pglite", dataDir: "/tmp/techfolio-data/pglite" });
  });

  it("start-up migrates and seeds as the owner and leaves the app acting as the app role", async () => {
    if (app && config.engine === "postgres") {
      const [{ name }] = rowsOf<{ name: string }>(await owner.db.execute(sql`select current_database() as name`));
      await startDatabase({ DATABASE_URL: databaseUrl(config.baseUrl, name) }, app);
    } else {
      await startDatabase({}, owner);
    }
    const handle = app ?? owner;
    try {
      expect(rowsOf<{ role: string }>(await handle.db.execute(sql`select current_user as role`))).toEqual([{ role: APP_ROLE }]);
    } finally {
      if (!app) await owner.db.execute(sql`reset role`);
    }
  });

  it("a scope shows its workspace only, and a connection reused for A then B keeps nothing of A", async () => {
    await asApp(async () => {
      const orgsIn = async (orgIds: string[]) =>
        withScope({ orgIds }, async () => [...new Set((await db.select({ orgId: schema.investments.orgId }).from(schema.investments)).map((r) => r.orgId))]);
      expect(await orgsIn([a.orgId])).toEqual([a.orgId]);
      expect(await orgsIn([b.orgId])).toEqual([b.orgId]);
      expect(await db.select().from(schema.investments)).toEqual([]);
      expect(await withScope({ userId: a.userId }, () => db.select({ id: schema.organizations.id }).from(schema.organizations))).toEqual([{ id: a.orgId }]);
    });
  });

  it("reads of two workspaces at once in one transaction each see their own rows; one transaction serves one user", async () => {
    const consultantInA = await tenantOf(DEMO_USERS.consultant, "harbor-bakery");
    const { listKpis } = await import("@/db/queries/kpis");
    const expected = [await listKpis(consultantInA), await listKpis(b)];
    expect(expected[0].length).toBeGreaterThan(0);
    await asApp(async () => {
      // Both widen the same transaction concurrently: neither may run before its workspace is in the settings.
      const both = await withScope({ userId: b.userId }, () => Promise.all([listKpis(consultantInA), listKpis(b)]));
      expect(both).toEqual(expected);
      await expect(withScope({ userId: b.userId }, () => listKpis(a))).rejects.toThrow(/one user/);
    });
  });

  it("every page's reads give the owner's answer, and a workspace's pages hold nothing of another workspace", async () => {
    const foreign = new Map([
      [a.orgId, await idsOf(b.orgId)],
      [b.orgId, await idsOf(a.orgId)],
    ]);
    for (const ctx of [a, b]) {
      const expected = await (await pageReads()).workspace(ctx);
      expect(expected.portfolio.length).toBeGreaterThan(0);
      expect(expected.kpis.length).toBeGreaterThan(0);
      expect(expected.auditLog.rows.length).toBeGreaterThan(0);
      const actual = await asApp(async () => (await pageReads()).workspace(ctx));
      expect(actual).toEqual(expected);
      const text = JSON.stringify(actual);
      for (const id of foreign.get(ctx.orgId)!) expect(text, id).not.toContain(id);
    }
  });

  it("the reads across a user's workspaces give the owner's answer: all of the consultant's, only the demo owner's own", async () => {
    for (const ctx of [a, b]) {
      const expected = await (await pageReads()).user(ctx);
      const actual = await asApp(async () => (await pageReads()).user(ctx));
      expect(actual).toEqual(expected);
      expect(actual.tenant).toMatchObject({ orgId: ctx.orgId, role: ctx.role });
      expect(actual.overview.map((w) => w.slug)).toEqual(ctx === a ? ["harbor-bakery"] : ["harbor-bakery", "ledger-and-co", "precision-parts"]);
      expect(actual.workspaces).toHaveLength(actual.overview.length);
    }
    // A template's source is another workspace: readable once the user's admin membership there is found.
    const preview = async () => (await pageReads()).templates.getTemplatePreview(b, "harbor-bakery");
    const expected = await preview();
    expect(expected?.kpis.add.length).toBeGreaterThan(0);
    expect(await asApp(preview)).toEqual(expected);
    expect(await asApp(async () => (await pageReads()).templates.getTemplatePreview(a, "ledger-and-co"))).toBeNull();
  });

  it("a workspace not the user's resolves to nothing, as it does for the owner", async () => {
    const outsider = { ...b, userId: a.userId };
    const reads = async () => {
      const { user } = await pageReads();
      return (await user(outsider)).tenant;
    };
    expect(await reads()).toBeNull();
    expect(await asApp(reads)).toBeNull();
  });
});

describe("actions as techfolio_app", () => {
  for (const row of ROWS) {
    it(`${row.name} succeeds for its workspace`, async () => {
      const ws = await createTenant("owner");
      const payload = await row.payload(ws, ws.userId);
      const audits = async () => (await owner.db.select({ n: count() }).from(schema.auditLog).where(eq(schema.auditLog.orgId, ws.orgId)))[0].n;
      const before = await audits();
      auth.mockResolvedValue({ user: { id: ws.userId } });
      const result = await asApp(async () => {
        try {
          return await actionOf(row)(ws.org.slug, payload);
        } catch (error) {
          if (error instanceof Redirect) return { ok: true };
          throw error;
        }
      });
      expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
      if (row.audits) expect(await audits()).toBeGreaterThan(before);
      await row.verify?.(ws);
    });
  }
});

describe("account flows as techfolio_app", () => {
  const form = (fields: Record<string, string>) => {
    const data = new FormData();
    for (const [k, v] of Object.entries(fields)) data.set(k, v);
    return data;
  };
  const redirectOf = async (call: () => Promise<unknown>) => {
    try {
      return { returned: await call() };
    } catch (error) {
      if (error instanceof Redirect) return { redirect: error.message };
      throw error;
    }
  };
  const membershipsOf = (userId: string) =>
    owner.db
      .select({ slug: schema.organizations.slug, role: schema.memberships.role })
      .from(schema.memberships)
      .innerJoin(schema.organizations, eq(schema.organizations.id, schema.memberships.orgId))
      .where(eq(schema.memberships.userId, userId));

  it("sign-up creates the account and its first workspace, under the next free slug it cannot see", async () => {
    const { signUp } = await import("@/lib/auth/actions");
    const email = `new-${Date.now()}@example.com`;
    const result = await asApp(() => signUp({ ok: false }, form({ name: "New Owner", email, password: "a-long-password", workspace: "Harbor Bakery" })));
    expect(result).toEqual({ ok: true });
    const [user] = await owner.db.select().from(schema.users).where(eq(schema.users.email, email));
    expect(await membershipsOf(user.id)).toEqual([{ slug: "harbor-bakery-2", role: "owner" }]);
    // The same email again is the friendly conflict, and writes nothing.
    const again = await asApp(() => signUp({ ok: false }, form({ name: "Twin", email, password: "a-long-password", workspace: "Twin Co" })));
    expect(again).toMatchObject({ ok: false, fieldErrors: { email: [expect.any(String)] } });
  });

  it("a new workspace for a signed-in user, and the user's workspaces then include it", async () => {
    const { createWorkspace } = await import("@/lib/workspaces/actions");
    auth.mockResolvedValue({ user: { id: a.userId } });
    const result = await asApp(() => redirectOf(() => createWorkspace({ ok: false }, form({ name: "Harbor Bakery", currency: "EUR", industry: "hospitality" }))));
    expect(result).toEqual({ redirect: "/w/harbor-bakery-3/dashboard" });
    expect(await membershipsOf(a.userId)).toEqual(expect.arrayContaining([{ slug: "harbor-bakery-3", role: "owner" }]));
    const { listWorkspacesForUser } = await import("@/db/queries/tenants");
    expect((await asApp(() => listWorkspacesForUser(a.userId))).map((w) => w.slug).sort()).toEqual(["harbor-bakery", "harbor-bakery-3"]);
  });

  it("an invitation is found by its token alone, and accepted by a signed-in user or by signing up", async () => {
    const { acceptInvitationAction, signUpFromInvitation } = await import("@/lib/members/actions");
    const { findInvitationByToken } = await import("@/db/queries/invitations");
    const invite = async (email: string) => {
      const { token, tokenHash } = newInvitationToken();
      await owner.db.insert(schema.invitations).values({ orgId: b.orgId, email, role: "member", tokenHash, invitedBy: b.userId, expiresAt: new Date(Date.now() + 86_400_000) });
      return token;
    };
    const invitee = await createUser({ email: `invitee-${Date.now()}@example.com` });
    const token = await invite(invitee.email);
    expect(await asApp(() => findInvitationByToken(token))).toMatchObject({ status: "valid", email: invitee.email, org: { slug: "ledger-and-co" } });
    auth.mockResolvedValue({ user: { id: invitee.id } });
    expect(await asApp(() => redirectOf(() => acceptInvitationAction({ ok: false }, form({ token }))))).toEqual({ redirect: "/w/ledger-and-co/dashboard" });
    expect(await membershipsOf(invitee.id)).toEqual([{ slug: "ledger-and-co", role: "member" }]);
    expect(await asApp(() => findInvitationByToken(token))).toEqual({ status: "accepted" });

    const newcomer = `newcomer-${Date.now()}@example.com`;
    const second = await invite(newcomer);
    auth.mockResolvedValue(null);
    expect(await asApp(() => signUpFromInvitation({ ok: false }, form({ token: second, name: "Newcomer", password: "a-long-password" })))).toEqual({ ok: true });
    const [user] = await owner.db.select().from(schema.users).where(eq(schema.users.email, newcomer));
    expect(await membershipsOf(user.id)).toEqual([{ slug: "ledger-and-co", role: "member" }]);
  });

  it("a workspace export imports as a new workspace with the same rows", async () => {
    const { exportWorkspace } = await import("@/lib/workspace-data/export");
    const { importFromForm } = await import("@/lib/workspace-data/import");
    const { resolveTenant } = await import("@/db/queries/tenants");
    const original = await exportWorkspace(a, exportedAt);
    const upload = new FormData();
    upload.set("file", new Blob([JSON.stringify(original)], { type: "application/json" }));
    const result = await asApp(() => importFromForm(a.userId, upload));
    expect(result).toEqual({ ok: true, slug: "harbor-bakery-cafe-imported" });
    const copy = await asApp(async () => exportWorkspace((await resolveTenant(a.userId, "harbor-bakery-cafe-imported"))!, exportedAt));
    const sizes = (doc: typeof original) => Object.fromEntries(Object.entries(doc).map(([k, v]) => [k, Array.isArray(v) ? v.length : null]));
    expect(sizes(copy)).toEqual(sizes(original));
    expect(copy.investments.map((i) => i.name).sort()).toEqual(original.investments.map((i) => i.name).sort());
  });
});
