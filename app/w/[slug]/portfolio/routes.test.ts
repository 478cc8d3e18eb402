// The portfolio's route handlers are public endpoints: a member gets their own workspace's data, anyone
// else the same 404, whether signed out, a member of another workspace, or asking for no such workspace.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { addMember, createInvestment, createTenant } from "@/test/factories";

const session = vi.hoisted(() => ({ current: null as null | { user: { id: string } } }));
vi.mock("@/lib/auth", () => ({ auth: async () => session.current }));
const exportCsv = (await import("./export/route")).GET;
const template = (await import("./import/template/route")).GET;

let a: TenantCtx;
let b: TenantCtx;

beforeAll(async () => {
  a = await createTenant("owner");
  b = await createTenant("owner");
  await createInvestment(a, { name: "Alpha CRM", category: "crm" });
  await createInvestment(a, { name: "Alpha ERP", category: "erp" });
  await createInvestment(b, { name: "Beta Secret Tool" });
});

beforeEach(() => {
  session.current = null;
});

const call = (handler: typeof exportCsv, slug: string, query = "") =>
  handler(new Request(`http://localhost/w/${slug}/portfolio/export${query}`), { params: Promise.resolve({ slug }) });

describe.each([
  ["export", exportCsv],
  ["import template", template],
])("GET %s", (_name, handler) => {
  it("answers 404 when signed out, to a member of another workspace, and for no such workspace", async () => {
    expect((await call(handler, a.org.slug)).status).toBe(404);
    session.current = { user: { id: b.userId } };
    expect((await call(handler, a.org.slug)).status).toBe(404);
    expect((await call(handler, "no-such-workspace")).status).toBe(404);
  });

  it("serves a member, a viewer included, a CSV download", async () => {
    session.current = { user: { id: (await addMember(a, "viewer")).userId } };
    const response = await call(handler, a.org.slug);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename=".+\.csv"$/);
  });
});

describe("GET export", () => {
  it("exports the workspace's own rows, filtered as the table is, and none of another's", async () => {
    session.current = { user: { id: a.userId } };
    const all = await (await call(exportCsv, a.org.slug)).text();
    expect(all).toContain("Alpha CRM");
    expect(all).toContain("Alpha ERP");
    expect(all).not.toContain("Beta Secret Tool");
    const filtered = await (await call(exportCsv, a.org.slug, "?category=erp")).text();
    expect(filtered).toContain("Alpha ERP");
    expect(filtered).not.toContain("Alpha CRM");
  });
});
