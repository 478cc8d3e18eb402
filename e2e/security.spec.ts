import type { Page, Request } from "@playwright/test";
import { demo, expect, test } from "./fixtures";
import { SignInPage } from "./pages/auth";

// About the session and the browser-facing defences: the tests that sign in do it through the form.

const FOREIGN = "https://evil.example";
const nonceOf = (csp: string | undefined) => csp?.match(/'nonce-([^']+)'/)?.[1];

/** Console errors and CSP violations the browser reports on a page, collected from the start. */
async function watchForViolations(page: Page): Promise<string[]> {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy|Refused to/i.test(message.text())) problems.push(message.text());
  });
  page.on("pageerror", (error) => problems.push(error.message));
  // Reported before any of the page's own scripts run, so a blocked one is seen too.
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => console.error(`Refused to load: ${event.violatedDirective} ${event.blockedURI} at ${location.pathname} ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`));
  });
  return problems;
}

test("every page answers with the security headers and a fresh script nonce that its own scripts carry", async ({ request }) => {
  const first = await request.get("/sign-in");
  const headers = first.headers();
  const csp = headers["content-security-policy"];
  expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toContain("upgrade-insecure-requests");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["permissions-policy"]).toBe("camera=(), microphone=(), geolocation=()");
  expect(headers["strict-transport-security"]).toBeUndefined();
  expect(headers["x-powered-by"]).toBeUndefined();

  // Next.js put this response's nonce on every script it rendered, and no script goes without it.
  const nonce = nonceOf(csp)!;
  const html = await first.text();
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);

  const second = await request.get("/sign-in");
  expect(nonceOf(second.headers()["content-security-policy"])).not.toBe(nonce);

  // The 404 page and the sign-in redirect carry them too.
  const missing = await request.get("/no-such-page");
  expect(missing.status()).toBe(404);
  expect((await missing.text()).match(/<script\b[^>]*>/g)?.every((tag) => tag.includes(`nonce="${nonceOf(missing.headers()["content-security-policy"])}"`))).toBe(true);
  const redirect = await request.get("/workspaces", { maxRedirects: 0 });
  expect(redirect.status()).toBe(307);
  expect(redirect.headers()["x-frame-options"]).toBe("DENY");
});

