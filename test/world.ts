import { eq, sql } from "drizzle-orm";
import { expect } from "vitest";
import { db } from "@/db";
import { actualBenefits, actualCosts, auditLog, goals, importPreferences, integrations, invitations, kpiMeasurements, kpis, matchRules, memberships, organizations, users } from "@/db/schema";
import { BANK_KIND } from "@/lib/actuals/bank-file";
import { fingerprintRows } from "@/lib/actuals/fingerprint";
import { headerKeyOf } from "@/lib/imports/pipeline";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { hasRole } from "@/lib/auth/tenant-context";
import type { Role } from "@/lib/domain/values";
import { newInvitationToken } from "@/lib/members/tokens";
import { snapshot, unique } from "@/test/snapshot";
import { addMember, createInvestment, createTenant, createUser } from "@/test/factories";
import { session } from "@/test/next-mocks";

/**
 * The actors of the isolation matrix, all acting on workspace A: nobody signed in, a signed-in user with no
 * workspace, A's viewer/member/admin/owner, B's owner, and a consultant who is admin of B and owner of C.
 */
export const ACTORS = ["none", "stranger", "viewer", "member", "admin", "owner", "outsider", "consultant"] as const;
export type Actor = (typeof ACTORS)[number];
export const isRole = (actor: Actor): actor is Role => actor === "viewer" || actor === "member" || actor === "admin" || actor === "owner";

/** The same answer for every actor, but for the ones named. */
export const forEveryActor = <T>(answer: T, overrides: Partial<Record<Actor, T>> = {}) => Object.fromEntries(ACTORS.map((a) => [a, overrides[a] ?? answer])) as Record<Actor, T>;

export type Outcome = "allowed" | "forbidden" | "not_found";
export const FORBIDDEN = "You don't have permission to do that.";
export const NOT_FOUND = "Not found.";

/** What a workspace-scoped endpoint answers: members at or above its role are allowed, lower roles forbidden, everyone else not found. */
export function scopedOutcome(least: Role, actor: Actor): Outcome {
  if (!isRole(actor)) return "not_found";
  return hasRole({ role: actor }, least) ? "allowed" : "forbidden";
}

/** Rows of B, named so a leak into one of A's answers is easy to spot. */
export type ForeignRows = {
  tech: { id: string; version: number; name: string };
  kpi: { id: string; name: string };
  goal: { id: string; title: string };
  invitation: { id: string; email: string; token: string };
  integration: { id: string };
  /** A payment filed under B's tool, a rule filing payments to QUOKKA there, and a benefit B entered for it. */
  payment: { id: string; version: number; payee: string; bookedOn: string; amountCents: number };
  rule: { id: string; version: number; pattern: string };
  actualBenefit: { id: string; version: number; description: string };
  /** A member of B who is in no other workspace. */
  memberId: string;
};

export type World = {
  a: TenantCtx;
  b: TenantCtx;
  c: TenantCtx;
  users: Record<Actor, string | null>;
  foreign: ForeignRows;
  /** Names of A's own rows, which A's lists and exports do show. */
  own: string[];
  /** Text that must never appear in anything A's users are shown. */
  secrets: string[];
};

/** A's owner is also a member of B: only the workspace in the URL may decide what they reach, never their other memberships. */
export async function arrangeWorld(): Promise<World> {
  const [a, b, c] = [await createTenant("owner"), await createTenant("owner", { name: `Beta ${unique()}` }), await createTenant("owner")];
  const roleUsers = { viewer: (await addMember(a, "viewer")).userId, member: (await addMember(a, "member")).userId, admin: (await addMember(a, "admin")).userId };
  const consultant = (await createUser()).id;
  await db.insert(memberships).values([
    { orgId: b.orgId, userId: consultant, role: "admin" },
    { orgId: c.orgId, userId: consultant, role: "owner" },
    { orgId: b.orgId, userId: a.userId, role: "member" },
  ]);
  const alphaTool = await createInvestment(a, { name: `Alpha tool ${unique()}` });
  const [alphaKpi] = await db
    .insert(kpis)
    .values({ orgId: a.orgId, name: `Alpha KPI ${unique()}`, perspective: "customer", unit: "score", direction: "higher", baseline: "1", target: "2", investmentId: alphaTool.id })
    .returning();
  await db.insert(kpiMeasurements).values({ orgId: a.orgId, kpiId: alphaKpi.id, period: "2026-01-01", value: "3" });
  const foreign = await arrangeForeignRows(b);
  await createInvestment(c, { name: `Gamma secret ${unique()}` });
  return {
    a,
    b,
    c,
    users: { none: null, stranger: (await createUser()).id, ...roleUsers, owner: a.userId, outsider: b.userId, consultant },
    foreign,
    own: [alphaTool.name, alphaKpi.name],
    secrets: [
      ...[b.orgId, b.org.slug, b.org.name, foreign.tech.id, foreign.tech.name, foreign.kpi.id, foreign.kpi.name, foreign.goal.id, foreign.goal.title, foreign.invitation.email],
      ...[foreign.payment.id, foreign.rule.id, foreign.actualBenefit.id, foreign.actualBenefit.description],
    ],
  };
}

