import { eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { auditLog, kpis } from "@/db/schema";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { createTenant } from "@/test/factories";

const auth = vi.hoisted(() => vi.fn());
vi.mock("@/lib/auth", () => ({ auth, signIn: vi.fn(), signOut: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
const { createKpi, updateKpi } = await import("./actions");

let a: TenantCtx;
beforeAll(async () => {
  a = await createTenant("admin");
});
beforeEach(() => auth.mockResolvedValue({ user: { id: a.userId } }));

let n = 0;
const payload = (overrides: Record<string, unknown> = {}) => ({
  name: `Cost per contact ${++n}`,
  perspective: "financial",
  unit: "currency",
  direction: "lower",
  baseline: "8",
  target: "5",
  ...overrides,
});
const stored = async (id: string) => (await db.select({ attribution: kpis.attribution }).from(kpis).where(eq(kpis.id, id)))[0].attribution;

describe("a KPI's attribution", () => {
  it("is equal unless chosen", async () => {
    const result = await createKpi(a.org.slug, payload());
    expect(await stored(result.data!.id)).toBe("equal");
    const blank = await createKpi(a.org.slug, payload({ attribution: "" }));
    expect(await stored(blank.data!.id)).toBe("equal");
  });

  it("is saved as chosen, changed by an edit, and the edit's audit row shows it", async () => {
    const { data } = await createKpi(a.org.slug, payload({ attribution: "time_decay" }));
    expect(await stored(data!.id)).toBe("time_decay");
    expect(await updateKpi(a.org.slug, { ...payload({ attribution: "weighted" }), id: data!.id })).toMatchObject({ ok: true });
    expect(await stored(data!.id)).toBe("weighted");
    const rows = await db.select().from(auditLog).where(eq(auditLog.entityId, data!.id));
    const update = rows.find((r) => r.action === "update")!;
    expect([(update.before as { attribution: string }).attribution, (update.after as { attribution: string }).attribution]).toEqual(["time_decay", "weighted"]);
  });

  it("refuses anything else beside the field", async () => {
    expect(await createKpi(a.org.slug, payload({ attribution: "last_touch" }))).toMatchObject({
      ok: false,
      fieldErrors: { attribution: ["Choose how to split the KPI's change: equal, weighted or time decay."] },
    });
  });
});
