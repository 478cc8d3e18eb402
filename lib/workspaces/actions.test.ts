import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { memberships, organizations } from "@/db/schema";
import { initialFormState } from "@/lib/form-state";
import { createUser } from "@/test/factories";

const session = vi.hoisted(() => ({ current: null as null | { user: { id: string } } }));
vi.mock("@/lib/auth", () => ({ auth: async () => session.current, signIn: vi.fn(), signOut: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next/navigation", () => ({
  redirect: (to: string) => {
    throw Object.assign(new Error("NEXT_REDIRECT"), { to });
  },
}));
const { createWorkspace } = await import("./actions");

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
}

async function orgsOf(userId: string) {
  return db
    .select({ slug: organizations.slug, name: organizations.name, currency: organizations.currency, role: memberships.role })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.orgId))
    .where(eq(memberships.userId, userId));
}

beforeEach(() => {
  session.current = null;
});

describe("createWorkspace", () => {
  it("refuses without a signed-in user, and writes nothing", async () => {
    const result = await createWorkspace(initialFormState, form({ name: "Sneaky Ltd", currency: "USD" }));
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/sign in/i) });
    expect(await db.select().from(organizations).where(eq(organizations.name, "Sneaky Ltd"))).toEqual([]);
  });

  it("returns the messages by field and the values typed, and writes nothing", async () => {
    const user = await createUser();
    session.current = { user: { id: user.id } };
    const result = await createWorkspace(initialFormState, form({ name: "A", currency: "ZZZ", industry: "" }));
    expect(result.ok).toBe(false);
    expect(result.fieldErrors?.name).toEqual(["Name the workspace (at least 2 characters)."]);
    expect(result.fieldErrors?.currency).toHaveLength(1);
    expect(result.values).toMatchObject({ name: "A", currency: "ZZZ" });
    expect(await orgsOf(user.id)).toEqual([]);
  });

  it("creates the workspace owned by the signed-in user and opens its dashboard", async () => {
    const user = await createUser();
    session.current = { user: { id: user.id } };
    const failure = await createWorkspace(initialFormState, form({ name: "Northwind Traders", currency: "CHF", industry: "logistics" })).catch((e: { to?: string }) => e);
    expect(failure).toMatchObject({ to: expect.stringMatching(/^\/w\/northwind-traders(-\d+)?\/dashboard$/) });
    const rows = await orgsOf(user.id);
    expect(rows).toEqual([{ slug: expect.stringMatching(/^northwind-traders/), name: "Northwind Traders", currency: "CHF", role: "owner" }]);
    expect((failure as { to: string }).to).toBe(`/w/${rows[0].slug}/dashboard`);
  });
});
