import { db } from "@/db";
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