test("behind an https proxy, HSTS is sent and insecure requests are upgraded", async ({ request }) => {
  const res = await request.get("/sign-in", { headers: { "x-forwarded-proto": "https" } });
  expect(res.headers()["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains");
  expect(res.headers()["content-security-policy"]).toContain("upgrade-insecure-requests");
});

test("the main pages run their scripts under the policy with no violation", async ({ app, page }) => {
  test.slow(); // ten pages, each waited on until the network is idle
  const problems = await watchForViolations(page);
  for (const path of ["/sign-in", "/sign-up", "/no-such-page"]) {
    await page.goto(path);
    await expect.poll(() => page.evaluate(() => (window as { next?: { appDir?: boolean } }).next?.appDir), { message: path }).toBe(true);
  }
  await app.signInPage.signInAs("consultant");
  const pages = ["/workspaces", "/dashboard", "/portfolio", "/kpis/entry", "/scorecard", "/strategy", "/scenarios", "/reports", "/templates", "/settings/audit"];
  for (const path of pages) {
    const url = path === "/workspaces" ? path : `/w/harbor-bakery${path}`;
    await page.goto(url);
    await page.waitForLoadState("networkidle");
    await expect.poll(() => page.evaluate(() => (window as { next?: { appDir?: boolean } }).next?.appDir), { message: url }).toBe(true);
  }
  // A technology's own page, with its charts.
  await app.workspace("harbor-bakery").portfolio.open();
  await page.locator('main table a[href*="/portfolio/"]').first().click();
  await expect(page).toHaveURL(/\/portfolio\/[^/]+$/);
  await page.waitForLoadState("networkidle");
  await expect(page.locator("svg.recharts-surface").first()).toBeVisible();
  expect(problems).toEqual([]);
});

test("the session cookie is HttpOnly and SameSite=Lax, and Secure with the __Secure- prefix over https", async ({ app, page, browser }) => {
  await app.signInPage.signInAs("consultant");
  const session = (await page.context().cookies()).find((c) => c.name === "authjs.session-token");
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax", secure: false, path: "/" });
  expect(await page.evaluate(() => document.cookie)).not.toContain("session-token");

  // The same sign-in as a TLS-terminating proxy would forward it.
  const context = await browser.newContext();
  const httpsPage = await context.newPage();
  await httpsPage.route("**/sign-in*", (route) =>
    route.request().method() === "POST" ? route.continue({ headers: { ...route.request().headers(), "x-forwarded-proto": "https" } }) : route.continue(),
  );
  const httpsSignIn = new SignInPage(httpsPage);
  await httpsSignIn.open();
  const [response] = await Promise.all([
    httpsPage.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/sign-in"),
    httpsSignIn.signIn(demo.consultant, demo.password),
  ]);
  const setCookie = (await response.headersArray()).filter((h) => h.name.toLowerCase() === "set-cookie").map((h) => h.value);
  const secureSession = setCookie.find((line) => line.startsWith("__Secure-authjs.session-token="));
  expect(secureSession).toBeDefined();
  expect(secureSession!.split(";").map((part) => part.trim().toLowerCase())).toEqual(expect.arrayContaining(["httponly", "secure", "samesite=lax"]));
  await context.close();
});

test("a server action POSTed with a foreign origin is refused and changes nothing; the same request from the app works", async ({ app, page, baseURL }) => {
  // A fresh account with its own workspace, so the rename below disturbs no other test.
  const { path: workspace, settings } = await app.newAccount("Sam Secure", "Sam's Safes");
  await settings.open();
  const name = settings.name;
  const original = await name.inputValue();

  // Capture the real action request the form sends, and keep it from reaching the server.
  let captured: Request | undefined;
  await page.route(`**${workspace}/settings`, (route) => {
    if (route.request().method() !== "POST") return route.continue();
    captured = route.request();
    return route.abort();
  });
  await name.fill("Renamed from elsewhere");
  await settings.save();
  await expect.poll(() => captured).toBeDefined();
  const sent = captured!.headers();
  const replay = (headers: Record<string, string>) =>
    page.request.post(`${workspace}/settings`, {
      headers: { "next-action": sent["next-action"], "next-router-state-tree": sent["next-router-state-tree"], "content-type": sent["content-type"], accept: "text/x-component", ...headers },
      data: captured!.postDataBuffer()!,
      maxRedirects: 0,
    });

  const foreignAttempts: Record<string, string>[] = [
    { origin: FOREIGN },
    { origin: "null" },
    { origin: baseURL!, "sec-fetch-site": "cross-site" },
    { origin: FOREIGN, "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy" },
    { origin: FOREIGN, "next-router-prefetch": "1", purpose: "prefetch" },
  ];
  for (const headers of foreignAttempts) {
    const res = await replay(headers);
    expect(res.status(), JSON.stringify(headers)).toBe(403);
    expect(await res.text()).toBe("Cross-origin request refused.");
  }
  await page.unrouteAll();
  await page.reload();
  await expect(name).toHaveValue(original);

  // The very same request from the app's own origin does rename the workspace.
  const own = await replay({ origin: new URL(baseURL!).origin, "sec-fetch-site": "same-origin" });
  expect(own.status()).toBe(200);
  await page.reload();
  await expect(name).toHaveValue("Renamed from elsewhere");
});

test("x-middleware-subrequest gains a visitor without a session nothing", async ({ request }) => {
  for (const value of ["proxy:proxy:proxy:proxy:proxy", "middleware:middleware:middleware:middleware:middleware", "src/middleware:src/middleware:src/middleware:src/middleware:src/middleware"]) {
    for (const path of ["/w/harbor-bakery/dashboard", "/workspaces"]) {
      const res = await request.get(path, { headers: { "x-middleware-subrequest": value }, maxRedirects: 0 });
      expect(res.status(), `${path} with ${value}`).toBe(307);
      expect(new URL(res.headers().location, "http://x").pathname).toBe("/sign-in");
    }
  }
  // Past the proxy (any cookie of the right name will do), the page itself finds no session.
  const forged = await request.get("/w/harbor-bakery/dashboard", {
    headers: { "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy", cookie: "authjs.session-token=forged" },
    maxRedirects: 0,
  });
  expect(forged.status()).toBe(307);
  expect(new URL(forged.headers().location, "http://x").pathname).toBe("/sign-in");
});
