import { answerOf, session } from "@/test/next-mocks";
import { beforeAll, describe, expect, it } from "vitest";
import { actionOf, auditCount, ROWS, type Row } from "@/test/action-catalog";
import { addMember, createTenant } from "@/test/factories";
import { ACTORS, arrangeWorld, expectNoSecrets, expectNothingChanged, expectUntouched, FORBIDDEN, NOT_FOUND, isRole, scopedOutcome, signInAs, workspacesOf, type Actor, type World } from "@/test/world";

/**
 * Every workspace-scoped server action, run on workspace A by every actor. At or above the action's role it
 * succeeds, answers nothing of B's and touches neither B nor C; a lower role gets the exact forbidden message, and everyone else
 * (signed out, no workspace, B's owner, the consultant of B and C) the exact not-found one, with nothing
 * changed in A, B or C and no row added anywhere.
 */

let world: World;
beforeAll(async () => {
  world = await arrangeWorld();
});

/** A fresh workspace per allowed run, so one run's writes (a removed member, a transfer, a deletion) never meet another's. */
async function allowed(row: Row, actor: Actor) {
  const ws = await createTenant("owner");
  if (!isRole(actor)) throw new Error(`${actor} is never allowed in a workspace it is not a member of`);
  const actorId = actor === "owner" ? ws.userId : (await addMember(ws, actor)).userId;
  const payload = await row.payload(ws, actorId);
  session.userId = actorId;
  const auditsBefore = await auditCount(ws.orgId);
  const result = await expectUntouched(workspacesOf(world), () => answerOf(() => actionOf(row)(ws.org.slug, payload)));
  expect(result.ok, JSON.stringify(result)).toBe(true);
  expectNoSecrets(world, JSON.stringify(result));
  const auditsAfter = await auditCount(ws.orgId);
  if (row.audits) expect(auditsAfter).toBeGreaterThan(auditsBefore);
  else expect(auditsAfter).toBe(auditsBefore);
  await row.verify?.(ws);
}

/** Refusals change nothing, so they share one arranged world. */
async function refused(row: Row, actor: Actor, message: string) {
  const payload = await row.payload(world.a, world.users[actor] ?? world.a.userId);
  signInAs(world, actor);
  const result = await expectNothingChanged(workspacesOf(world), () => answerOf(() => actionOf(row)(world.a.org.slug, payload)));
  expect(result).toMatchObject({ ok: false, message });
}

describe.each(ROWS.map((row) => [`${row.name} (${row.role}+)`, row] as const))("%s", (_title, row) => {
  it.each(ACTORS.map((actor) => [actor, scopedOutcome(row.role, actor)] as const))("%s: %s", async (actor, outcome) => {
    if (outcome === "allowed") await allowed(row, actor);
    else await refused(row, actor, outcome === "forbidden" ? FORBIDDEN : NOT_FOUND);
  });
});
