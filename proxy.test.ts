import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import proxy, { config, SESSION_COOKIES } from "./proxy";

const ORIGIN = "http://localhost:3000";
const SESSION = `${SESSION_COOKIES[0]}=anything`;

function request(path: string, init: { method?: string; headers?: Record<string, string>; base?: string } = {}) {
  const base = init.base ?? ORIGIN;
  return new NextRequest(`${base}${path}`, { method: init.method ?? "GET", headers: { host: new URL(base).host, ...init.headers } });
}

/** The request headers the app receives after the proxy, as Next.js applies them. */
function forwardedHeaders(res: Response): Map<string, string> {
  const names = res.headers.get("x-middleware-override-headers")?.split(",") ?? [];
  return new Map(names.map((name) => [name, res.headers.get(`x-middleware-request-${name}`) ?? ""]));
}

const nonceOf = (csp: string | null) => csp?.match(/'nonce-([^']+)'/)?.[1];

describe("proxy: sign-in redirect", () => {
  it("sends a visitor without a session to sign in, remembering the page and its query", () => {
    const res = proxy(request("/w/acme/dashboard?month=2026-03"));
    expect(res.status).toBe(307);
    const to = new URL(res.headers.get("location")!);
    expect(to.pathname).toBe("/sign-in");
    expect(to.searchParams.get("callbackUrl")).toBe("/w/acme/dashboard?month=2026-03");
  });

  it.each(SESSION_COOKIES)("lets a visitor with a %s cookie through (the page verifies it)", (name) => {
    const res = proxy(request("/w/acme/dashboard", { headers: { cookie: `${name}=anything` } }));
    expect(res.headers.get("location")).toBeNull();
    expect(res.headers.get("x-middleware-next")).toBe("1");
  });

  it("is not fooled by a cookie of another name", () => {
    expect(proxy(request("/workspaces", { headers: { cookie: "authjs.csrf-token=x" } })).status).toBe(307);
  });

  it("lets anyone reach the public pages, and only the signed-in areas redirect", () => {
    for (const path of ["/sign-in", "/sign-up", "/invite/abc", "/wiki", "/workspaces-old"]) {
      expect(proxy(request(path)).headers.get("x-middleware-next"), path).toBe("1");
    }
    expect(proxy(request("/w")).status).toBe(307);
  });

  it.each(["proxy:proxy:proxy:proxy:proxy", "middleware:middleware:middleware:middleware:middleware", "src/middleware"])(
    "is not skipped by x-middleware-subrequest: %s",
    (value) => {
      const res = proxy(request("/w/acme/dashboard", { headers: { "x-middleware-subrequest": value } }));
      expect(res.status).toBe(307);
      expect(new URL(res.headers.get("location")!).pathname).toBe("/sign-in");
    },
  );

  it("drops x-middleware-subrequest before the app sees the request, and keeps the other headers", () => {
    const res = proxy(request("/w/acme/dashboard", { headers: { cookie: SESSION, "x-middleware-subrequest": "proxy", "accept-language": "de" } }));
    const forwarded = forwardedHeaders(res);
    expect(forwarded.has("x-middleware-subrequest")).toBe(false);
    expect(forwarded.get("accept-language")).toBe("de");
    expect(forwarded.get("cookie")).toBe(SESSION);
  });
});

