import "server-only";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { writeAudit, type AuditInput } from "@/db/queries/audit";
import { lockVersion, type VersionedEntity } from "@/db/queries/versions";
import { resolveTenant } from "@/db/queries/tenants";
import { withScope } from "@/db/scope";
import type { Role } from "@/lib/domain/values";
import { auth } from "@/lib/auth";
import { hasRole, type TenantCtx } from "@/lib/auth/tenant-context";
import { AppError } from "@/lib/errors";
import type { FormState } from "@/lib/form-state";

/** What an action answers: the form's state (field errors keyed by the zod issue's path, the values typed) and, on success, its data. */
export type ActionResult<R = undefined> = FormState & { data?: R };

/** What an action takes: a form's fields, or the same fields as a plain object. */
export type ActionInput = FormData | Record<string, unknown>;

/**
 * An action bound to its workspace's slug, for `useActionState(action.bind(null, slug), initialFormState)`.
 * The previous state is any form state (it is not read), so a form may keep a narrower state type.
 */
export type FormAction<R = undefined> = (previous: FormState, formData: FormData) => Promise<ActionResult<R>>;

/**
 * A workspace action, called directly (`action(slug, input)`) or, bound to the slug, as a form action
 * (`action(slug, previousState, formData)`). The form overload comes last, so `bind` gives a `FormAction`.
 */
type TenantAction<R> = {
  (slug: string, input: ActionInput): Promise<ActionResult<R>>;
  (slug: string, previous: FormState, formData: FormData): Promise<ActionResult<R>>;
};

/**
 * A schema, or how to build it for the workspace: numbers typed in a form are read the way the workspace's
 * locale writes them (`(ctx) => technologySchema(formatsOf(ctx))`). Built after the membership and role
 * checks, from the workspace resolved on the server.
 */
type SchemaFor<S extends z.ZodType> = S | ((ctx: TenantCtx) => S);

/**
 * Which pages to refresh once the write has committed: the whole workspace, the list of workspaces (and the
 * workspace), or the paths the result names (each with everything under it).
 */
type Revalidate<R> = "workspace" | "workspaces" | ((slug: string, data: R) => string[]);

/**
 * Optimistic concurrency for an edit of a versioned entity: `row` names, from the input, the row and the
 * `version` its form read. Before the handler runs the row is locked, a stale version is refused with the
 * entity's conflict message, changing nothing, and a fresh one is moved on (db/queries/versions.ts). A schema
 * built for the workspace types its parameter (`(ctx: TenantCtx) => …`) so that `row` knows the input's type.
 */
type Versioned<S extends z.ZodType> = { entity: VersionedEntity; row: (input: NoInfer<z.output<S>>) => { id: string; version: number } };

/** `echo: false`: the values submitted are not sent back (a CSV file is large, and of no use to its page). */
type WriteOptions<S extends z.ZodType, R> = { role: Role; revalidate?: Revalidate<R>; versioned?: Versioned<S>; readOnly?: undefined; echo?: false };
type ReadOptions = { role: Role; readOnly: true; echo?: false };
type WriteHandler<S extends z.ZodType, R> = (input: z.output<S>, ctx: TenantCtx) => Promise<{ data: R; audit: AuditInput | AuditInput[] }>;
type ReadHandler<S extends z.ZodType, R> = (input: z.output<S>, ctx: TenantCtx) => Promise<R>;

const schemaOf = <S extends z.ZodType>(schema: SchemaFor<S>, ctx: TenantCtx): S => (typeof schema === "function" ? schema(ctx) : schema);

