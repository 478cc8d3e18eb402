// Row-level security, tested as the application's role (techfolio_app) on the database itself, beneath
// every application check: migration 0002 must make another workspace's rows invisible and unwritable.
// On PostgreSQL the test connects a one-connection pool as that role, so "reused for A then B" is the
// same server connection; embedded PGlite has a single connection and switches role per transaction.
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { db } from "@/db";
import { auditLog, invitations, kpiMeasurements, kpis } from "@/db/schema";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { newInvitationToken } from "@/lib/members/tokens";
import { createInvestment, createTenant } from "@/test/factories";
import { databaseUrl } from "@/test/postgres-admin";

type Row = Record<string, unknown>;
type Scope = { orgIds?: string[]; userId?: string; invitation?: string };
/** Runs statements in one transaction as techfolio_app with the given settings (SET LOCAL). */
type AppRunner = (scope: Scope, statements: (run: (text: string, params?: unknown[]) => Promise<Row[]>) => Promise<void>) => Promise<void>;

const config = inject("testDb");
let appSql: postgres.Sql | null = null;

const settings = (scope: Scope) => [scope.orgIds?.join(",") ?? "", scope.userId ?? "", scope.invitation ?? ""];
const SET_SCOPE = "select set_config('app.org_id', $1, true), set_config('app.user_id', $2, true), set_config('app.invitation', $3, true)";

const asApp: AppRunner = async (scope, statements) => {
  if (appSql) {
    await appSql.begin(async (tx) => {
      await tx.unsafe(SET_SCOPE, settings(scope));
      await statements(async (text, params = []) => [...(await tx.unsafe(text, params as never[]))]);
    });
    return;
  }
  // PGlite: the test's own client, as the role for this transaction only.
  await db.transaction(async (tx) => {
    await tx.execute(sql`set local role techfolio_app`);
    const [a, b, c] = settings(scope);
    await tx.execute(sql`select set_config('app.org_id', ${a}, true), set_config('app.user_id', ${b}, true), set_config('app.invitation', ${c}, true)`);
    await statements(async (text, params = []) => {
      const result = await tx.execute(sql.raw(params.reduce<string>((q, p, i) => q.replaceAll(`$${i + 1}`, `'${String(p).replaceAll("'", "''")}'`), text)));
      return (Array.isArray(result) ? result : (result as { rows: Row[] }).rows) as Row[];
    });
  });
};

/** Every table of schema public with an org_id column: the tenant tables, found in the catalog. */
async function tenantTables(): Promise<string[]> {
  const rows = await db.execute<{ table_name: string }>(sql`
    select table_name from information_schema.columns
    where table_schema = 'public' and column_name = 'org_id' order by table_name`);
  return (Array.isArray(rows) ? rows : (rows as unknown as { rows: { table_name: string }[] }).rows).map((r) => r.table_name);
}

let a: TenantCtx;
let b: TenantCtx;
let aTech: { id: string };
let bTech: { id: string };
let bInvitation: { token: string; tokenHash: string };
let tables: string[];

beforeAll(async () => {
  if (config.engine === "postgres") {
    const [{ name }] = (await db.execute(sql`select current_database() as name`)) as unknown as { name: string }[];
    appSql = postgres(databaseUrl(config.baseUrl, name), { max: 1, onnotice: () => {}, connection: { role: "techfolio_app" } });
  }
  a = await createTenant("owner");
  b = await createTenant("owner");
  aTech = await createInvestment(a);
  bTech = await createInvestment(b);
  for (const ctx of [a, b]) {
    const [kpi] = await db.insert(kpis).values({ orgId: ctx.orgId, name: "NPS", perspective: "customer", unit: "score", direction: "higher", baseline: "30", target: "50" }).returning();
    await db.insert(kpiMeasurements).values({ orgId: ctx.orgId, kpiId: kpi.id, period: "2026-01-01", value: "40" });
    await db.insert(auditLog).values({ orgId: ctx.orgId, userId: ctx.userId, action: "create", entity: "kpi", entityId: kpi.id });
  }
  bInvitation = newInvitationToken();
  await db.insert(invitations).values({ orgId: b.orgId, email: "invitee@example.com", role: "member", tokenHash: bInvitation.tokenHash, invitedBy: b.userId, expiresAt: new Date(Date.now() + 86_400_000) });
  tables = [...(await tenantTables()), "organizations"];
});

afterAll(async () => {
  await appSql?.end({ timeout: 5 });
});

/** The database's own message: drizzle wraps it in "Failed query", with the server's error as the cause. */
async function refusal(attempt: Promise<void>): Promise<string> {
  try {
    await attempt;
  } catch (error) {
    const cause = (error as { cause?: { message?: string } }).cause;
    return `${(error as Error).message} ${cause?.message ?? ""}`;
  }
  return "allowed";
}

const orgColumn = (table: string) => (table === "organizations" ? "id" : "org_id");

