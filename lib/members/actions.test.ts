import { and, eq, sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { auditLog, invitations, memberships, users } from "@/db/schema";
import { resolveTenant } from "@/db/queries/tenants";
import type { Role } from "@/lib/domain/values";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { initialFormState } from "@/lib/form-state";
import { addMember, createTenant, createUser } from "@/test/factories";
import { ACCOUNT_EXISTS, ALREADY_MEMBER, INVITATION_OTHER_EMAIL, INVITATION_UNAVAILABLE, LAST_OWNER, ONLY_OWNER_INVITES_OWNER, ONLY_OWNER_MANAGES_OWNERS } from "./schemas";
import { hashInvitationToken, newInvitationToken } from "./tokens";

const auth = vi.hoisted(() => vi.fn());
const signIn = vi.hoisted(() => vi.fn());
const signOut = vi.hoisted(() => vi.fn());
class Redirect extends Error {
  constructor(readonly url: string) {
    super(`redirect ${url}`);
  }
}
vi.mock("@/lib/auth", () => ({ auth, signIn, signOut }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new Redirect(url);
  },
}));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ host: "techfolio.test", "x-forwarded-proto": "https" }) }));
const sendMail = vi.hoisted(() => vi.fn());
const createTransport = vi.hoisted(() => vi.fn(() => ({ sendMail })));
vi.mock("nodemailer", () => ({ createTransport, default: { createTransport } }));
const { acceptInvitationAction, changeMemberRole, inviteMember, removeMember, revokeInvitation, signUpFromInvitation, transferOwnership } = await import("./actions");

const signInAs = (userId: string | null) => auth.mockResolvedValue(userId ? { user: { id: userId } } : null);
const forbidden = { ok: false, message: "You don't have permission to do that." };
const notFound = { ok: false, message: "Not found." };

beforeEach(() => {
  signIn.mockReset();
  sendMail.mockReset().mockResolvedValue({ messageId: "<test@techfolio>" });
  createTransport.mockClear();
  delete process.env.SMTP_URL;
  delete process.env.SMTP_FROM;
  delete process.env.AUTH_URL;
});
afterEach(() => vi.restoreAllMocks());

let n = 0;
const freshEmail = () => `invitee-${++n}-${Math.random().toString(36).slice(2, 8)}@example.com`;

/** A pending invitation written straight to the table; returns the token a link would carry. */
async function invitation(ctx: TenantCtx, overrides: Partial<typeof invitations.$inferInsert> = {}) {
  const { token, tokenHash } = newInvitationToken();
  const [row] = await db
    .insert(invitations)
    .values({ orgId: ctx.orgId, email: freshEmail(), role: "member", tokenHash, invitedBy: ctx.userId, expiresAt: new Date(Date.now() + 86_400_000), ...overrides })
    .returning();
  return { ...row, token };
}

async function orgState(orgId: string) {
  const [m, i] = await Promise.all([
    db.select().from(memberships).where(eq(memberships.orgId, orgId)).orderBy(memberships.userId),
    db.select().from(invitations).where(eq(invitations.orgId, orgId)).orderBy(invitations.id),
  ]);
  return { memberships: m, invitations: i };
}

const roleOf = async (orgId: string, userId: string) =>
  (await db.select({ role: memberships.role }).from(memberships).where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId))))[0]?.role ?? null;

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};

