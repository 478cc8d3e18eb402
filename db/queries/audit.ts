import { db } from "@/db";
import { count, max } from "drizzle-orm";
import { auditLog } from "@/db/schema";
import type { TenantCtx } from "@/lib/auth/tenant-context";

export type AuditInput = {
  action: "create" | "update" | "delete" | "import";
  entity: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
};

/** Every write leaves a row: who, what, before → after. Runs inside the write's own transaction. */
export async function writeAudit(ctx: Pick<TenantCtx, "orgId" | "userId">, entries: AuditInput | AuditInput[]): Promise<void> {
  const list = Array.isArray(entries) ? entries : [entries];
  if (list.length === 0) return;
  await db.insert(auditLog).values(
    list.map((e) => ({
      orgId: ctx.orgId,
      userId: ctx.userId,
      action: e.action,
      entity: e.entity,
      entityId: e.entityId ?? null,
      before: e.before ?? null,
      after: e.after ?? null,
    })),
  );
}

/**
 * A workspace's write mark, as the audit log shows it: how many rows it has, and the latest id. Only a
 * committed write adds rows (a rolled-back one leaves none; a read, a preview or a refused action writes
 * none), and every write that changes something adds one. The count also moves when a write commits after
 * a later-numbered one, which leaves the latest id as it was.
 */
export const writeMarkColumns = () => ({ writes: count(auditLog.id), latest: max(auditLog.id) });
export const writeMarkOf = (row: { writes: number; latest: number | null } | undefined): string => `${row?.writes ?? 0}.${row?.latest ?? 0}`;
