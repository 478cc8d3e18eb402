import "server-only";
import { z } from "zod";
import type { Tx } from "@/db";
import { writeAudit, type AuditInput } from "@/db/queries/audit";
import { resolveTenant } from "@/db/queries/tenants";
import { withScope } from "@/db/scope";
import type { Role } from "@/lib/domain/values";
import { auth } from "@/lib/auth";
import { hasRole, type TenantCtx } from "@/lib/auth/tenant-context";
import { AppError } from "@/lib/errors";
import type { FormState } from "@/lib/form-state";

export type ActionResult<R = undefined> = FormState & { data?: R };

type Handler<S extends z.ZodType, R> = (input: z.output<S>, ctx: TenantCtx, tx: Tx) => Promise<{ data: R; audit: AuditInput | AuditInput[] }>;

/**
 * A schema, or how to build it for the workspace: numbers typed in a form are read the way the workspace's
 * locale writes them (`(ctx) => technologySchema(formatsOf(ctx))`). Built after the membership and role
 * checks, from the workspace resolved on the server.
 */
export type SchemaFor<S extends z.ZodType> = S | ((ctx: TenantCtx) => S);

const schemaOf = <S extends z.ZodType>(schema: SchemaFor<S>, ctx: TenantCtx): S => (typeof schema === "function" ? schema(ctx) : schema);

/** Plain form fields as strings; a `payload` field carries JSON for forms with repeated rows. */
function toInput(input: FormData | Record<string, unknown>): Record<string, unknown> {
  if (!(input instanceof FormData)) return input;
  const fields: Record<string, unknown> = {};
  for (const [key, value] of input.entries()) if (typeof value === "string" && !key.startsWith("$ACTION")) fields[key] = value;
  if (typeof fields.payload === "string") {
    try {
      const payload: unknown = JSON.parse(fields.payload);
      // `null`, a number or a list is not a form: validation then reports the missing fields.
      return payload !== null && typeof payload === "object" && !Array.isArray(payload) ? (payload as Record<string, unknown>) : {};
    } catch {
      return {};
    }
  }
  return fields;
}

function echo(input: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => typeof v === "string" || typeof v === "number").map(([k, v]) => [k, String(v)]));
}

type Authorized<S extends z.ZodType> =
  | { ok: true; input: Record<string, unknown>; parsed: z.output<S>; ctx: TenantCtx }
  | { ok: false; result: ActionResult<never> };

/**
 * In this order: the signed-in user, the workspace from the URL slug and the user's membership (read from
 * the database; never an id sent by the client), the role, zod validation. "Not signed in" and "not a
 * member" are the same not-found answer.
 */
async function authorize<S extends z.ZodType>(schema: SchemaFor<S>, role: Role, slug: string, raw: FormData | Record<string, unknown>): Promise<Authorized<S>> {
  const input = toInput(raw ?? {});
  const session = await auth();
  const ctx = session?.user?.id && typeof slug === "string" ? await resolveTenant(session.user.id, slug) : null;
  if (!ctx) return { ok: false, result: { ok: false, message: new AppError("not_found").message } };
  if (!hasRole(ctx, role)) return { ok: false, result: { ok: false, message: new AppError("forbidden").message } };
  const parsed = schemaOf(schema, ctx).safeParse(input);
  if (!parsed.success) {
    return { ok: false, result: { ok: false, message: new AppError("invalid").message, fieldErrors: fieldErrorsOf(parsed.error), values: echo(input) } };
  }
  return { ok: true, input, parsed: parsed.data, ctx };
}

function failure(error: unknown, input: Record<string, unknown>, what: string): ActionResult<never> {
  if (error instanceof AppError) return { ok: false, message: error.message, fieldErrors: error.fieldErrors, values: echo(input) };
  console.error(`${what} failed`, error);
  return { ok: false, message: `Something went wrong${what === "Action" ? ", and nothing was saved" : ""}. Please try again.`, values: echo(input) };
}

/** The transaction settings row-level security reads: this workspace, this user. */
const scopeOf = (ctx: TenantCtx) => ({ orgIds: [ctx.orgId], userId: ctx.userId });

/**
 * The one wrapper every workspace write goes through: `authorize`, then the handler and its audit rows in
 * one transaction, scoped to the workspace (row-level security). Database errors never reach the user.
 */
export function tenantAction<S extends z.ZodType, R = undefined>(schema: SchemaFor<S>, options: { role: Role }, handler: Handler<S, R>) {
  return async (slug: string, raw: FormData | Record<string, unknown>): Promise<ActionResult<R>> => {
    const auth = await authorize(schema, options.role, slug, raw);
    if (!auth.ok) return auth.result;
    try {
      const data = await withScope(scopeOf(auth.ctx), async (tx) => {
        const { data, audit } = await handler(auth.parsed, auth.ctx, tx);
        await writeAudit(tx, auth.ctx, audit);
        return data;
      });
      return { ok: true, data };
    } catch (error) {
      return failure(error, auth.input, "Action");
    }
  };
}

/**
 * The same checks for an action that only computes and returns figures (a budget, a simulation): no
 * transaction and no audit row, since it writes nothing. Its reads go through the tenant-scoped queries,
 * each in its own scoped transaction: none is held open while the figures are computed.
 */
export function tenantQuery<S extends z.ZodType, R>(schema: SchemaFor<S>, options: { role: Role }, handler: (input: z.output<S>, ctx: TenantCtx) => Promise<R>) {
  return async (slug: string, raw: FormData | Record<string, unknown>): Promise<ActionResult<R>> => {
    const auth = await authorize(schema, options.role, slug, raw);
    if (!auth.ok) return auth.result;
    try {
      return { ok: true, data: await handler(auth.parsed, auth.ctx) };
    } catch (error) {
      return failure(error, auth.input, "Query");
    }
  };
}

/** zod's issues keyed by their full path ("costs.2.amount"), so rows of a repeated field get their own message. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}