describe("who may manage members and invitations", () => {
  type Actor = Role | "not a member";
  type World = { ws: TenantCtx; target: TenantCtx; pending: { id: string } };
  const actions: Record<string, { run: (w: World) => Promise<{ ok: boolean }>; allowed: Actor[] }> = {
    inviteMember: { run: (w) => inviteMember(w.ws.org.slug, { email: freshEmail(), role: "viewer" }), allowed: ["owner", "admin"] },
    revokeInvitation: { run: (w) => revokeInvitation(w.ws.org.slug, { id: w.pending.id }), allowed: ["owner", "admin"] },
    changeMemberRole: { run: (w) => changeMemberRole(w.ws.org.slug, { userId: w.target.userId, role: "viewer" }), allowed: ["owner", "admin"] },
    removeMember: { run: (w) => removeMember(w.ws.org.slug, { userId: w.target.userId }), allowed: ["owner", "admin"] },
    transferOwnership: { run: (w) => transferOwnership(w.ws.org.slug, { userId: w.target.userId }), allowed: ["owner"] },
  };
  const actors: Actor[] = ["owner", "admin", "member", "viewer", "not a member"];
  const matrix = Object.entries(actions).flatMap(([name, a]) => actors.map((actor) => ({ name, actor, allowed: a.allowed.includes(actor), run: a.run })));

  it.each(matrix)("$name as $actor → allowed: $allowed", async ({ actor, allowed, run }) => {
    const ws = await createTenant("owner"); // a standing owner, so the last-owner rule never decides these cases
    const target = await addMember(ws, "member");
    const pending = await invitation(ws);
    const actorId = actor === "not a member" ? (await createUser()).id : (await addMember(ws, actor)).userId;
    signInAs(actorId);
    const before = await orgState(ws.orgId);
    const result = await run({ ws, target, pending });
    if (allowed) {
      expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
      expect(await orgState(ws.orgId)).not.toEqual(before);
    } else {
      expect(result).toEqual(actor === "not a member" ? notFound : forbidden);
      expect(await orgState(ws.orgId)).toEqual(before);
    }
  });
});

