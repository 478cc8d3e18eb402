import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth", () => import("@/test/fuzz/mocks").then((m) => m.authModule));
vi.mock("next/cache", () => import("@/test/fuzz/mocks").then((m) => m.cacheModule));
vi.mock("next/headers", () => import("@/test/fuzz/mocks").then((m) => m.headersModule));
vi.mock("next/navigation", () => import("@/test/fuzz/mocks").then((m) => m.navigationModule));

const { db } = await import("@/db");
const { goals, memberships, organizations } = await import("@/db/schema");
const { NOT_WORKSPACE_SCOPED, ROWS } = await import("@/test/action-catalog");
const { createTenant } = await import("@/test/factories");
const { fingerprint, fingerprintByScan } = await import("@/test/fuzz/fingerprint");
const { GROUPS, rowsOf } = await import("@/test/fuzz/groups");
const { fuzzAction } = await import("@/test/fuzz/harness");
const { navigationModule } = await import("@/test/fuzz/mocks");
const { fuzzPublicAction, PUBLIC_CASES, publicActions } = await import("@/test/fuzz/public");

/** What the fuzz covers, and proof that its checks fail when an action misbehaves. */

describe("fuzz coverage", () => {
  it("fuzzes every catalog row exactly once, in a test file that runs its group", () => {
    const grouped = (Object.keys(GROUPS) as (keyof typeof GROUPS)[]).flatMap((group) => rowsOf(group));
    expect(grouped.map((r) => `${r.module} ${r.name}`).sort()).toEqual(ROWS.map((r) => `${r.module} ${r.name}`).sort());
    const sources = readdirSync(__dirname)
      .filter((f) => f.endsWith(".test.ts"))
      .map((f) => readFileSync(join(__dirname, f), "utf8"))
      .join("\n");
    for (const group of Object.keys(GROUPS)) expect(sources, `no test file runs rowsOf("${group}")`).toContain(`rowsOf("${group}")`);
  });

  it("fuzzes every action that is not workspace-scoped", () => {
    const listed = Object.values(NOT_WORKSPACE_SCOPED).flat().sort();
    expect(Object.keys(PUBLIC_CASES).sort()).toEqual(listed);
    for (const { module, name, action } of publicActions()) expect(typeof action, `${module} ${name}`).toBe("function");
  });
});

describe.each([
  ["the database fingerprint", fingerprint],
  ["its fallback, a scan of every table", fingerprintByScan],
])("%s", (_name, fingerprint) => {
  it("changes with an insert, an update or a delete anywhere, and not with a read or a rolled-back write", async () => {
    const ws = await createTenant("owner");
    const other = await createTenant("owner");
    const print = await fingerprint();
    await db.select().from(goals);
    expect(await fingerprint()).toBe(print);

    await db.transaction(async (tx) => {
      await tx.insert(goals).values({ orgId: ws.orgId, title: "Rolled back", perspective: "customer" });
      tx.rollback();
    }).catch(() => {});
    expect(await fingerprint()).toBe(print);

    const [goal] = await db.insert(goals).values({ orgId: ws.orgId, title: "Inserted", perspective: "customer" }).returning();
    const inserted = await fingerprint();
    expect(inserted).not.toBe(print);
    await db.update(goals).set({ weight: 7 }).where(eq(goals.id, goal.id));
    const updated = await fingerprint();
    expect(updated).not.toBe(inserted);
    await db.update(organizations).set({ name: sql`${organizations.name}` }).where(eq(organizations.id, other.orgId));
    const touched = await fingerprint();
    expect(touched, "an update that rewrites a value unchanged is still a write").not.toBe(updated);
    await db.delete(memberships).where(eq(memberships.orgId, other.orgId));
    expect(await fingerprint()).not.toBe(touched);
  });
});

describe("the fuzz fails when an action misbehaves", () => {
  const row = ROWS.find((r) => r.name === "createGoal")!;
  const refused = { ok: false, message: "Refused." };
  const orgOf = async (slug: string) => (await db.select().from(organizations).where(eq(organizations.slug, slug)))[0];

  it.each([
    ["writes a row, then refuses", /refused call wrote to the database/, async (slug: string) => {
      await db.insert(goals).values({ orgId: (await orgOf(slug)).id, title: `Leak ${Math.random()}`, perspective: "customer" });
      return refused;
    }],
    ["updates a row, then refuses", /refused call wrote to the database/, async (slug: string) => {
      await db.update(organizations).set({ industry: "leaked" }).where(eq(organizations.slug, slug));
      return refused;
    }],
    ["throws", /threw/, async () => {
      throw new Error("boom");
    }],
    ["reports a 500 in disguise", /console\.error/, async () => {
      console.error("Action failed", new Error("boom"));
      return { ok: false, message: "Something went wrong, and nothing was saved. Please try again." };
    }],
    ["answers the generic message", /something went wrong/i, async () => ({ ok: false, message: "Something went wrong. Please try again." })],
    ["refuses without saying why", /refusal without a message/, async () => ({ ok: false })],
    ["answers no result", /result/, async () => "done"],
  ] as const)("%s", async (_name, failure, sabotaged) => {
    await expect(fuzzAction(row, sabotaged as never, 20)).rejects.toThrow(failure);
  });

  it("a redirect off the site", async () => {
    const leaves = async () => navigationModule.redirect("//evil.example/w");
    await expect(fuzzPublicAction(PUBLIC_CASES.signOutAction, leaves, 20)).rejects.toThrow(/redirect to/);
  });

  it("passes a well-behaved action", async () => {
    const stats = await fuzzAction(row, async () => refused, 50);
    expect(stats).toMatchObject({ runs: 50, accepted: 0, rejected: 50 });
  });
});