describe("proxy: security headers", () => {
  it("sets a nonce-based CSP and the other headers on a page over http, without HSTS", () => {
    const res = proxy(request("/sign-in"));
    const csp = res.headers.get("content-security-policy")!;
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'/);
    for (const directive of ["default-src 'self'", "style-src 'self' 'unsafe-inline'", "img-src 'self' data: blob:", "font-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'"]) {
      expect(csp).toContain(directive);
    }
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).not.toContain("upgrade-insecure-requests");
    expect(res.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    expect(res.headers.get("permissions-policy")).toBe("camera=(), microphone=(), geolocation=()");
    expect(res.headers.get("strict-transport-security")).toBeNull();
  });

  it("hands the page the same nonce and policy on the request, so Next.js puts the nonce on its scripts", () => {
    const res = proxy(request("/w/acme/dashboard", { headers: { cookie: SESSION } }));
    const forwarded = forwardedHeaders(res);
    const nonce = nonceOf(res.headers.get("content-security-policy"));
    expect(nonce).toBeTruthy();
    expect(forwarded.get("x-nonce")).toBe(nonce);
    expect(forwarded.get("content-security-policy")).toBe(res.headers.get("content-security-policy"));
  });

  it("uses a fresh nonce for every request", () => {
    const nonces = new Set(Array.from({ length: 20 }, () => nonceOf(proxy(request("/sign-in")).headers.get("content-security-policy"))));
    expect(nonces.size).toBe(20);
  });

  it.each([
    ["a proxy in front says https", request("/sign-in", { headers: { "x-forwarded-proto": "https" } })],
    ["a chain of proxies says https first", request("/sign-in", { headers: { "x-forwarded-proto": "https, http" } })],
    ["the request itself is https", request("/sign-in", { base: "https://techfolio.example" })],
  ])("adds HSTS and upgrade-insecure-requests when %s", (_, req) => {
    const res = proxy(req);
    expect(res.headers.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains");
    expect(res.headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
  });

  it("trusts the proxy's http over the URL", () => {
    const res = proxy(request("/sign-in", { base: "https://techfolio.example", headers: { "x-forwarded-proto": "http" } }));
    expect(res.headers.get("strict-transport-security")).toBeNull();
  });

  it("puts the headers on redirects and refusals too", () => {
    const redirect = proxy(request("/workspaces"));
    const refused = proxy(request("/sign-in", { method: "POST", headers: { origin: "https://evil.example" } }));
    for (const res of [redirect, refused]) {
      expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
      expect(res.headers.get("x-frame-options")).toBe("DENY");
    }
  });
});

describe("proxy: cross-site writes", () => {
  const post = (headers: Record<string, string>, path = "/w/acme/settings") => proxy(request(path, { method: "POST", headers: { cookie: SESSION, ...headers } }));

  it.each([
    ["another site's origin", { origin: "https://evil.example" }],
    ["the same host on another port", { origin: "http://localhost:4000" }],
    ["an opaque origin", { origin: "null" }],
    ["a malformed origin", { origin: "not a url" }],
    ["the browser saying cross-site", { "sec-fetch-site": "cross-site" }],
    ["the browser saying cross-site, with our origin", { origin: ORIGIN, "sec-fetch-site": "cross-site" }],
    ["a forwarded host that differs from the origin", { origin: ORIGIN, "x-forwarded-host": "techfolio.example" }],
  ])("refuses a POST from %s before anything runs", async (_, headers) => {
    const res = post(headers);
    expect(res.status).toBe(403);
    expect(await res.text()).toBe("Cross-origin request refused.");
    expect(res.headers.get("x-middleware-next")).toBeNull();
  });

  it.each(["PUT", "PATCH", "DELETE"])("refuses a foreign %s as well", (method) => {
    expect(proxy(request("/api/auth/signout", { method, headers: { origin: "https://evil.example" } })).status).toBe(403);
  });

  it("refuses a foreign write even to a public page and without a session", () => {
    expect(proxy(request("/sign-in", { method: "POST", headers: { origin: "https://evil.example" } })).status).toBe(403);
  });

  it.each([
    ["our own origin", { origin: ORIGIN, "sec-fetch-site": "same-origin" }],
    ["our origin as the proxy in front names it", { origin: "https://techfolio.example", "x-forwarded-host": "techfolio.example" }],
    ["no origin at all (not a browser)", {}],
  ])("lets a POST from %s through", (_, headers) => {
    const res = post(headers);
    expect(res.status).toBe(200);
    expect(res.headers.get("x-middleware-next")).toBe("1");
  });

  it("lets another site link to a page (GET), since reading changes nothing", () => {
    const res = proxy(request("/sign-in", { headers: { origin: "https://evil.example", "sec-fetch-site": "cross-site" } }));
    expect(res.headers.get("x-middleware-next")).toBe("1");
  });
});

describe("proxy: what it covers", () => {
  // Next.js anchors each matcher source to the whole path.
  const covered = (path: string) => config.matcher.some((source) => new RegExp(`^${source}$`).test(path));

  it.each(["/", "/sign-in", "/w/acme/dashboard", "/w/acme/settings/data", "/w/acme/settings/data/export.json", "/w/acme/settings/data/import", "/api/auth/session", "/no-such-page"])(
    "runs on %s, so its answer carries the headers whatever its status (a page, a 403 or 404, an error page, a route handler's refusal)",
    (path) => {
      expect(covered(path)).toBe(true);
    },
  );

  it.each(["/_next/static/chunks/app.js", "/_next/image", "/favicon.ico"])("skips the build's static file %s", (path) => {
    expect(covered(path)).toBe(false);
  });
});
