import type { Locale } from "@/lib/format/locales";
import { and, eq, like } from "drizzle-orm";
import { expect, it } from "vitest";
import { db } from "@/db";
import { memberships, organizations, rateLimits } from "@/db/schema";
import { hasRole, type TenantCtx } from "@/lib/auth/tenant-context";
import { actionOf, type Action, type Row } from "@/test/action-catalog";
import { addMember, createTenant } from "@/test/factories";
import { fuzzLoop } from "./loop";
import { auth } from "./mocks";
import { FUZZ_RUNS, report, timeoutFor, type Stats } from "./runs";

/** The workspace an action is fuzzed in, the allowed user acting, and a payload the action accepts. */
type Arena = { ws: TenantCtx; actorId: string; payload: Record<string, unknown> };

async function openArena(row: Row): Promise<Arena> {
  const ws = await createTenant("owner");
  const actorId = row.role === "owner" ? ws.userId : (await addMember(ws, row.role)).userId;
  return { ws, actorId, payload: await row.payload(ws, actorId) };
}

/**
 * After an accepted run: a fresh payload (the old one may name what was just deleted), in the same
 * workspace while the user still holds the role there, else in a new one (a deleted workspace, a
 * transferred ownership).
 */
async function afterSuccess(row: Row, arena: Arena): Promise<Arena> {
  const [member] = await db
    .select({ role: memberships.role, slug: organizations.slug, name: organizations.name, currency: organizations.currency, locale: organizations.locale })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.orgId))
    .where(and(eq(memberships.orgId, arena.ws.orgId), eq(memberships.userId, arena.actorId)));
  if (!member || !hasRole(member, row.role)) return openArena(row);
  const ws = { ...arena.ws, org: { slug: member.slug, name: member.name, currency: member.currency, locale: member.locale as Locale } }; // a renamed workspace keeps its new name
  return { ...arena, ws, payload: await row.payload(ws, arena.actorId) };
}

/**
 * The property for one catalog row: its valid payload, edited by fast-check with hostile and valid-looking
 * values, sent to `action` by a user the row's role allows (see fuzzLoop for what every run checks).
 */
export async function fuzzAction(row: Row, action: Action, runs: number): Promise<Stats & { takesInput: boolean }> {
  let takesInput = false;
  const stats = await fuzzLoop<Arena>(
    {
      arrange: async (previous) => {
        const arena = previous ? await afterSuccess(row, previous) : await openArena(row);
        takesInput ||= Object.keys(arena.payload).length > 0;
        return arena;
      },
      payload: (arena) => arena.payload,
      invoke: async (arena, input) => {
        auth.mockResolvedValue({ user: { id: arena.actorId } });
        // A rate-limited action would refuse every run after its first few: each run starts with no attempts counted.
        await db.delete(rateLimits).where(like(rateLimits.key, `%${arena.ws.orgId}%`));
        return action(arena.ws.org.slug, input as Record<string, unknown>);
      },
    },
    runs,
  );
  return { ...stats, takesInput };
}

/** A test per catalog row, FUZZ_RUNS runs; both paths must be walked (some edits keep the payload valid, most do not). */
export function fuzzRow(row: Row, runs = FUZZ_RUNS) {
  it(`${row.name} (${row.module})`, { timeout: timeoutFor(runs) }, async () => {
    const stats = await fuzzAction(row, actionOf(row), runs);
    report(row.name, stats);
    if (runs >= 100) {
      expect(stats.accepted, "no fuzzed payload was accepted").toBeGreaterThan(0);
      // An action that takes no fields ignores what it is sent: there is nothing in it to refuse.
      if (stats.takesInput) expect(stats.rejected, "no fuzzed payload was refused").toBeGreaterThan(0);
    }
  });
}