/** Plain form fields as strings; a `payload` field carries JSON for forms with repeated rows. */
function toInput(input: ActionInput): Record<string, unknown> {
  if (!(input instanceof FormData)) return input;
  const fields: Record<string, unknown> = {};
  for (const [key, value] of input.entries()) if (typeof value === "string" && !key.startsWith("$ACTION")) fields[key] = value;
  if (typeof fields.payload !== "string") return fields;
  try {
    const payload: unknown = JSON.parse(fields.payload);
    // `null`, a number or a list is not a form: validation then reports the missing fields.
    return payload !== null && typeof payload === "object" && !Array.isArray(payload) ? (payload as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** The input of either call form: the third argument, when present, is the form and the second the previous state. */
function inputOf(args: unknown[]): Record<string, unknown> {
  const raw = args.length >= 3 ? args[2] : args[1];
  return raw !== null && typeof raw === "object" ? toInput(raw as ActionInput) : {};
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
async function authorize<S extends z.ZodType>(schema: SchemaFor<S>, role: Role, slug: unknown, input: Record<string, unknown>): Promise<Authorized<S>> {
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

function failure(error: unknown, input: Record<string, unknown>, readOnly: boolean): ActionResult<never> {
  if (error instanceof AppError) return { ok: false, message: error.message, fieldErrors: error.fieldErrors, values: echo(input) };
  console.error(`${readOnly ? "Read-only action" : "Action"} failed`, error);
  return { ok: false, message: `Something went wrong${readOnly ? "" : ", and nothing was saved"}. Please try again.`, values: echo(input) };
}

/** The transaction settings row-level security reads: this workspace, this user. */
const scopeOf = (ctx: TenantCtx) => ({ orgIds: [ctx.orgId], userId: ctx.userId });

function pathsToRefresh<R>(revalidate: Revalidate<R>, slug: string, data: R): string[] {
  if (revalidate === "workspace") return [`/w/${slug}`];
  if (revalidate === "workspaces") return ["/workspaces", `/w/${slug}`];
  return revalidate(slug, data);
}

/** The version check, the handler and its audit rows in one transaction, scoped to the workspace (row-level security). */
function runWrite<S extends z.ZodType, R>(handler: WriteHandler<S, R>, versioned: Versioned<S> | undefined, parsed: z.output<S>, ctx: TenantCtx): Promise<R> {
  return withScope(scopeOf(ctx), async () => {
    if (versioned) {
      const { id, version } = versioned.row(parsed);
      await lockVersion(ctx, versioned.entity, id, version);
    }
    const { data, audit } = await handler(parsed, ctx);
    await writeAudit(ctx, audit);
    return data;
  });
}

/**
 * The one wrapper every workspace action goes through: `authorize`, then
 * - a write: the `versioned` check, the handler and its audit rows in one transaction, then (after the
 *   commit, never inside it) `revalidate`'s pages are refreshed;
 * - `readOnly: true` (a preview, a simulation, a budget): the handler alone, no transaction held open while it
 *   computes (each tenant-scoped read opens its own) and no audit row, since it writes nothing.
 * Database errors never reach the user.
 */
export function tenantAction<S extends z.ZodType, R>(schema: SchemaFor<S>, options: ReadOptions, handler: ReadHandler<S, R>): TenantAction<R>;
export function tenantAction<S extends z.ZodType, R = undefined>(schema: SchemaFor<S>, options: WriteOptions<S, R>, handler: WriteHandler<S, R>): TenantAction<R>;
export function tenantAction<S extends z.ZodType, R>(
  schema: SchemaFor<S>,
  options: ReadOptions | WriteOptions<S, R>,
  handler: ReadHandler<S, R> | WriteHandler<S, R>,
): TenantAction<R> {
  const readOnly = options.readOnly === true;
  const action = async (slug: string, ...rest: unknown[]): Promise<ActionResult<R>> => {
    const authorized = await authorize(schema, options.role, slug, inputOf([slug, ...rest]));
    if (!authorized.ok) return authorized.result;
    let data: R;
    try {
      data = readOnly
        ? await (handler as ReadHandler<S, R>)(authorized.parsed, authorized.ctx)
        : await runWrite(handler as WriteHandler<S, R>, (options as WriteOptions<S, R>).versioned, authorized.parsed, authorized.ctx);
    } catch (error) {
      return failure(error, authorized.input, readOnly);
    }
    const revalidate = !readOnly && (options as WriteOptions<S, R>).revalidate;
    if (revalidate) for (const path of pathsToRefresh(revalidate, slug, data)) revalidatePath(path, "layout");
    return { ok: true, data };
  };
  return options.echo === false ? withoutValues(action) : action;
}

function withoutValues<R>(action: (slug: string, ...rest: unknown[]) => Promise<ActionResult<R>>) {
  return async (slug: string, ...rest: unknown[]): Promise<ActionResult<R>> => {
    const { values: _values, ...result } = await action(slug, ...rest);
    return result;
  };
}

/** zod's issues keyed by their full path ("costs.2.amount"), so rows of a repeated field get their own message. */
function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}
