import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { invitations, memberships, users } from "@/db/schema";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { newInvitationToken } from "@/lib/members/tokens";
import { createTenant, createUser } from "@/test/factories";
import {
  acceptInvitation,
  createUserAndAcceptInvitation,
  findInvitationByToken,
  insertInvitation,
  listPendingInvitations,
  revokeInvitation,
  revokePendingForEmail,
} from "./invitations";

const DAY = 86_400_000;

async function invite(ctx: TenantCtx, overrides: Partial<typeof invitations.$inferInsert> = {}) {
  const { token, tokenHash } = newInvitationToken();
  const [row] = await db
    .insert(invitations)
    .values({ orgId: ctx.orgId, email: `i-${tokenHash.slice(0, 8)}@example.com`, role: "member", tokenHash, invitedBy: ctx.userId, expiresAt: new Date(Date.now() + DAY), ...overrides })
    .returning();
  return { ...row, token };
}

describe("invitation queries", () => {
  it("lists pending invitations (expired ones marked), with who invited, none accepted, revoked or of another workspace", async () => {
    const ws = await createTenant("owner");
    await db.update(users).set({ name: "Inviting Admin" }).where(eq(users.id, ws.userId));
    const live = await invite(ws);
    const expired = await invite(ws, { expiresAt: new Date(Date.now() - DAY) });
    await invite(ws, { acceptedAt: new Date() });
    await invite(ws, { revokedAt: new Date() });
    await invite(await createTenant("owner"));
    const rows = await listPendingInvitations(ws);
    expect(rows.map((r) => r.id).sort()).toEqual([live.id, expired.id].sort());
    expect(rows.find((r) => r.id === live.id)).toMatchObject({ expired: false, invitedBy: "Inviting Admin", role: "member" });
    expect(rows.find((r) => r.id === expired.id)).toMatchObject({ expired: true });
    expect(JSON.stringify(rows)).not.toMatch(/token/i);
  });

  it("tells a token's state, naming the workspace only for a usable invitation", async () => {
    const ws = await createTenant("owner");
    const cases = {
      valid: await invite(ws, { role: "viewer" }),
      expired: await invite(ws, { expiresAt: new Date(Date.now() - 1000) }),
      revoked: await invite(ws, { revokedAt: new Date() }),
      accepted: await invite(ws, { acceptedAt: new Date() }),
    };
    expect(await findInvitationByToken(cases.valid.token)).toMatchObject({ status: "valid", role: "viewer", email: cases.valid.email, org: { slug: ws.org.slug, name: ws.org.name } });
    for (const status of ["expired", "revoked", "accepted"] as const) expect(await findInvitationByToken(cases[status].token)).toEqual({ status });
    expect(await findInvitationByToken(newInvitationToken().token)).toEqual({ status: "unknown" });
    expect(await findInvitationByToken("../etc")).toEqual({ status: "unknown" });
    // The stored hash is not a token: presenting it finds nothing.
    expect(await findInvitationByToken(cases.valid.tokenHash)).toEqual({ status: "unknown" });
  });

  it("inserts, replaces by email and revokes only within the workspace", async () => {
    const ws = await createTenant("owner");
    const other = await createTenant("owner");
    const theirs = await invite(other, { email: "same@example.com" });
    const created = await db.transaction(() => insertInvitation(ws, { email: "Same@Example.com", role: "admin", tokenHash: newInvitationToken().tokenHash, expiresAt: new Date(Date.now() + DAY) }));
    expect(created).toMatchObject({ email: "same@example.com", role: "admin" });
    expect(await db.transaction(() => revokePendingForEmail(ws, "SAME@example.com"))).toEqual([created.id]);
    expect(await db.transaction(() => revokePendingForEmail(ws, "same@example.com"))).toEqual([]);
    await expect(db.transaction(() => revokeInvitation(ws, theirs.id))).rejects.toMatchObject({ code: "not_found" });
    await expect(db.transaction(() => revokeInvitation(ws, "nope"))).rejects.toMatchObject({ code: "not_found" });
    expect((await db.select().from(invitations).where(eq(invitations.id, theirs.id)))[0].revokedAt).toBeNull();
    expect(await db.transaction(() => revokeInvitation(other, theirs.id))).toMatchObject({ id: theirs.id });
  });

  it("accepts once: of two concurrent claims only one gets the membership", async () => {
    const ws = await createTenant("owner");
    const user = await createUser();
    const inv = await invite(ws, { email: user.email, role: "admin" });
    const results = await Promise.all([acceptInvitation(inv.token, user), acceptInvitation(inv.token, user)]);
    expect(results.filter(Boolean)).toEqual([{ slug: ws.org.slug, role: "admin" }]);
    expect(await db.select().from(memberships).where(eq(memberships.userId, user.id))).toHaveLength(1);
  });

  it("does not accept for another email", async () => {
    const ws = await createTenant("owner");
    const user = await createUser();
    const inv = await invite(ws);
    expect(await acceptInvitation(inv.token, user)).toBeNull();
    expect((await db.select().from(invitations).where(eq(invitations.id, inv.id)))[0].acceptedAt).toBeNull();
  });

  it("creates no user when the invitation was used in the meantime, and refuses a taken email", async () => {
    const ws = await createTenant("owner");
    const used = await invite(ws, { acceptedAt: new Date() });
    await expect(createUserAndAcceptInvitation(used.token, { name: "Late", email: used.email, passwordHash: "x" })).rejects.toMatchObject({ code: "not_found" });
    expect(await db.select().from(users).where(eq(users.email, used.email))).toEqual([]);

    const taken = await createUser();
    const inv = await invite(ws, { email: taken.email });
    await expect(createUserAndAcceptInvitation(inv.token, { name: "Dup", email: taken.email, passwordHash: "x" })).rejects.toMatchObject({ code: "conflict" });
    expect((await db.select().from(invitations).where(eq(invitations.id, inv.id)))[0].acceptedAt).toBeNull();
  });
});
