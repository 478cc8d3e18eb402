import "server-only";
import { resolveTenant } from "@/db/queries/tenants";
import { auth } from "@/lib/auth";
import { hasRole, type TenantCtx } from "@/lib/auth/tenant-context";
import type { Role } from "@/lib/domain/values";
import { AppError, type AppErrorCode } from "@/lib/errors";
import { isCrossSiteWrite } from "./cross-site";
import { RateLimitExceeded, retryAfterSeconds } from "./rate-limit";
import { privately, refusal, type AnswerFormat } from "./responses";

/** What Next.js passes a route handler besides the request. */
export type RouteContext<P> = { params: Promise<P> };
export type RouteHandler<P> = (request: Request, context: RouteContext<P>) => Promise<Response>;

const STATUS: Record<AppErrorCode, number> = { invalid: 400, forbidden: 403, not_found: 404, conflict: 409, rate_limited: 429 };

/** The message a member whose role is too low gets: it names the role the endpoint needs. */
export const roleNeeded = (role: Role) => `This needs the ${role} role in this workspace.`;

/**
 * The steps every handler shares: a write from another site is refused before anything runs, the
 * `AppError`s the handler throws become their status (other errors stay 500s, with no detail; an
 * `enforceRateLimit` refusal is a 429 with `Retry-After`), and every answer is private and never stored.
 */
function endpoint<P>(format: AnswerFormat, run: (request: Request, params: P) => Promise<Response>): RouteHandler<P> {
  return async (request, { params }) => {
    if (isCrossSiteWrite(request)) return refusal(403, "Cross-origin request refused.", format);
    try {
      return privately(await run(request, await params));
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      const refused = refusal(STATUS[error.code], error.message, format);
      if (error instanceof RateLimitExceeded) refused.headers.set("Retry-After", retryAfterSeconds(error.retryAfterMs));
      return refused;
    }
  };
}

const sessionUserId = async () => (await auth())?.user?.id ?? null;

/**
 * A route handler on the workspace named by the URL's slug, for its members of at least `role`. Signed
 * out, not a member and no such workspace are one answer, a 404 (never reveal that a workspace exists);
 * a member whose role is too low gets a 403 that names the role needed.
 *
 *   export const GET = tenantRoute({ role: "viewer" }, async (request, ctx) => csvDownload(name, csv));
 */
export function tenantRoute<P extends { slug: string }>(
  options: { role: Role; answer?: AnswerFormat },
  handler: (request: Request, ctx: TenantCtx, params: P) => Promise<Response>,
): RouteHandler<P> {
  const format = options.answer ?? "text";
  return endpoint<P>(format, async (request, params) => {
    const userId = await sessionUserId();
    const ctx = userId ? await resolveTenant(userId, params.slug) : null;
    if (!ctx) return refusal(404, "Not found.", format);
    if (!hasRole(ctx, options.role)) return refusal(403, roleNeeded(options.role), format);
    return handler(request, ctx, params);
  });
}

/** A route handler for whoever is signed in, acting on no workspace's data; signed out gets a 401. */
export function userRoute<P>(
  options: { answer?: AnswerFormat },
  handler: (request: Request, user: { userId: string }, params: P) => Promise<Response>,
): RouteHandler<P> {
  const format = options.answer ?? "text";
  return endpoint<P>(format, async (request, params) => {
    const userId = await sessionUserId();
    if (!userId) return refusal(401, "Your session has ended. Sign in again.", format);
    return handler(request, { userId }, params);
  });
}
