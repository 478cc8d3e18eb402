// The one wrapper of route handlers: who gets a 404 and who a 403, the cross-site rule, the private
// cache header on every answer, and what a handler's AppError becomes.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { AppError } from "@/lib/errors";
import { addMember, createTenant } from "@/test/factories";
import { enforceRateLimit } from "./rate-limit";
import { csvDownload, jsonDownload, safeFilename } from "./responses";

const session = vi.hoisted(() => ({ current: null as null | { user: { id: string } } }));
vi.mock("@/lib/auth", () => ({ auth: async () => session.current }));
const { tenantRoute, userRoute } = await import("./tenant-route");

let a: TenantCtx;
let b: TenantCtx;
beforeAll(async () => {
  [a, b] = await Promise.all([createTenant("owner"), createTenant("owner")]);
});
beforeEach(() => {
  session.current = null;
});

const as = (ctx: Pick<TenantCtx, "userId"> | null) => (session.current = ctx ? { user: { id: ctx.userId } } : null);
const handler = vi.fn(async (_request: Request, ctx: TenantCtx) => new Response(`hello ${ctx.org.slug}`, { headers: { "Cache-Control": "public, max-age=600" } }));
const adminOnly = tenantRoute({ role: "admin" }, handler);
const call = (route: typeof adminOnly, slug: string, init: RequestInit = {}) =>
  route(new Request(`http://techfolio.test/w/${slug}/thing`, { ...init, headers: { host: "techfolio.test", ...init.headers } }), { params: Promise.resolve({ slug }) });

describe("tenantRoute", () => {
  it("answers the same private 404 when signed out, to another workspace's owner and for no such workspace, running nothing", async () => {
    handler.mockClear();
    const answers = [await call(adminOnly, a.org.slug)];
    as(b);
    answers.push(await call(adminOnly, a.org.slug), await call(adminOnly, "no-such-workspace"), await call(adminOnly, "%00"));
    for (const response of answers) {
      expect(response.status).toBe(404);
      expect(await response.text()).toBe("Not found.");
      expect(response.headers.get("cache-control")).toBe("private, no-store");
    }
    expect(handler).not.toHaveBeenCalled();
  });

  it("answers a member whose role is too low with a 403 that names the role needed", async () => {
    for (const role of ["viewer", "member"] as const) {
      as(await addMember(a, role));
      const response = await call(adminOnly, a.org.slug);
      expect(response.status).toBe(403);
      expect(await response.text()).toBe("This needs the admin role in this workspace.");
      expect(response.headers.get("cache-control")).toBe("private, no-store");
    }
  });

  it("runs the handler for a member at or above the role, with their own workspace, and makes the answer private", async () => {
    as(await addMember(a, "admin"));
    const response = await call(adminOnly, a.org.slug);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(`hello ${a.org.slug}`);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    as(a);
    expect((await call(adminOnly, a.org.slug)).status).toBe(200);
  });

  it.each([
    [{ origin: "https://evil.example" }],
    [{ origin: "null" }],
    [{ "sec-fetch-site": "cross-site" }],
    [{ origin: "http://techfolio.test", "x-forwarded-host": "other.example" }],
  ])("refuses a write from another site before anything runs: %j", async (headers) => {
    as(a);
    const run = vi.fn(async () => new Response("done"));
    const response = await call(tenantRoute({ role: "viewer" }, run), a.org.slug, { method: "POST", headers });
    expect(response.status).toBe(403);
    expect(await response.text()).toBe("Cross-origin request refused.");
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(run).not.toHaveBeenCalled();
  });

  it("lets a write from this site through, and a read from anywhere", async () => {
    as(a);
    const route = tenantRoute({ role: "viewer" }, async () => new Response("done"));
    expect((await call(route, a.org.slug, { method: "POST", headers: { origin: "http://techfolio.test", "sec-fetch-site": "same-origin" } })).status).toBe(200);
    expect((await call(route, a.org.slug, { headers: { origin: "https://evil.example", "sec-fetch-site": "cross-site" } })).status).toBe(200);
  });

  it.each([
    ["invalid", 400],
    ["forbidden", 403],
    ["not_found", 404],
    ["conflict", 409],
    ["rate_limited", 429],
  ] as const)("answers a handler's AppError %s with %i and its message, as text or JSON", async (code, status) => {
    as(a);
    const failing = (answer: "text" | "json") =>
      tenantRoute({ role: "viewer", answer }, async () => {
        throw new AppError(code, `Refused: ${code}`);
      });
    const text = await call(failing("text"), a.org.slug);
    expect([text.status, await text.text(), text.headers.get("cache-control")]).toEqual([status, `Refused: ${code}`, "private, no-store"]);
    const json = await call(failing("json"), a.org.slug);
    expect([json.status, await json.json()]).toEqual([status, { ok: false, message: `Refused: ${code}` }]);
  });

  it("answers a handler over its rate limit with 429, Retry-After and how long to wait", async () => {
    as(a);
    const key = `test:route:${a.orgId}`;
    const limited = tenantRoute({ role: "viewer" }, async (_request, ctx) => {
      await enforceRateLimit({ key, windowMs: 10 * 60_000, limit: 1 });
      return new Response(`hello ${ctx.org.slug}`);
    });
    expect((await call(limited, a.org.slug)).status).toBe(200);
    const refused = await call(limited, a.org.slug);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(590);
    expect(Number(refused.headers.get("retry-after"))).toBeLessThanOrEqual(600);
    expect(await refused.text()).toBe("Too many attempts. Try again in 10 minutes.");
    expect(refused.headers.get("cache-control")).toBe("private, no-store");
  });

  it("lets any other error through, for Next.js to answer 500 without its detail", async () => {
    as(a);
    const broken = tenantRoute({ role: "viewer" }, async () => {
      throw new Error("connection refused at 10.0.0.5");
    });
    await expect(call(broken, a.org.slug)).rejects.toThrow("connection refused");
  });
});

