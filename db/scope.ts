import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { sql } from "drizzle-orm";
import type { Tx } from "./client";
import { databaseHandle } from "./handle";

/**
 * What the row-level security policies (migration 0002) let a transaction see: the workspaces in
 * `app.org_id`, the user's own memberships and workspaces (`app.user_id`), one invitation by its token's
 * hash (`app.invitation`). Nothing set shows no tenant row at all.
 */
export type Scope = { orgIds?: readonly string[]; userId?: string; invitation?: string };

type Open = {
  tx: Tx;
  orgIds: Set<string>;
  userId?: string;
  invitation?: string;
  /** The latest settings write: work on the transaction waits for it, so it never runs with older settings. */
  ready: Promise<unknown>;
};

const storage = new AsyncLocalStorage<Open>();

/** The transaction this call runs in, if any: the `db` proxy sends queries there. */
export function openTransaction(): Tx | undefined {
  return storage.getStore()?.tx;
}

/**
 * Runs `fn` with `tx` as the open transaction of everything it calls. A savepoint inside a scoped
 * transaction starts from that transaction's settings (they carry over); a new transaction from none.
 */
export function runInTransaction<T>(tx: Tx, fn: () => T): T {
  const parent = storage.getStore();
  const open: Open = parent
    ? { tx, orgIds: new Set(parent.orgIds), userId: parent.userId, invitation: parent.invitation, ready: parent.ready }
    : { tx, orgIds: new Set(), ready: Promise.resolve() };
  return storage.run(open, fn);
}

function conflict(what: string): Error {
  return new Error(`A transaction serves one ${what}: it cannot be scoped to another.`);
}

/**
 * Adds `scope` to the transaction's settings (SET LOCAL, so they end with it). Settings only grow within a
 * transaction, and only by what the code asks for by name; one user and one invitation per transaction.
 */
function widen(open: Open, scope: Scope): Promise<unknown> {
  if (scope.userId && open.userId && scope.userId !== open.userId) throw conflict("user");
  if (scope.invitation && open.invitation && scope.invitation !== open.invitation) throw conflict("invitation");
  const added = (scope.orgIds ?? []).filter((id) => !open.orgIds.has(id));
  const changed = added.length > 0 || (scope.userId && !open.userId) || (scope.invitation && !open.invitation);
  if (!changed) return open.ready;
  for (const id of added) open.orgIds.add(id);
  open.userId ??= scope.userId;
  open.invitation ??= scope.invitation;
  const [orgIds, userId, invitation] = [[...open.orgIds].join(","), open.userId ?? "", open.invitation ?? ""];
  open.ready = open.ready.then(() =>
    open.tx.execute(
      sql`select set_config('app.org_id', ${orgIds}, true), set_config('app.user_id', ${userId}, true), set_config('app.invitation', ${invitation}, true)`,
    ),
  );
  return open.ready;
}

/**
 * Runs `fn` in a transaction that sees `scope`: the one transaction mechanism. Inside an open transaction
 * (an action's, or another scope's) it runs there, widening its settings when needed, so a request's writes
 * and reads share one transaction; otherwise it opens one. Every query through `db` inside `fn` runs in that
 * transaction (no transaction object is passed around); `db.transaction` inside it is a savepoint.
 */
export async function withScope<T>(scope: Scope, fn: () => Promise<T>): Promise<T> {
  const open = storage.getStore();
  if (open) {
    await widen(open, scope);
    return fn();
  }
  return databaseHandle().db.transaction(async (tx) => {
    const fresh: Open = { tx, orgIds: new Set(), ready: Promise.resolve() };
    return storage.run(fresh, async () => {
      await widen(fresh, scope);
      return fn();
    });
  });
}

/**
 * Widens the open transaction's scope once the code has checked that it may (a template's source workspace
 * after the user's membership there, an invitation's workspace after its token). Outside a transaction
 * there is nothing to widen: that is a mistake, not a new transaction.
 */
export async function widenScope(scope: Scope): Promise<void> {
  const open = storage.getStore();
  if (!open) throw new Error("widenScope needs an open transaction.");
  await widen(open, scope);
}

/** The workspace's read as its own tenant: `fn(ctx, …)` runs in a transaction scoped to `ctx`'s workspace and user. */
export function tenantRead<C extends { orgId: string; userId: string }, A extends unknown[], R>(
  fn: (ctx: C, ...args: A) => Promise<R>,
): (ctx: C, ...args: A) => Promise<R> {
  const scoped = (ctx: C, ...args: A) => withScope({ orgIds: [ctx.orgId], userId: ctx.userId }, () => fn(ctx, ...args));
  Object.defineProperty(scoped, "name", { value: fn.name });
  return scoped;
}
