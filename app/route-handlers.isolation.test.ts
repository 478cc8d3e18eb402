import "@/test/next-mocks";
import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { encode } from "next-auth/jwt";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { investments, memberships, organizations } from "@/db/schema";
import { exportWorkspace } from "@/lib/workspace-data/export";
import { snapshot } from "@/test/snapshot";
import { importFile, importRequest, paramsOf, ROUTES, type RouteEntry } from "@/test/route-catalog";
import { ACTORS, arrangeWorld, expectNoSecrets, expectNothingChanged, expectUntouched, signInAs, workspacesOf, type Actor, type World } from "@/test/world";

/**
 * Every route handler, called directly by every actor of the matrix on workspace A: the exact status;
 * a refusal changes nothing in A, B or C; what A's users download holds A's rows and none of B's; and
 * the import makes a workspace for the caller alone.
 */

process.env.AUTH_SECRET = randomBytes(32).toString("base64url");
process.env.AUTH_TRUST_HOST = "true";
const COOKIE = "authjs.session-token";

let world: World;
beforeAll(async () => {
  world = await arrangeWorld();
  importFile.text = JSON.stringify(await exportWorkspace(world.a, new Date()));
});

/** The request as the actor's browser sends it: with their Auth.js session cookie, if they have one. */
async function as(actor: Actor, request: Request) {
  signInAs(world, actor);
  const userId = world.users[actor];
  if (!userId) return request;
  const headers = new Headers(request.headers);
  const token = await encode({ token: { sub: userId }, secret: process.env.AUTH_SECRET!, salt: COOKIE });
  headers.set("cookie", [headers.get("cookie"), `${COOKIE}=${token}`].filter(Boolean).join("; "));
  return new Request(request, { headers });
}

const call = (entry: RouteEntry, request: Request) => entry.handler(request, { params: paramsOf(request) });
const isWorkspaceRead = (entry: RouteEntry) => entry.method === "GET" && entry.file.startsWith("app/w/");

describe.each(ROUTES.map((entry) => [`${entry.method} ${entry.file}`, entry] as const))("%s", (_title, entry) => {
  it.each(ACTORS.map((actor) => [actor, entry.status[actor]] as const))("%s: %i", async (actor, status) => {
    const request = await as(actor, await entry.request(world));
    const refused = status >= 400;
    const response = refused ? await expectNothingChanged(workspacesOf(world), () => call(entry, request)) : await expectUntouched(workspacesOf(world), () => call(entry, request));
    const body = entry.text ? await entry.text(response) : await response.text();
    expect(response.status, body.slice(0, 200)).toBe(status);
    if (status === 404 && isWorkspaceRead(entry)) expect(body).toBe("Not found.");
    if (status === 403 && isWorkspaceRead(entry)) expect(body).toMatch(/^This needs the (viewer|member|admin|owner) role in this workspace\.$/);
    if (!entry.file.startsWith("app/api/auth/")) expect(response.headers.get("cache-control"), "every answer is private").toBe("private, no-store");
    expectNoSecrets(world, body);
    entry.check?.(world, actor, response, body);
  });
});

describe("what A's users download holds A's rows and none of B's", () => {
  it.each(ROUTES.filter((e) => isWorkspaceRead(e) && !e.file.includes("template")).map((e) => [e.file, e] as const))("%s", async (_file, entry) => {
    const response = await call(entry, await as("owner", await entry.request(world)));
    const body = entry.text ? await entry.text(response) : await response.text();
    // The portfolio lists technologies only; the KPI report and the exports name the KPI and its technology.
    for (const name of entry.file.includes("portfolio") ? world.own.slice(0, 1) : world.own) expect(body).toContain(name);
    expectNoSecrets(world, body);
  });
});

describe("the import", () => {
  const post = ROUTES.find((e) => e.method === "POST" && e.file.includes("import"))!;

  it("makes the export a workspace of the caller alone, with A's rows and none of B's", async () => {
    const response = await call(post, await as("consultant", importRequest(world, importFile.text)));
    const slug = (await response.json()).redirectTo.split("/")[2];
    const [org] = await db.select().from(organizations).where(eq(organizations.slug, slug));
    expect(await db.select({ userId: memberships.userId, role: memberships.role }).from(memberships).where(eq(memberships.orgId, org.id))).toEqual([
      { userId: world.users.consultant, role: "owner" },
    ]);
    const names = (await db.select({ name: investments.name }).from(investments).where(eq(investments.orgId, org.id))).map((r) => r.name);
    expect(names).toEqual([world.own[0]]);
    expectNoSecrets(world, JSON.stringify(await snapshot(org.id)));
  });

  it("refuses a file that points at B's technology, and a post from another site, creating nothing", async () => {
    const crafted = JSON.parse(importFile.text);
    crafted.kpis[0].investmentId = world.foreign.tech.id;
    const refused = await expectNothingChanged(workspacesOf(world), async () => call(post, await as("owner", importRequest(world, JSON.stringify(crafted)))));
    expect(refused.status).toBe(400);
    const crossSite = await expectNothingChanged(workspacesOf(world), async () => call(post, await as("owner", importRequest(world, importFile.text, { origin: "https://evil.example" }))));
    expect(crossSite.status).toBe(403);
  });
});