async function arrangeForeignRows(b: TenantCtx): Promise<ForeignRows> {
  const tech = await createInvestment(b, { name: `Beta secret tool ${unique()}` });
  const other = await createInvestment(b, { name: `Beta secret ERP ${unique()}` });
  const [goal] = await db.insert(goals).values({ orgId: b.orgId, title: `Beta secret goal ${unique()}`, perspective: "customer" }).returning();
  const [kpi] = await db
    .insert(kpis)
    .values({ orgId: b.orgId, name: `Beta secret KPI ${unique()}`, perspective: "customer", unit: "score", direction: "higher", baseline: "1", target: "2", investmentId: tech.id, goalId: goal.id })
    .returning();
  await db.insert(kpiMeasurements).values({ orgId: b.orgId, kpiId: kpi.id, period: "2026-01-01", value: "7", enteredBy: b.userId });
  const [integration] = await db.insert(integrations).values({ orgId: b.orgId, fromInvestmentId: tech.id, toInvestmentId: other.id }).returning();
  const actuals = await arrangeForeignActuals(b, tech.id);
  const { token, tokenHash } = newInvitationToken();
  const [invitation] = await db
    .insert(invitations)
    .values({ orgId: b.orgId, email: `beta-invitee-${unique()}@example.com`, role: "member", tokenHash, invitedBy: b.userId, expiresAt: new Date(Date.now() + 86_400_000) })
    .returning();
  return {
    tech: { id: tech.id, version: tech.version, name: tech.name },
    kpi: { id: kpi.id, name: kpi.name },
    goal: { id: goal.id, title: goal.title },
    invitation: { id: invitation.id, email: invitation.email, token },
    integration: { id: integration.id },
    ...actuals,
    memberId: (await addMember(b, "member")).userId,
  };
}

/** The header of the bank files the matrix sends: B remembers reading files of this shape its own way. */
export const BANK_HEADER = "Date,Payee,Amount";

/**
 * B's ledger: a payment to QUOKKA LTD as a bank file lists it, filed under B's tool by a rule, and settings
 * remembered for files headed BANK_HEADER that would misread A's. A file of A's listing the same payment must
 * be new to A (not a duplicate), read A's way, and no rule of B's may file it.
 */
async function arrangeForeignActuals(b: TenantCtx, techId: string): Promise<Pick<ForeignRows, "payment" | "rule" | "actualBenefit">> {
  const paid = { bookedOn: "2026-01-15", amountCents: 4_900, payee: "QUOKKA LTD" };
  const [payment] = await db
    .insert(actualCosts)
    .values({ orgId: b.orgId, ...paid, source: "imported", investmentId: techId, costCategory: "subscription", fingerprint: fingerprintRows([paid])[0] })
    .returning();
  const [rule] = await db.insert(matchRules).values({ orgId: b.orgId, position: 1, field: "payee", pattern: "quokka", investmentId: techId, costCategory: "subscription" }).returning();
  await db.insert(importPreferences).values({
    orgId: b.orgId, kind: BANK_KIND, header: headerKeyOf(BANK_HEADER), decimal: "comma", dateOrder: "dmy", delimiter: "semicolon", mapping: { date: "Amount", amount: "Date" },
  });
  const [benefit] = await db
    .insert(actualBenefits)
    .values({ orgId: b.orgId, investmentId: techId, month: "2026-01-01", amountCents: 123_456, description: `Beta secret revenue ${unique()}` })
    .returning();
  return {
    payment: { id: payment.id, version: payment.version, payee: payment.payee, bookedOn: payment.bookedOn, amountCents: payment.amountCents },
    rule: { id: rule.id, version: rule.version, pattern: rule.pattern },
    actualBenefit: { id: benefit.id, version: benefit.version, description: benefit.description },
  };
}

export const emailOf = async (userId: string) => (await db.select({ email: users.email }).from(users).where(eq(users.id, userId)))[0].email;

/** A, B and C: what a refusal must leave as it was. */
export const workspacesOf = (w: World) => [w.a.orgId, w.b.orgId, w.c.orgId];

export function signInAs(world: World, actor: Actor) {
  session.userId = world.users[actor];
}

/** Row counts of the tables every workspace shares: a refused call must not add a workspace, user, membership or audit row anywhere. */
async function totals() {
  const tables = { organizations, users, memberships, invitations, auditLog };
  const counts = Object.entries(tables).map(([name, table]) => sql`(select count(*)::int from ${table}) as ${sql.identifier(name)}`);
  const result = (await db.execute(sql`select ${sql.join(counts, sql`, `)}`)) as unknown as { rows?: Record<string, number>[] } & Record<string, number>[];
  return (result.rows ?? result)[0];
}

/** What a call may not change: the named workspaces row by row, and (for a refusal) the row counts of the shared tables too. */
async function state(orgIds: string[], withTotals: boolean) {
  return { workspaces: await Promise.all(orgIds.map(snapshot)), totals: withTotals ? await totals() : null };
}

/** Runs `call` and checks that the workspaces hold exactly what they held before, and that nothing was added anywhere. */
export async function expectNothingChanged<T>(orgIds: string[], call: () => Promise<T>): Promise<T> {
  const before = await state(orgIds, true);
  const result = await call();
  expect(await state(orgIds, true)).toEqual(before);
  return result;
}

/** Runs an allowed `call` elsewhere and checks that these workspaces hold exactly what they held before. */
export async function expectUntouched<T>(orgIds: string[], call: () => Promise<T>): Promise<T> {
  const before = await state(orgIds, false);
  const result = await call();
  expect(await state(orgIds, false)).toEqual(before);
  return result;
}

/** Checks that no secret of B appears in `text`. */
export function expectNoSecrets(world: World, text: string) {
  for (const secret of world.secrets) expect(text, `leaks ${secret}`).not.toContain(secret);
}