describe("row-level security as the application's role", () => {
  it("is enabled and forced on every tenant table, and the role owns none of them", async () => {
    const rows = await db.execute<{ relname: string; relrowsecurity: boolean; relforcerowsecurity: boolean; owner: string }>(sql`
      select c.relname, c.relrowsecurity, c.relforcerowsecurity, pg_get_userbyid(c.relowner) as owner
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind = 'r'`);
    const list = (Array.isArray(rows) ? rows : (rows as unknown as { rows: never[] }).rows) as { relname: string; relrowsecurity: boolean; relforcerowsecurity: boolean; owner: string }[];
    expect(tables.length).toBeGreaterThanOrEqual(15);
    for (const table of tables) {
      const row = list.find((r) => r.relname === table);
      expect(row, table).toMatchObject({ relrowsecurity: true, relforcerowsecurity: true });
      expect(row!.owner, table).not.toBe("techfolio_app");
    }
  });

  it("with workspace A set, shows only A's rows in every tenant table", async () => {
    await asApp({ orgIds: [a.orgId] }, async (run) => {
      for (const table of tables) {
        const [counts] = await run(`select count(*)::int as mine, count(*) filter (where ${orgColumn(table)} <> $1)::int as others from "${table}"`, [a.orgId]);
        expect(counts.others, table).toBe(0);
      }
      const [{ n }] = await run(`select count(*)::int as n from investments where id = $1`, [bTech.id]);
      expect(n).toBe(0);
      const [{ m }] = await run(`select count(*)::int as m from investments where id = $1`, [aTech.id]);
      expect(m).toBe(1);
    });
  });

  it("with workspace A set, B's rows cannot be changed, deleted or written into", async () => {
    await asApp({ orgIds: [a.orgId] }, async (run) => {
      expect(await run(`update investments set name = 'taken' where id = $1 returning id`, [bTech.id])).toEqual([]);
      expect(await run(`delete from kpi_measurements where org_id = $1 returning kpi_id`, [b.orgId])).toEqual([]);
      expect(await run(`update organizations set name = 'taken' where id = $1 returning id`, [b.orgId])).toEqual([]);
    });
    expect(await refusal(asApp({ orgIds: [a.orgId] }, async (run) => void (await run(`insert into goals (org_id, title, perspective) values ($1, 'planted', 'customer')`, [b.orgId]))))).toMatch(/row-level security/);
    // Moving one of A's rows into B is a write into B.
    expect(await refusal(asApp({ orgIds: [a.orgId] }, async (run) => void (await run(`update investments set org_id = $1 where id = $2`, [b.orgId, aTech.id]))))).toMatch(/row-level security|foreign key/);
    const [after] = await db.execute(sql`select name, org_id from investments where id = ${bTech.id}`).then((r) => (Array.isArray(r) ? r : (r as unknown as { rows: Row[] }).rows) as Row[]);
    expect(after.name).not.toBe("taken");
  });

  it("with no workspace set, shows nothing at all", async () => {
    await asApp({}, async (run) => {
      for (const table of tables) {
        const [{ n }] = await run(`select count(*)::int as n from "${table}"`);
        expect(n, table).toBe(0);
      }
    });
  });

  it("a connection reused for A and then B keeps nothing of A", async () => {
    let first: unknown;
    await asApp({ orgIds: [a.orgId] }, async (run) => {
      first = (await run(`select pg_backend_pid() as pid`))[0].pid;
      expect(await run(`select id from investments where id = $1`, [aTech.id])).toHaveLength(1);
    });
    await asApp({ orgIds: [b.orgId] }, async (run) => {
      if (appSql) expect((await run(`select pg_backend_pid() as pid`))[0].pid).toBe(first);
      expect(await run(`select id from investments where id = $1`, [aTech.id])).toEqual([]);
      expect(await run(`select id from investments where id = $1`, [bTech.id])).toHaveLength(1);
    });
    await asApp({}, async (run) => {
      expect(await run(`select current_setting('app.org_id', true) as org`)).toEqual([{ org: "" }]);
      expect(await run(`select id from investments`)).toEqual([]);
    });
  });

  it("a signed-in user with no workspace chosen sees only their own memberships and workspaces", async () => {
    await asApp({ userId: a.userId }, async (run) => {
      expect(await run(`select org_id from memberships`)).toEqual([{ org_id: a.orgId }]);
      expect(await run(`select id from organizations`)).toEqual([{ id: a.orgId }]);
      expect(await run(`select id from investments`)).toEqual([]);
    });
  });

  it("an invitation's token shows that invitation and nothing else", async () => {
    await asApp({ invitation: bInvitation.tokenHash }, async (run) => {
      expect(await run(`select org_id, email from invitations`)).toEqual([{ org_id: b.orgId, email: "invitee@example.com" }]);
      expect(await run(`select id from organizations`)).toEqual([]);
    });
    await asApp({ invitation: newInvitationToken().tokenHash }, async (run) => {
      expect(await run(`select id from invitations`)).toEqual([]);
    });
  });

  it("the role cannot switch the wall off", async () => {
    expect(await refusal(asApp({ orgIds: [a.orgId] }, async (run) => void (await run(`alter table investments disable row level security`))))).toMatch(/must be owner/);
    expect(await refusal(asApp({ orgIds: [a.orgId] }, async (run) => void (await run(`drop policy tenant_isolation on investments`))))).toMatch(/must be owner/);
  });
});
