import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { users } from "@/db/schema";
import { addMember, createTenant, createUser } from "@/test/factories";
import { deleteMember, isMemberEmail, listMembers, lockMember, lockOwners, setMemberRole } from "./members";

const nameUser = (id: string, name: string) => db.update(users).set({ name }).where(eq(users.id, id));

describe("member queries", () => {
  it("lists the workspace's members, owners first then by name, with when they joined", async () => {
    const ws = await createTenant("owner");
    const viewer = await addMember(ws, "viewer");
    const admin = await addMember(ws, "admin");
    const adminToo = await addMember(ws, "admin");
    await Promise.all([nameUser(ws.userId, "Zed Owner"), nameUser(admin.userId, "Bea"), nameUser(adminToo.userId, "Al"), nameUser(viewer.userId, "Cy")]);
    const other = await createTenant("owner");
    const rows = await listMembers(ws);
    expect(rows.map((r) => [r.name, r.role])).toEqual([
      ["Zed Owner", "owner"],
      ["Al", "admin"],
      ["Bea", "admin"],
      ["Cy", "viewer"],
    ]);
    expect(rows.every((r) => r.joinedAt instanceof Date && r.email.endsWith("@example.com"))).toBe(true);
    expect(rows.map((r) => r.userId)).not.toContain(other.userId);
  });

  it("finds a member by email case-insensitively, only in this workspace", async () => {
    const ws = await createTenant("owner");
    const other = await createTenant("owner");
    const [me] = await db.select().from(users).where(eq(users.id, ws.userId));
    const [them] = await db.select().from(users).where(eq(users.id, other.userId));
    expect(await isMemberEmail(ws, me.email.toUpperCase())).toBe(true);
    expect(await isMemberEmail(ws, them.email)).toBe(false);
  });

  it("locks one member of this workspace; a stranger, another workspace's member or a malformed id is not found", async () => {
    const ws = await createTenant("owner");
    const other = await createTenant("owner");
    const stranger = await createUser();
    await db.transaction(async () => {
      expect(await lockMember(ws, ws.userId)).toMatchObject({ userId: ws.userId, role: "owner" });
      for (const id of [other.userId, stranger.id, "1' or '1'='1"]) await expect(lockMember(ws, id)).rejects.toMatchObject({ code: "not_found" });
    });
  });

  it("lists the owners, and changes or deletes only this workspace's memberships", async () => {
    const ws = await createTenant("owner");
    const second = await addMember(ws, "owner");
    const other = await createTenant("owner");
    await db.transaction(async () => {
      expect((await lockOwners(ws)).sort()).toEqual([ws.userId, second.userId].sort());
      await setMemberRole(ws, second.userId, "viewer");
      expect(await lockOwners(ws)).toEqual([ws.userId]);
      await expect(setMemberRole(ws, other.userId, "viewer")).rejects.toMatchObject({ code: "not_found" });
      await expect(deleteMember(ws, other.userId)).rejects.toMatchObject({ code: "not_found" });
      await deleteMember(ws, second.userId);
    });
    expect((await listMembers(ws)).map((m) => m.userId)).toEqual([ws.userId]);
    expect((await listMembers(other)).map((m) => [m.userId, m.role])).toEqual([[other.userId, "owner"]]);
  });
});
