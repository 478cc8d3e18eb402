import { answerOf, signIn, signOut } from "@/test/next-mocks";
import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/db";
import { actualCosts } from "@/db/schema";
import { isUuid } from "@/lib/ids";
import { ACCOUNT_ROWS } from "@/test/account-catalog";
import { actionOf, ROWS } from "@/test/action-catalog";
import { FOREIGN } from "@/test/foreign-payloads";
import { unique } from "@/test/snapshot";
import { ACTORS, arrangeWorld, BANK_HEADER, expectNoSecrets, expectNothingChanged, expectUntouched, signInAs, workspacesOf, type World } from "@/test/world";

/**
 * Workspace isolation beyond roles: B's records named in workspace A answer exactly as records that do
 * not exist, and change nothing; answers computed from A's data carry none of B's; and the actions that
 * act on no workspace of the URL answer every actor as the account catalog says.
 */

let world: World;
beforeAll(async () => {
  world = await arrangeWorld();
});
beforeEach(() => {
  signIn.mockReset();
  signOut.mockReset();
});

/** What a refusal tells the user, without the echo of what they typed. */
const told = ({ ok, message, fieldErrors }: { ok: boolean; message?: string; fieldErrors?: unknown }) => ({ ok, message, fields: Object.keys(fieldErrors ?? {}).sort() });
const nothing = (value: string) => (isUuid(value) ? randomUUID() : `no-such-${unique()}`);

describe("B's records named in workspace A by A's owner, who is also a member of B", () => {
  const cases = ROWS.flatMap((row) => {
    const entry = FOREIGN[row.name];
    return entry && !("none" in entry) ? entry.map((c) => [`${row.name}: ${c.label}`, row, c] as const) : [];
  });
  it.each(cases)("%s", async (_label, row, c) => {
    signInAs(world, "owner");
    const [real, decoy] = [await c.payload(world, (v) => v), await c.payload(world, nothing)];
    const answer = await expectNothingChanged(workspacesOf(world), () => answerOf(() => actionOf(row)(world.a.org.slug, real)));
    const control = await expectNothingChanged(workspacesOf(world), () => answerOf(() => actionOf(row)(world.a.org.slug, decoy)));
    expect(answer).toMatchObject({ ok: false, message: c.message });
    expect(told(answer).fields).toEqual(c.fields ?? []);
    expect(told(answer)).toEqual(told(control));
    expectNoSecrets(world, JSON.stringify(told(answer)));
  });
});

describe("answers computed from A's data hold none of B's", () => {
  it.each([
    ["optimizeProposals", { budget: "1000000", objective: "npv" }],
    ["runScenarioMonteCarlo", { scope: "portfolio", distribution: "pert", seed: "7" }],
    ["previewImport", { csv: "name,category,value_chain_activity,status,useful_life_months\nNew tool,crm,service,live,36\n" }],
  ])("%s", async (name, payload) => {
    signInAs(world, "owner");
    const answer = await expectNothingChanged(workspacesOf(world), () => actionOf(ROWS.find((r) => r.name === name)!)(world.a.org.slug, payload));
    expect(answer.ok, JSON.stringify(answer)).toBe(true);
    expectNoSecrets(world, JSON.stringify(answer));
  });
});

describe("A's actuals meet none of B's ledger, rules or technologies", () => {
  const run = (name: string, payload: Record<string, unknown>) =>
    expectNothingChanged(workspacesOf(world), () => actionOf(ROWS.find((r) => r.name === name)!)(world.a.org.slug, payload));

  it("previewBankImport: a payment B's ledger holds is new to A, and no rule of B's files it", async () => {
    signInAs(world, "owner");
    const { bookedOn, amountCents, payee } = world.foreign.payment;
    const answer = (await run("previewBankImport", { csv: `${BANK_HEADER}\n${bookedOn},${payee},-${(amountCents / 100).toFixed(2)}\n` })) as { ok: boolean; data?: unknown };
    expect(answer).toMatchObject({ ok: true, data: { counts: { duplicates: 0, matched: 0, unmatched: 1 }, rows: [{ row: { duplicate: false, investmentId: null } }] } });
    // Read A's way (detected), not with the separator and mapping B remembered for files of this shape.
    expect(answer).toMatchObject({ data: { choices: { delimiter: "auto", decimal: "auto", dateOrder: "auto" }, delimiter: "comma", mapping: { date: "Date", payee: "Payee", amount: "Amount" } } });
    expectNoSecrets(world, JSON.stringify(answer));
  });

  it("applyRulesToUnmatched: B's rule files none of A's payments", async () => {
    signInAs(world, "owner");
    const [mine] = await db
      .insert(actualCosts)
      .values({ orgId: world.a.orgId, bookedOn: "2026-02-15", amountCents: 4_900, payee: "QUOKKA LTD", source: "typed", fingerprint: `typed:${randomUUID()}` })
      .returning();
    const answer = await run("applyRulesToUnmatched", {});
    expect(answer).toMatchObject({ ok: true, data: { matched: 0 } });
    const [after] = await db.select().from(actualCosts).where(and(eq(actualCosts.orgId, world.a.orgId), eq(actualCosts.id, mine.id)));
    expect(after).toMatchObject({ investmentId: null, costCategory: null });
  });
});

describe.each(ACCOUNT_ROWS.map((entry) => [entry.name, entry] as const))("%s, acting on no workspace of the URL", (_name, entry) => {
  it.each(ACTORS.map((actor) => [actor, entry.expected[actor]] as const))("%s: %s", async (actor, expected) => {
    signInAs(world, actor);
    const call = await entry.call(world, actor);
    if (expected === "allowed") {
      const answer = await expectUntouched(entry.untouched?.(world) ?? workspacesOf(world), call);
      expect(answer.ok, JSON.stringify(answer)).toBe(true);
      await entry.allowed?.(world, actor, answer);
    } else {
      expect(await expectNothingChanged(workspacesOf(world), call)).toMatchObject({ ok: false, message: expected });
    }
  });

  it.each(entry.also.map((c) => [c.label, c] as const))("%s", async (_label, c) => {
    signInAs(world, c.actor);
    const call = await c.call(world, c.actor);
    const answer = c.untouched ? await expectUntouched(c.untouched(world), call) : await expectNothingChanged(workspacesOf(world), call);
    expect(answer).toMatchObject(c.answer);
  });
});
