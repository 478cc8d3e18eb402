import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/domain/values";
import { hasRole, type TenantCtx } from "./tenant-context";

/** Throws `forbidden` unless the actor's role in this workspace is at least `minimum`. */
export function requireRole(ctx: TenantCtx, minimum: Role): void {
  if (!hasRole(ctx, minimum)) throw new AppError("forbidden");
}
