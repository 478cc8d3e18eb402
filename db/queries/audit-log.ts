import "server-only";
import { and, asc, count, desc, eq, gte, isNull, lt, sql, type SQL } from "drizzle-orm";
import { db } from "@/db";
import { auditLog, investments, memberships, users } from "@/db/schema";
import { tenantRead } from "@/db/scope";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { isUuid } from "@/lib/ids";

const AUDIT_PAGE_SIZE = 50;
/** The person filter's value for rows whose author's account was deleted. */
export const DELETED_USER = "deleted";

export type AuditLogFilter = {
  /** A user id, or DELETED_USER. */
  person?: string;
  entity?: string;
  /** Inclusive days, YYYY-MM-DD, in UTC. */
  from?: string;
  to?: string;
  page?: number;
};

/** Entities whose id names a technology, so the row can link to its page while it exists. */
const technologyEntities = ["investment", "alignments"];

function isDay(v: unknown): v is string {
  if (typeof v !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000);

/** Always this workspace's rows; a filter value that cannot be right (not a uuid, not a date) is dropped, never an error. */
function where(ctx: TenantCtx, f: AuditLogFilter): SQL {
  const conditions: (SQL | undefined)[] = [eq(auditLog.orgId, ctx.orgId)];
  if (f.person === DELETED_USER) conditions.push(isNull(auditLog.userId));
  else if (isUuid(f.person)) conditions.push(eq(auditLog.userId, f.person));
  if (typeof f.entity === "string" && f.entity !== "" && f.entity.length <= 64) conditions.push(eq(auditLog.entity, f.entity));
  if (isDay(f.from)) conditions.push(gte(auditLog.createdAt, new Date(`${f.from}T00:00:00Z`)));
  if (isDay(f.to)) conditions.push(lt(auditLog.createdAt, nextDay(f.to)));
  return and(...conditions)!;
}

/** One page of the workspace's audit log, newest first, and how many rows the filter matches: one query each. */
export const listAuditLog = tenantRead(async function listAuditLog(ctx: TenantCtx, filter: AuditLogFilter = {}, pageSize: number = AUDIT_PAGE_SIZE) {
  const page = Number.isSafeInteger(filter.page) && filter.page! >= 1 ? filter.page! : 1;
  const condition = where(ctx, filter);
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({
        id: auditLog.id,
        createdAt: auditLog.createdAt,
        userId: auditLog.userId,
        userName: users.name,
        action: auditLog.action,
        entity: auditLog.entity,
        entityId: auditLog.entityId,
        before: auditLog.before,
        after: auditLog.after,
        technologyId: investments.id,
      })
      .from(auditLog)
      .leftJoin(users, eq(users.id, auditLog.userId))
      // Scoped by the org as well as the id, so a row can only ever link to this workspace's technology.
      .leftJoin(
        investments,
        and(
          eq(investments.orgId, auditLog.orgId),
          sql`${auditLog.entity} in (${sql.join(technologyEntities.map((e) => sql`${e}`), sql`, `)})`,
          sql`${investments.id}::text = ${auditLog.entityId}`,
        ),
      )
      .where(condition)
      .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ total: count() }).from(auditLog).where(condition),
  ]);
  return { rows, total, page, pageSize, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
});
export type AuditLogPage = Awaited<ReturnType<typeof listAuditLog>>;
export type AuditLogRow = AuditLogPage["rows"][number];

/** What the filters offer: the workspace's members by name, and the entities its log mentions. */
export const listAuditFilterOptions = tenantRead(async function listAuditFilterOptions(ctx: TenantCtx) {
  const [people, entities] = await Promise.all([
    db
      .select({ id: users.id, name: users.name, email: users.email })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(eq(memberships.orgId, ctx.orgId))
      .orderBy(asc(users.name), asc(users.email)),
    db.selectDistinct({ entity: auditLog.entity }).from(auditLog).where(eq(auditLog.orgId, ctx.orgId)).orderBy(asc(auditLog.entity)),
  ]);
  return { people, entities: entities.map((e) => e.entity) };
});