describe("inviting", () => {
  it("creates an invitation valid for 7 days, stores only the token's hash, audits it and returns the link once", async () => {
    const ws = await createTenant("admin");
    signInAs(ws.userId);
    const result = await inviteMember(ws.org.slug, { email: "  New.Person@Example.com ", role: "member" });
    expect(result).toMatchObject({ ok: true, data: { email: "new.person@example.com", role: "member", delivery: "logged" } });
    const link = result.data!.link;
    expect(link).toMatch(/^https:\/\/techfolio\.test\/invite\/[A-Za-z0-9_-]{43}$/);
    const token = link.split("/").pop()!;
    const [row] = await db.select().from(invitations).where(eq(invitations.id, result.data!.id));
    expect(row).toMatchObject({ orgId: ws.orgId, email: "new.person@example.com", role: "member", invitedBy: ws.userId, tokenHash: hashInvitationToken(token), acceptedAt: null, revokedAt: null });
    expect(JSON.stringify(row)).not.toContain(token);
    const days = (row.expiresAt.getTime() - row.createdAt.getTime()) / 86_400_000;
    expect(days).toBeCloseTo(7, 2);
    const [audit] = await db.select().from(auditLog).where(and(eq(auditLog.orgId, ws.orgId), eq(auditLog.entityId, row.id)));
    expect(audit).toMatchObject({ action: "create", entity: "invitation", userId: ws.userId });
    expect(JSON.stringify(audit)).not.toContain(token);
  });

  it("builds the link on AUTH_URL when configured; without SMTP settings sends nothing and logs the link", async () => {
    const ws = await createTenant("owner");
    signInAs(ws.userId);
    process.env.AUTH_URL = "https://app.techfolio.example/api/auth";
    const log = vi.spyOn(console, "info").mockImplementation(() => {});
    const result = await inviteMember(ws.org.slug, { email: "logged@example.com", role: "viewer" });
    expect(result.data).toMatchObject({ delivery: "logged", link: expect.stringMatching(/^https:\/\/app\.techfolio\.example\/invite\//) });
    expect(log).toHaveBeenCalledWith(expect.stringContaining(result.data!.link));
    expect(createTransport).not.toHaveBeenCalled();
    expect(sendMail).not.toHaveBeenCalled();
  });

  it("emails the invitation when SMTP settings are present, after the invitation is committed", async () => {
    const ws = await createTenant("owner");
    signInAs(ws.userId);
    process.env.SMTP_URL = "smtp://mailer:s3cret@smtp.example.com:587";
    let committed: unknown[] = [];
    sendMail.mockImplementation(async (mail: { to: string }) => {
      committed = await db.select().from(invitations).where(and(eq(invitations.orgId, ws.orgId), eq(invitations.email, mail.to)));
      return { messageId: "<x@y>" };
    });
    const info = vi.spyOn(console, "info").mockImplementation(() => {});
    const result = await inviteMember(ws.org.slug, { email: "Mailed@Example.com", role: "admin" });
    expect(result).toMatchObject({ ok: true, data: { email: "mailed@example.com", delivery: "emailed" } });
    expect(sendMail).toHaveBeenCalledTimes(1);
    const [mail] = sendMail.mock.calls[0] as [{ to: string; from: string; subject: string; text: string }];
    expect(mail).toMatchObject({ to: "mailed@example.com", from: "Techfolio <no-reply@techfolio.app>", subject: `You're invited to ${ws.org.name} on Techfolio` });
    expect(mail.text).toContain(result.data!.link);
    expect(mail.text).toContain(ws.org.name);
    expect(mail.text).toContain("admin");
    expect(mail.text).toContain("7 days");
    expect(committed).toHaveLength(1); // visible outside the action's transaction when the mail went out
    expect(info).not.toHaveBeenCalledWith(expect.stringContaining(result.data!.link));
  });

  it("still creates the invitation and shows the link when sending fails, logging the error without the password", async () => {
    const ws = await createTenant("owner");
    signInAs(ws.userId);
    process.env.SMTP_URL = "smtps://mailer:s3cret@smtp.example.com:465";
    sendMail.mockRejectedValue(Object.assign(new Error("Invalid login: 535 rejected for mailer:s3cret"), { code: "EAUTH", responseCode: 535 }));
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const result = await inviteMember(ws.org.slug, { email: "bounced@example.com", role: "member" });
    expect(result).toMatchObject({ ok: true, data: { email: "bounced@example.com", delivery: "failed", link: expect.stringMatching(/\/invite\//) } });
    const [row] = await db.select().from(invitations).where(eq(invitations.id, result.data!.id));
    expect(row).toMatchObject({ email: "bounced@example.com", revokedAt: null, acceptedAt: null });
    expect(error).toHaveBeenCalledTimes(1);
    const logged = String(error.mock.calls[0][0]);
    expect(logged).toContain("EAUTH");
    expect(logged).toContain("smtp.example.com");
    expect(logged).not.toContain("s3cret");
  });

  it("refuses an email that already belongs to a member, whatever its case, beside the field", async () => {
    const ws = await createTenant("owner");
    const member = await addMember(ws, "viewer");
    const [{ email }] = await db.select({ email: users.email }).from(users).where(eq(users.id, member.userId));
    signInAs(ws.userId);
    const before = await orgState(ws.orgId);
    const result = await inviteMember(ws.org.slug, { email: email.toUpperCase(), role: "member" });
    expect(result).toMatchObject({ ok: false, fieldErrors: { email: [ALREADY_MEMBER] } });
    expect(await orgState(ws.orgId)).toEqual(before);
  });

  it("replaces a pending invitation for the same email: the old link stops working", async () => {
    const ws = await createTenant("owner");
    signInAs(ws.userId);
    const first = await inviteMember(ws.org.slug, { email: "twice@example.com", role: "viewer" });
    const second = await inviteMember(ws.org.slug, { email: "Twice@example.com", role: "admin" });
    expect(second.ok).toBe(true);
    const rows = await db.select().from(invitations).where(and(eq(invitations.orgId, ws.orgId), eq(invitations.email, "twice@example.com")));
    expect(rows.find((r) => r.id === first.data!.id)?.revokedAt).toBeInstanceOf(Date);
    expect(rows.find((r) => r.id === second.data!.id)).toMatchObject({ revokedAt: null, role: "admin" });
  });

  it("lets only an owner invite an owner", async () => {
    const ws = await createTenant("owner");
    const admin = await addMember(ws, "admin");
    signInAs(admin.userId);
    const before = await orgState(ws.orgId);
    expect(await inviteMember(ws.org.slug, { email: "boss@example.com", role: "owner" })).toMatchObject({ ok: false, message: ONLY_OWNER_INVITES_OWNER, fieldErrors: { role: [ONLY_OWNER_INVITES_OWNER] } });
    expect(await orgState(ws.orgId)).toEqual(before);
    signInAs(ws.userId);
    expect(await inviteMember(ws.org.slug, { email: "boss@example.com", role: "owner" })).toMatchObject({ ok: true, data: { role: "owner" } });
  });

  it.each([
    ["a malformed email", { email: "not-an-email", role: "member" }, "email"],
    ["an unknown role", { email: "ok@example.com", role: "superuser" }, "role"],
  ])("refuses %s beside the field", async (_label, input, field) => {
    const ws = await createTenant("owner");
    signInAs(ws.userId);
    const result = await inviteMember(ws.org.slug, input);
    expect(result.ok).toBe(false);
    expect(result.fieldErrors?.[field]?.length).toBeGreaterThan(0);
  });

  it("revokes a pending invitation once; a second revoke is not found", async () => {
    const ws = await createTenant("admin");
    const pending = await invitation(ws);
    signInAs(ws.userId);
    expect(await revokeInvitation(ws.org.slug, { id: pending.id })).toEqual({ ok: true, data: { id: pending.id } });
    expect(await revokeInvitation(ws.org.slug, { id: pending.id })).toMatchObject({ ok: false, message: "That invitation is no longer pending." });
  });
});

describe("accepting an invitation when signed in", () => {
  async function invitedUser(overrides: Partial<typeof invitations.$inferInsert> = {}) {
    const ws = await createTenant("owner");
    const user = await createUser();
    const inv = await invitation(ws, { email: user.email, role: "admin", ...overrides });
    signInAs(user.id);
    return { ws, user, inv };
  }
  const accept = (token: string) => acceptInvitationAction(initialFormState, form({ token }));

  it("makes the user a member with the invited role, marks the invitation accepted, audits and opens the workspace", async () => {
    const { ws, user, inv } = await invitedUser();
    await expect(accept(inv.token)).rejects.toMatchObject({ url: `/w/${ws.org.slug}/dashboard` });
    expect(await roleOf(ws.orgId, user.id)).toBe("admin");
    const [row] = await db.select().from(invitations).where(eq(invitations.id, inv.id));
    expect(row.acceptedAt).toBeInstanceOf(Date);
    const [audit] = await db.select().from(auditLog).where(and(eq(auditLog.orgId, ws.orgId), eq(auditLog.entity, "membership")));
    expect(audit).toMatchObject({ action: "create", userId: user.id, entityId: user.id });
    expect(await resolveTenant(user.id, ws.org.slug)).toMatchObject({ role: "admin" });
  });

  it("is single use", async () => {
    const { inv } = await invitedUser();
    await expect(accept(inv.token)).rejects.toBeInstanceOf(Redirect);
    expect(await accept(inv.token)).toEqual({ ok: false, message: INVITATION_UNAVAILABLE });
  });

  it("lets only one of two concurrent accepts win", async () => {
    const { ws, user, inv } = await invitedUser();
    const outcomes = await Promise.allSettled([accept(inv.token), accept(inv.token)]);
    expect(outcomes.filter((o) => o.status === "rejected" && o.reason instanceof Redirect)).toHaveLength(1);
    expect(outcomes.filter((o) => o.status === "fulfilled" && o.value.message === INVITATION_UNAVAILABLE)).toHaveLength(1);
    expect((await orgState(ws.orgId)).memberships.filter((m) => m.userId === user.id)).toHaveLength(1);
    const audits = await db.select().from(auditLog).where(and(eq(auditLog.orgId, ws.orgId), eq(auditLog.entity, "membership")));
    expect(audits).toHaveLength(1);
  });

  it.each([
    ["expired", { expiresAt: new Date(Date.now() - 1000) }],
    ["revoked", { revokedAt: new Date() }],
    ["already used", { acceptedAt: new Date() }],
  ])("refuses an %s invitation and writes nothing", async (_label, overrides) => {
    const { ws, inv } = await invitedUser(overrides);
    const before = await orgState(ws.orgId);
    expect(await accept(inv.token)).toEqual({ ok: false, message: INVITATION_UNAVAILABLE });
    expect(await orgState(ws.orgId)).toEqual(before);
  });

  it("refuses an unknown or malformed token", async () => {
    signInAs((await createUser()).id);
    expect(await accept(newInvitationToken().token)).toEqual({ ok: false, message: INVITATION_UNAVAILABLE });
    expect(await accept("'; drop table invitations; --")).toEqual({ ok: false, message: INVITATION_UNAVAILABLE });
  });

  it("refuses someone signed in with another email", async () => {
    const { ws, inv } = await invitedUser();
    const other = await createUser();
    signInAs(other.id);
    const before = await orgState(ws.orgId);
    expect(await accept(inv.token)).toEqual({ ok: false, message: INVITATION_OTHER_EMAIL });
    expect(await orgState(ws.orgId)).toEqual(before);
  });

  it("asks a visitor who is not signed in to sign in", async () => {
    const { ws, inv } = await invitedUser();
    signInAs(null);
    expect(await accept(inv.token)).toMatchObject({ ok: false, message: "Sign in to accept this invitation." });
    expect((await db.select().from(invitations).where(eq(invitations.id, inv.id)))[0].acceptedAt).toBeNull();
    expect(await roleOf(ws.orgId, ws.userId)).toBe("owner");
  });
});

describe("signing up from an invitation", () => {
  const PASSWORD = "a good long passphrase";

  it("creates the user with the invitation's email, joins, accepts in one go and signs in", async () => {
    const ws = await createTenant("owner");
    const inv = await invitation(ws, { email: "fresh.hire@example.com", role: "viewer" });
    signInAs(null);
    await signUpFromInvitation(initialFormState, form({ token: inv.token, name: "Fresh Hire", password: PASSWORD, email: "attacker@example.com" }));
    const [user] = await db.select().from(users).where(eq(users.email, "fresh.hire@example.com"));
    expect(user).toMatchObject({ name: "Fresh Hire" });
    expect(await db.select().from(users).where(eq(users.email, "attacker@example.com"))).toEqual([]);
    expect(await roleOf(ws.orgId, user.id)).toBe("viewer");
    expect((await db.select().from(invitations).where(eq(invitations.id, inv.id)))[0].acceptedAt).toBeInstanceOf(Date);
    expect(signIn).toHaveBeenCalledWith("credentials", { email: "fresh.hire@example.com", password: PASSWORD, redirectTo: `/w/${ws.org.slug}/dashboard` });
  });

  it("sends an existing account to sign in instead, writing nothing", async () => {
    const ws = await createTenant("owner");
    const existing = await createUser();
    const inv = await invitation(ws, { email: existing.email });
    const before = await orgState(ws.orgId);
    expect(await signUpFromInvitation(initialFormState, form({ token: inv.token, name: "Dup", password: PASSWORD }))).toMatchObject({ ok: false, message: ACCOUNT_EXISTS });
    expect(await orgState(ws.orgId)).toEqual(before);
    expect(signIn).not.toHaveBeenCalled();
  });

  it("checks the fields and keeps the name, never the password", async () => {
    const ws = await createTenant("owner");
    const inv = await invitation(ws);
    const state = await signUpFromInvitation(initialFormState, form({ token: inv.token, name: "Short Pw", password: "1234567" }));
    expect(state).toMatchObject({ ok: false, fieldErrors: { password: ["Use at least 8 characters."] }, values: { name: "Short Pw" } });
    expect(JSON.stringify(state)).not.toContain("1234567");
    expect(await db.select().from(users).where(eq(users.email, inv.email))).toEqual([]);
  });

  it.each([
    ["expired", { expiresAt: new Date(Date.now() - 1000) }],
    ["revoked", { revokedAt: new Date() }],
    ["used", { acceptedAt: new Date() }],
  ])("creates no account for a %s invitation", async (_label, overrides) => {
    const ws = await createTenant("owner");
    const inv = await invitation(ws, overrides);
    expect(await signUpFromInvitation(initialFormState, form({ token: inv.token, name: "Late", password: PASSWORD }))).toMatchObject({ ok: false, message: INVITATION_UNAVAILABLE });
    expect(await db.select().from(users).where(eq(users.email, inv.email))).toEqual([]);
    expect(signIn).not.toHaveBeenCalled();
  });
});

describe("roles, removal and ownership", () => {
  it("keeps the last owner: neither demoted nor removed, even by themselves", async () => {
    const ws = await createTenant("owner");
    signInAs(ws.userId);
    const before = await orgState(ws.orgId);
    expect(await changeMemberRole(ws.org.slug, { userId: ws.userId, role: "admin" })).toMatchObject({ ok: false, message: LAST_OWNER });
    expect(await removeMember(ws.org.slug, { userId: ws.userId })).toMatchObject({ ok: false, message: LAST_OWNER });
    expect(await orgState(ws.orgId)).toEqual(before);
  });

  it("lets one of two owners be demoted, then protects the one left", async () => {
    const ws = await createTenant("owner");
    const second = await addMember(ws, "owner");
    signInAs(ws.userId);
    expect(await changeMemberRole(ws.org.slug, { userId: second.userId, role: "member" })).toMatchObject({ ok: true });
    expect(await roleOf(ws.orgId, second.userId)).toBe("member");
    expect(await removeMember(ws.org.slug, { userId: ws.userId })).toMatchObject({ ok: false, message: LAST_OWNER });
  });

  it("does not let an admin promote anyone to owner, or change or remove an owner", async () => {
    const ws = await createTenant("owner");
    const admin = await addMember(ws, "admin");
    const member = await addMember(ws, "member");
    await addMember(ws, "owner");
    signInAs(admin.userId);
    const before = await orgState(ws.orgId);
    expect(await changeMemberRole(ws.org.slug, { userId: member.userId, role: "owner" })).toMatchObject({ ok: false, message: ONLY_OWNER_MANAGES_OWNERS });
    expect(await changeMemberRole(ws.org.slug, { userId: ws.userId, role: "viewer" })).toMatchObject({ ok: false, message: ONLY_OWNER_MANAGES_OWNERS });
    expect(await removeMember(ws.org.slug, { userId: ws.userId })).toMatchObject({ ok: false, message: ONLY_OWNER_MANAGES_OWNERS });
    expect(await orgState(ws.orgId)).toEqual(before);
  });

  it("changes a role with an audit row", async () => {
    const ws = await createTenant("admin");
    const member = await addMember(ws, "member");
    signInAs(ws.userId);
    expect(await changeMemberRole(ws.org.slug, { userId: member.userId, role: "viewer" })).toEqual({ ok: true, data: { userId: member.userId, role: "viewer" } });
    const [audit] = await db.select().from(auditLog).where(and(eq(auditLog.orgId, ws.orgId), eq(auditLog.entityId, member.userId)));
    expect(audit).toMatchObject({ action: "update", entity: "membership", before: expect.objectContaining({ role: "member" }), after: { role: "viewer" } });
  });

  it("takes effect on the member's next request once removed", async () => {
    const ws = await createTenant("owner");
    const member = await addMember(ws, "member");
    expect(await resolveTenant(member.userId, ws.org.slug)).toMatchObject({ role: "member" });
    signInAs(ws.userId);
    expect(await removeMember(ws.org.slug, { userId: member.userId })).toMatchObject({ ok: true });
    expect(await resolveTenant(member.userId, ws.org.slug)).toBeNull();
    const [audit] = await db.select().from(auditLog).where(and(eq(auditLog.orgId, ws.orgId), eq(auditLog.entityId, member.userId)));
    expect(audit).toMatchObject({ action: "delete", entity: "membership", before: expect.objectContaining({ role: "member" }) });
    // The removed member's own writes are refused from then on.
    signInAs(member.userId);
    expect(await inviteMember(ws.org.slug, { email: freshEmail(), role: "viewer" })).toEqual(notFound);
  });

  it("transfers ownership: the target becomes owner, the owner becomes admin, in one transaction", async () => {
    const ws = await createTenant("owner");
    const heir = await addMember(ws, "member");
    signInAs(ws.userId);
    expect(await transferOwnership(ws.org.slug, { userId: heir.userId })).toEqual({ ok: true, data: { userId: heir.userId } });
    expect([await roleOf(ws.orgId, heir.userId), await roleOf(ws.orgId, ws.userId)]).toEqual(["owner", "admin"]);
    const audits = await db.select().from(auditLog).where(and(eq(auditLog.orgId, ws.orgId), eq(auditLog.entity, "membership")));
    expect(audits).toHaveLength(2);
    // The former owner is an admin now, and may no longer transfer.
    expect(await transferOwnership(ws.org.slug, { userId: heir.userId })).toEqual(forbidden);
  });

  it("refuses transferring to yourself, or to someone who is not a member", async () => {
    const ws = await createTenant("owner");
    const stranger = await createUser();
    signInAs(ws.userId);
    const before = await orgState(ws.orgId);
    expect(await transferOwnership(ws.org.slug, { userId: ws.userId })).toMatchObject({ ok: false, fieldErrors: { userId: ["Choose another member."] } });
    expect(await transferOwnership(ws.org.slug, { userId: stranger.id })).toMatchObject({ ok: false, message: "That member is no longer in this workspace." });
    expect(await transferOwnership(ws.org.slug, { userId: "not-a-uuid" })).toMatchObject({ ok: false });
    expect(await orgState(ws.orgId)).toEqual(before);
  });
});

describe("across workspaces", () => {
  it("an admin of A can neither revoke B's invitation nor change or remove B's member by id", async () => {
    const a = await createTenant("admin");
    const b = await createTenant("owner");
    const bMember = await addMember(b, "member");
    const bInvitation = await invitation(b);
    signInAs(a.userId);
    const before = await orgState(b.orgId);
    expect(await revokeInvitation(a.org.slug, { id: bInvitation.id })).toMatchObject({ ok: false, message: "That invitation is no longer pending." });
    expect(await changeMemberRole(a.org.slug, { userId: bMember.userId, role: "viewer" })).toMatchObject({ ok: false, message: "That member is no longer in this workspace." });
    expect(await removeMember(a.org.slug, { userId: bMember.userId })).toMatchObject({ ok: false, message: "That member is no longer in this workspace." });
    // …nor act through B's slug, where A's admin is not a member.
    expect(await revokeInvitation(b.org.slug, { id: bInvitation.id })).toEqual(notFound);
    expect(await removeMember(b.org.slug, { userId: bMember.userId })).toEqual(notFound);
    expect(await inviteMember(b.org.slug, { email: freshEmail(), role: "admin" })).toEqual(notFound);
    expect(await orgState(b.orgId)).toEqual(before);
    expect(await db.select({ n: sql<number>`count(*)::int` }).from(auditLog).where(eq(auditLog.orgId, b.orgId))).toEqual([{ n: 0 }]);
  });
});
