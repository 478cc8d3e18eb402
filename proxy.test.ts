import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import proxy, { SESSION_COOKIES } from "./proxy";

const request = (path: string, cookie?: string) => new NextRequest(`http://localhost:3000${path}`, { headers: cookie ? { cookie } : {} });

describe("proxy", () => {
  it("sends a visitor without a session to sign in, remembering the page and its query", () => {
    const res = proxy(request("/w/acme/dashboard?month=2026-03"));
    expect(res.status).toBe(307);
    const to = new URL(res.headers.get("location")!);
    expect(to.pathname).toBe("/sign-in");
    expect(to.searchParams.get("callbackUrl")).toBe("/w/acme/dashboard?month=2026-03");
  });

  it.each(SESSION_COOKIES)("lets a visitor with a %s cookie through (the page verifies it)", (name) => {
    const res = proxy(request("/w/acme/dashboard", `${name}=anything`));
    expect(res.headers.get("location")).toBeNull();
    expect(res.headers.get("x-middleware-next")).toBe("1");
  });

  it("is not fooled by a cookie of another name", () => {
    expect(proxy(request("/workspaces", "authjs.csrf-token=x")).status).toBe(307);
  });
});
