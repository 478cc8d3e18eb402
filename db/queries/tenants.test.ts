import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { memberships } from "@/db/schema";
import { createTenant, createUser } from "@/test/factories";
import { listWorkspacesForUser, resolveTenant } from "./tenants";

const session = vi.hoisted(() => ({ current: null as null | { user: { id: string } } }));
vi.mock("@/lib/auth", () => ({ auth: async () => session.current }));
const { getTenant } = await import("@/lib/auth/tenant");

beforeEach(() => {
  session.current = null;
});

describe("resolveTenant", () => {
  it("gives a member their workspace and role", async () => {
    const a = await createTenant("member");
    await expect(resolveTenant(a.userId, a.org.slug)).resolves.toEqual(a);
  });

  it("gives nothing for a workspace the user is not a member of, or one that does not exist", async () => {
    const a = await createTenant();
    const b = await createTenant();
    await expect(resolveTenant(a.userId, b.org.slug)).resolves.toBeNull();
    await expect(resolveTenant(a.userId, "no-such-workspace")).resolves.toBeNull();
  });

  it.each(["\u0000", `${"a".repeat(40)}\u0000`, "\uD800", "Upper", "-dash", "a".repeat(10_000), "a/../b"])(
    "gives nothing, without an error, for a slug no workspace can have (%j)",
    async (slug) => {
      const a = await createTenant();
      await expect(resolveTenant(a.userId, slug)).resolves.toBeNull();
    },
  );

  it("reads the role from the database on every call: a removed member loses access at once", async () => {
    const a = await createTenant("admin");
    await db.update(memberships).set({ role: "viewer" }).where(and(eq(memberships.orgId, a.orgId), eq(memberships.userId, a.userId)));
    await expect(resolveTenant(a.userId, a.org.slug)).resolves.toMatchObject({ role: "viewer" });
    await db.delete(memberships).where(and(eq(memberships.orgId, a.orgId), eq(memberships.userId, a.userId)));
    await expect(resolveTenant(a.userId, a.org.slug)).resolves.toBeNull();
  });
});

describe("getTenant (pages)", () => {
  it("answers not-found, not forbidden, for another workspace's slug", async () => {
    const a = await createTenant();
    const b = await createTenant();
    session.current = { user: { id: a.userId } };
    await expect(getTenant(b.org.slug)).rejects.toMatchObject({ digest: expect.stringContaining("404") });
    await expect(getTenant(a.org.slug)).resolves.toMatchObject({ orgId: a.orgId });
  });

  it("sends a signed-out visitor to sign-in, coming back afterwards", async () => {
    const a = await createTenant();
    await expect(getTenant(a.org.slug)).rejects.toMatchObject({
      digest: expect.stringContaining(`/sign-in?callbackUrl=${encodeURIComponent(`/w/${a.org.slug}`)}`),
    });
  });
});

describe("listWorkspacesForUser", () => {
  it("lists only the user's own workspaces, with their role", async () => {
    const a = await createTenant("viewer", { name: "Alpha Ltd" });
    const other = await createTenant("owner", { name: "Beta Ltd" });
    const lonely = await createUser();
    await db.insert(memberships).values({ orgId: other.orgId, userId: a.userId, role: "admin" });
    await expect(listWorkspacesForUser(a.userId)).resolves.toEqual([
      { slug: a.org.slug, name: "Alpha Ltd", industry: "other", role: "viewer" },
      { slug: other.org.slug, name: "Beta Ltd", industry: "other", role: "admin" },
    ]);
    await expect(listWorkspacesForUser(lonely.id)).resolves.toEqual([]);
  });
});
