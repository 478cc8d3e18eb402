import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { auditLog, users } from "@/db/schema";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { addMember, createInvestment, createTenant } from "@/test/factories";
import { DELETED_USER, listAuditFilterOptions, listAuditLog } from "./audit-log";

let a: TenantCtx;
let aMember: TenantCtx;
let b: TenantCtx;
let techId: string;
let goneTechId: string;

type Row = { ctx: TenantCtx; userId?: string | null; entity: string; entityId?: string; at: string; action?: string };
const insert = (rows: Row[]) =>
  db.insert(auditLog).values(
    rows.map((r) => ({
      orgId: r.ctx.orgId,
      userId: r.userId === undefined ? r.ctx.userId : r.userId,
      action: r.action ?? "update",
      entity: r.entity,
      entityId: r.entityId ?? null,
      before: { n: 1 },
      after: { n: 2 },
      createdAt: new Date(r.at),
    })),
  );

beforeAll(async () => {
  a = await createTenant("owner");
  aMember = await addMember(a, "member");
  b = await createTenant("owner");
  techId = (await createInvestment(a)).id;
  goneTechId = "00000000-0000-4000-8000-000000000001";
  const bTech = await createInvestment(b);
  // 60 goal rows over two days, then one of each other kind: 65 rows in A.
  await insert(Array.from({ length: 60 }, (_, i) => ({ ctx: a, entity: "goal", entityId: `g${i}`, at: `2026-03-${i < 30 ? "10" : "11"}T${String(i % 24).padStart(2, "0")}:00:00Z` })));
  await insert([
    { ctx: a, userId: aMember.userId, entity: "investment", entityId: techId, at: "2026-04-01T09:00:00Z", action: "create" },
    { ctx: a, userId: aMember.userId, entity: "investment", entityId: goneTechId, at: "2026-04-02T09:00:00Z", action: "delete" },
    { ctx: a, entity: "investment", entityId: bTech.id, at: "2026-04-03T09:00:00Z" },
    { ctx: a, userId: null, entity: "kpi", at: "2026-04-30T23:59:59Z" },
    { ctx: a, entity: "organization", entityId: a.orgId, at: "2026-05-01T00:00:00Z" },
    { ctx: b, entity: "investment", entityId: bTech.id, at: "2026-04-01T10:00:00Z" },
    { ctx: b, entity: "secret_b_entity", at: "2026-04-05T10:00:00Z" },
  ]);
});

describe("listAuditLog", () => {
  it("pages the workspace's rows newest first, 50 a page, with the total", async () => {
    const first = await listAuditLog(a);
    expect(first).toMatchObject({ total: 65, page: 1, pageSize: 50, pageCount: 2 });
    expect(first.rows).toHaveLength(50);
    expect(first.rows[0]).toMatchObject({ entity: "organization", entityId: a.orgId });
    const times = first.rows.map((r) => r.createdAt.getTime());
    expect(times).toEqual([...times].sort((x, y) => y - x));
    const second = await listAuditLog(a, { page: 2 });
    expect(second.rows).toHaveLength(15);
    expect(new Set([...first.rows, ...second.rows].map((r) => r.id)).size).toBe(65);
    expect((await listAuditLog(a, { page: 3 })).rows).toEqual([]);
  });

  it("never returns another workspace's rows, whatever the filter", async () => {
    for (const filter of [{}, { entity: "secret_b_entity" }, { person: b.userId }, { from: "2026-04-01", to: "2026-04-05" }]) {
      const { rows, total } = await listAuditLog(a, filter, 500);
      expect(rows.every((r) => r.userId !== b.userId && r.entity !== "secret_b_entity")).toBe(true);
      expect(rows.length).toBe(Math.min(total, 500));
    }
    expect((await listAuditLog(a, { entity: "secret_b_entity" })).total).toBe(0);
    expect((await listAuditLog(b)).total).toBe(2);
  });

  it("filters by person, by a deleted author, by entity and by an inclusive UTC date range", async () => {
    expect((await listAuditLog(a, { person: aMember.userId })).rows.map((r) => r.entityId)).toEqual([goneTechId, techId]);
    expect((await listAuditLog(a, { person: DELETED_USER })).rows.map((r) => r.entity)).toEqual(["kpi"]);
    expect((await listAuditLog(a, { entity: "goal" })).total).toBe(60);
    expect((await listAuditLog(a, { from: "2026-03-11", to: "2026-03-11" })).total).toBe(30);
    expect((await listAuditLog(a, { from: "2026-04-30" })).rows.map((r) => r.entity)).toEqual(["organization", "kpi"]);
    expect((await listAuditLog(a, { to: "2026-04-30" })).total).toBe(64);
    expect((await listAuditLog(a, { entity: "investment", from: "2026-04-02" })).total).toBe(2);
  });

  it("ignores filter values that cannot be right instead of failing", async () => {
    for (const filter of [{ person: "'; drop table audit_log; --" }, { from: "2026-02-30" }, { to: "yesterday" }, { page: -3 }, { page: Number.NaN }, { entity: "x".repeat(65) }]) {
      expect((await listAuditLog(a, filter)).total).toBe(65);
    }
  });

  it("names the author, or none once the account is deleted, and links only a technology of this workspace that still exists", async () => {
    const rows = (await listAuditLog(a, { entity: "investment" })).rows;
    const byId = Object.fromEntries(rows.map((r) => [r.entityId, r]));
    expect(byId[techId]).toMatchObject({ technologyId: techId, userName: "Test User", action: "create" });
    expect(byId[goneTechId].technologyId).toBeNull();
    expect(rows.find((r) => r.entityId !== techId && r.entityId !== goneTechId)?.technologyId).toBeNull(); // B's technology
    const temp = await addMember(a, "viewer");
    await insert([{ ctx: a, userId: temp.userId, entity: "zz_temp", at: "2026-01-01T00:00:00Z" }]);
    await db.delete(users).where(eq(users.id, temp.userId));
    const [orphan] = (await listAuditLog(a, { entity: "zz_temp" })).rows;
    expect(orphan).toMatchObject({ userId: null, userName: null });
    await db.delete(auditLog).where(sql`${auditLog.entity} = 'zz_temp'`);
  });
});

describe("listAuditFilterOptions", () => {
  it("offers this workspace's members and the entities in its log only", async () => {
    const { people, entities } = await listAuditFilterOptions(a);
    expect(people.map((p) => p.id).sort()).toEqual([a.userId, aMember.userId].sort());
    expect(entities).toEqual(["goal", "investment", "kpi", "organization"]);
  });
});
