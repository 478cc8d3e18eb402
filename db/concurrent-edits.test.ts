import { AsyncLocalStorage } from "node:async_hooks";
import { and, asc, count, eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, inject, it, vi } from "vitest";
import { db } from "@/db";
import { auditLog, investments, kpiMeasurements, kpis } from "@/db/schema";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { addMember, createInvestment, createTenant } from "@/test/factories";
import { raceBehindLock, type RaceOutcome } from "@/test/race-gate";

/**
 * Two people editing the same thing at the same moment. On PostgreSQL every round is a real race: a third
 * connection holds the row (or key) both writes need until both transactions are open and waiting on it
 * (test/race-gate.ts), so both have read the same version before either writes. On PGlite the same rounds
 * run serialized, and the answers must be the same.
 */

/** Each call runs as the user stored here, so two members can act at once through the one `auth` mock. */
const actingUser = new AsyncLocalStorage<string>();
const auth = vi.hoisted(() => vi.fn());
vi.mock("@/lib/auth", () => ({ auth, signIn: vi.fn(), signOut: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
const { deleteTechnology, updateTechnology } = await import("@/lib/portfolio/actions");
const { saveKpiValues } = await import("@/lib/kpis/actions");
const { CONFLICT_MESSAGE } = await import("@/lib/portfolio/schemas");

const as = <T>(ctx: TenantCtx, run: () => Promise<T>) => actingUser.run(ctx.userId, run);
const engine = inject("testDb").engine;
const ROUNDS = 20;
/** test/setup-db.ts opens PostgreSQL with 4 connections: at most 4 transactions can wait at once. */
const POOL_SIZE = 4;
/** Twenty rounds, each with its own gate connection, take several seconds on a busy machine. */
const ROUNDS_TIMEOUT = 60_000;

let alice: TenantCtx;
let bob: TenantCtx;

beforeAll(async () => {
  auth.mockImplementation(async () => ({ user: { id: actingUser.getStore() } }));
  alice = await createTenant("member");
  bob = await addMember(alice, "admin");
});

/** On PostgreSQL, every racer must have been waiting on the gate inside its own open transaction. */
function expectOverlap(outcome: RaceOutcome<unknown>, racers: number) {
  if (engine === "pglite") return expect(outcome.blocked).toBeNull();
  const blocked = outcome.blocked!;
  expect(blocked.length, "sessions waiting together on the gate").toBe(racers);
  expect(new Set(blocked.map((s) => s.pid)).size).toBe(racers);
  for (const s of blocked) expect(s.xactStart).toBeInstanceOf(Date);
}

const technology = (name: string) => ({
  name,
  vendor: "Botly",
  category: "cx_automation",
  valueChainActivity: "service",
  status: "proposed",
  usefulLifeMonths: "36",
  notes: "",
});
const lockTechnology = (id: string) => ({ text: "select 1 from investments where org_id = $1 and id = $2 for update", params: [alice.orgId, id] });
const auditCount = async (entityId: string, action: string) =>
  (await db.select({ n: count() }).from(auditLog).where(and(eq(auditLog.entityId, entityId), eq(auditLog.action, action))))[0].n;

describe("updateTechnology from two sessions with the same version", () => {
  it(`lets exactly one through, ${ROUNDS} rounds`, async () => {
    const tech = await createInvestment(alice, { name: "Chatbot" });
    for (let round = 0; round < ROUNDS; round++) {
      const [{ version, name: previousName }] = await db.select().from(investments).where(eq(investments.id, tech.id));
      const names = [`Chatbot by Alice ${round}`, `Chatbot by Bob ${round}`];
      const outcome = await raceBehindLock(lockTechnology(tech.id), 2, () =>
        Promise.all([
          as(alice, () => updateTechnology(alice.org.slug, { ...technology(names[0]), id: tech.id, version })),
          as(bob, () => updateTechnology(alice.org.slug, { ...technology(names[1]), id: tech.id, version })),
        ]),
      );
      expectOverlap(outcome, 2);

      const winners = outcome.result.flatMap((r, i) => (r.ok ? [i] : []));
      expect(winners, JSON.stringify(outcome.result)).toHaveLength(1);
      expect(outcome.result[1 - winners[0]]).toMatchObject({ ok: false, message: CONFLICT_MESSAGE });
      const [row] = await db.select().from(investments).where(eq(investments.id, tech.id));
      expect(row).toMatchObject({ version: version + 1, name: names[winners[0]] });
      const audits = await db.select().from(auditLog).where(and(eq(auditLog.entityId, tech.id), eq(auditLog.action, "update")));
      expect(audits).toHaveLength(round + 1);
      expect(audits.find((a) => (a.after as { version: number }).version === version + 1)).toMatchObject({
        userId: [alice, bob][winners[0]].userId,
        before: { version, name: previousName },
        after: { version: version + 1, name: names[winners[0]] },
      });
    }
  }, ROUNDS_TIMEOUT);

  it(`lets exactly one of an update and a delete through, ${ROUNDS} rounds`, async () => {
    const tally = { update: 0, delete: 0 };
    for (let round = 0; round < ROUNDS; round++) {
      const tech = await createInvestment(alice);
      const update = () => as(alice, () => updateTechnology(alice.org.slug, { ...technology(`Renamed ${round}`), id: tech.id, version: 1 }));
      const remove = () => as(bob, () => deleteTechnology(alice.org.slug, { id: tech.id, version: 1 }));
      // Alternate who starts first, so the serialized engine sees both orders too.
      const outcome = await raceBehindLock(lockTechnology(tech.id), 2, async () => {
        if (round % 2) {
          const [d, u] = await Promise.all([remove(), update()]);
          return { u, d };
        }
        const [u, d] = await Promise.all([update(), remove()]);
        return { u, d };
      });
      expectOverlap(outcome, 2);

      const { u, d } = outcome.result;
      expect([u.ok, d.ok].filter(Boolean), JSON.stringify(outcome.result)).toHaveLength(1);
      const [row] = await db.select().from(investments).where(eq(investments.id, tech.id));
      if (u.ok) {
        tally.update++;
        expect(d).toMatchObject({ ok: false, message: CONFLICT_MESSAGE });
        expect(row).toMatchObject({ version: 2, name: `Renamed ${round}` });
      } else {
        tally.delete++;
        // The update's version check locks the row, so it waits for the delete and then finds nothing: "Not
        // found.", the answer for anything not (or no longer) in the workspace, on both engines.
        expect(u).toMatchObject({ ok: false, message: "Not found." });
        expect(row).toBeUndefined();
      }
      expect(await auditCount(tech.id, "update")).toBe(u.ok ? 1 : 0);
      expect(await auditCount(tech.id, "delete")).toBe(d.ok ? 1 : 0);
    }
    expect(tally.update + tally.delete).toBe(ROUNDS);
    console.info(`update vs delete winners over ${ROUNDS} rounds (${engine}):`, tally);
  }, ROUNDS_TIMEOUT);
});

describe("saveKpiValues from several sessions for the same month", () => {
  let kpiIds: string[];

  beforeAll(async () => {
    const rows = await db
      .insert(kpis)
      .values(["Tickets", "Orders", "Visits"].map((name) => ({ orgId: alice.orgId, name, perspective: "customer" as const, unit: "count" as const, direction: "higher" as const, baseline: "0", target: "1000" })))
      .returning({ id: kpis.id });
    kpiIds = rows.map((r) => r.id);
  });

  /** Session i's grid: values no other session sends, so every save changes every row. */
  const grid = (period: string, session: number) => ({
    period: period.slice(0, 7),
    values: kpiIds.map((kpiId, k) => ({ kpiId, value: String(100 * (session + 1) + k), note: `session ${session}` })),
  });
  /** A measurement of the first KPI inserted (and rolled back) by the gate: every save's upsert waits on that key. */
  const lockPeriod = (period: string) => ({
    text: "insert into kpi_measurements (org_id, kpi_id, period, value) values ($1, $2, $3, 0)",
    params: [alice.orgId, kpiIds[0], period],
  });

  async function stored(period: string) {
    return db
      .select({ kpiId: kpiMeasurements.kpiId, value: kpiMeasurements.value, note: kpiMeasurements.note, enteredBy: kpiMeasurements.enteredBy })
      .from(kpiMeasurements)
      .where(and(eq(kpiMeasurements.orgId, alice.orgId), eq(kpiMeasurements.period, period), inArray(kpiMeasurements.kpiId, kpiIds)))
      .orderBy(asc(kpiMeasurements.kpiId));
  }

  /** Exactly one row per KPI, all from one whole save (no mix of two), entered by that save's user. */
  async function expectOneWholeSave(period: string, sessions: TenantCtx[]) {
    const rows = await stored(period);
    expect(rows.map((r) => r.kpiId)).toEqual([...kpiIds].sort());
    const session = Number(rows[0].note.replace("session ", ""));
    const expected = grid(period, session).values;
    for (const row of rows) {
      const sent = expected.find((v) => v.kpiId === row.kpiId)!;
      expect(row).toMatchObject({ value: `${sent.value}.0000`, note: `session ${session}`, enteredBy: sessions[session].userId });
    }
    return session;
  }

  const audits = (period: string) =>
    db.select().from(auditLog).where(and(eq(auditLog.orgId, alice.orgId), eq(auditLog.entity, "kpi_measurements"), eq(auditLog.entityId, period)));

  it(`saves both, with one row per KPI holding one session's values, ${ROUNDS} rounds`, async () => {
    const sessions = [alice, bob];
    for (let round = 0; round < ROUNDS; round++) {
      const period = `${2024 + Math.floor(round / 12)}-${String((round % 12) + 1).padStart(2, "0")}-01`;
      const outcome = await raceBehindLock(lockPeriod(period), 2, () =>
        Promise.all(sessions.map((ctx, i) => as(ctx, () => saveKpiValues(alice.org.slug, grid(period, i))))),
      );
      expectOverlap(outcome, 2);
      // An upsert: the later commit overwrites the earlier one, neither fails.
      for (const result of outcome.result) expect(result).toEqual({ ok: true, data: { period, saved: kpiIds.length } });
      const last = await expectOneWholeSave(period, sessions);
      const logged = await audits(period);
      expect(logged).toHaveLength(2);
      expect(logged.map((a) => a.userId).sort()).toEqual(sessions.map((s) => s.userId).sort());
      const lastAudit = logged.find((a) => a.userId === sessions[last].userId)!;
      const firstAudit = logged.find((a) => a !== lastAudit)!;
      expect(lastAudit.after).toEqual(Object.fromEntries(grid(period, last).values.map((v) => [v.kpiId, { value: v.value, note: v.note }])));
      // The later save read what the earlier one wrote: its "before" is the earlier "after", never stale.
      expect(firstAudit.before).toEqual(Object.fromEntries(kpiIds.map((id) => [id, null])));
      expect(lastAudit.before).toEqual(firstAudit.after);
    }
  }, ROUNDS_TIMEOUT);

  it(`saves grids listing the KPIs in opposite orders without a deadlock, ${ROUNDS} rounds`, async () => {
    const sessions = [alice, bob];
    for (let round = 0; round < ROUNDS; round++) {
      const period = `${2020 + Math.floor(round / 12)}-${String((round % 12) + 1).padStart(2, "0")}-01`;
      const grids = [grid(period, 0), { ...grid(period, 1), values: grid(period, 1).values.toReversed() }];
      const outcome = await raceBehindLock(lockPeriod(period), 2, () =>
        Promise.all(sessions.map((ctx, i) => as(ctx, () => saveKpiValues(alice.org.slug, grids[i])))),
      );
      expectOverlap(outcome, 2);
      for (const result of outcome.result) expect(result).toEqual({ ok: true, data: { period, saved: kpiIds.length } });
      await expectOneWholeSave(period, sessions);
    }
  }, ROUNDS_TIMEOUT);

  it("saves ten concurrent grids for one month without a duplicate or a failure", async () => {
    const period = "2023-06-01";
    const sessions = Array.from({ length: 10 }, (_, i) => (i % 2 ? bob : alice));
    const outcome = await raceBehindLock(lockPeriod(period), Math.min(sessions.length, POOL_SIZE), () =>
      Promise.all(sessions.map((ctx, i) => as(ctx, () => saveKpiValues(alice.org.slug, grid(period, i))))),
    );
    expectOverlap(outcome, Math.min(sessions.length, POOL_SIZE));
    for (const result of outcome.result) expect(result).toEqual({ ok: true, data: { period, saved: kpiIds.length } });
    await expectOneWholeSave(period, sessions);
    expect(await audits(period)).toHaveLength(sessions.length);
  });
});