describe("userRoute", () => {
  const route = userRoute({ answer: "json" }, async (_request, { userId }) => Response.json({ userId }));

  it("answers 401 when signed out, and runs for anyone signed in, whatever the workspace in the URL", async () => {
    const out = await call(route, a.org.slug, { method: "POST" });
    expect([out.status, (await out.json()).ok, out.headers.get("cache-control")]).toEqual([401, false, "private, no-store"]);
    as(b);
    const response = await call(route, a.org.slug, { method: "POST" });
    expect([response.status, await response.json(), response.headers.get("cache-control")]).toEqual([200, { userId: b.userId }, "private, no-store"]);
  });

  it("refuses a post from another site as JSON", async () => {
    as(b);
    const response = await call(route, a.org.slug, { method: "POST", headers: { origin: "https://evil.example" } });
    expect([response.status, await response.json()]).toEqual([403, { ok: false, message: "Cross-origin request refused." }]);
  });
});

describe("downloads", () => {
  it("sends a CSV as an attachment, with a BOM so Excel reads UTF-8", async () => {
    const response = csvDownload("acme-portfolio-2026-03-01.csv", "name\r\nCafé\r\n");
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="acme-portfolio-2026-03-01.csv"');
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect([...new Uint8Array(await response.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it("sends JSON indented, as an attachment", async () => {
    const response = jsonDownload("export.json", { a: 1 });
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(await response.text()).toBe('{\n  "a": 1\n}');
  });

  it.each([
    ['evil"; filename="x.exe', "evil-filename-x.exe"],
    ["../../etc/passwd", "etc-passwd"],
    ["résumé 2026.csv", "r-sum-2026.csv"],
    ["line\r\nbreak.csv", "line-break.csv"],
    ["...", "download"],
  ])("makes %j a safe file name: %j", (name, safe) => {
    expect(safeFilename(name)).toBe(safe);
  });
});
