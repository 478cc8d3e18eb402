import { createHash } from "node:crypto";
import { strFromU8, unzipSync } from "fflate";
import { expect } from "vitest";
import type { Role } from "@/lib/domain/values";
import { ACTORS, emailOf, forEveryActor, scopedOutcome, type Actor, type World } from "@/test/world";

/**
 * Every route handler (file and HTTP method) with the status it answers each actor of the matrix, the
 * request it is called with, and how to read its body as text for the leak check. Import it after
 * `@/test/next-mocks`; Auth.js's own endpoints are the real ones, reading the session from the cookie.
 */
export const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"] as const;
type Handler = (request: Request, context: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;
export type RouteEntry = {
  file: string;
  method: (typeof METHODS)[number];
  handler: Handler;
  status: Record<Actor, number>;
  request: (w: World) => Request | Promise<Request>;
  /** The response body as text (a zip's files unpacked). */
  text?: (response: Response) => Promise<string>;
  /** A further check of what the actor got. */
  check?: (w: World, actor: Actor, response: Response, body: string) => void;
};

const modules = {
  "app/w/[slug]/portfolio/export/route.ts": await import("@/app/w/[slug]/portfolio/export/route"),
  "app/w/[slug]/portfolio/export/technologies.csv/route.ts": await import("@/app/w/[slug]/portfolio/export/technologies.csv/route"),
  "app/w/[slug]/portfolio/import/template/route.ts": await import("@/app/w/[slug]/portfolio/import/template/route"),
  "app/w/[slug]/reports/kpi-values/route.ts": await import("@/app/w/[slug]/reports/kpi-values/route"),
  "app/w/[slug]/settings/data/export.json/route.ts": await import("@/app/w/[slug]/settings/data/export.json/route"),
  "app/w/[slug]/settings/data/export.zip/route.ts": await import("@/app/w/[slug]/settings/data/export.zip/route"),
  "app/w/[slug]/settings/data/import/route.ts": await import("@/app/w/[slug]/settings/data/import/route"),
  "app/api/auth/[...nextauth]/route.ts": await import("@/app/api/auth/[...nextauth]/route"),
};
type RouteFile = keyof typeof modules;

/** 200 for members at or above `least`, 403 for lower roles; the same 404 as a missing workspace for everyone else. */
const OUTCOME_STATUS = { allowed: 200, forbidden: 403, not_found: 404 } as const;
const workspaceStatus = (least: Role) => Object.fromEntries(ACTORS.map((a) => [a, OUTCOME_STATUS[scopedOutcome(least, a)]])) as Record<Actor, number>;
const get = (path: string) => (w: World) => new Request(`http://techfolio.test/w/${w.a.org.slug}/${path}`);
const handler = (file: RouteFile, method: string) => (modules[file] as unknown as Record<string, Handler>)[method];
const unzipped = async (response: Response) =>
  response.ok ? Object.values(unzipSync(new Uint8Array(await response.arrayBuffer()))).map((file) => strFromU8(file)).join("\n") : response.text();

/** The import's body: a workspace file, posted from this site. */
export function importRequest(w: World, file: string, headers: Record<string, string> = {}) {
  const form = new FormData();
  form.set("file", new Blob([file], { type: "application/json" }), "export.json");
  return new Request(`http://techfolio.test/w/${w.a.org.slug}/settings/data/import`, { method: "POST", body: form, headers: { host: "techfolio.test", ...headers } });
}
/** Set by the route test before the import runs: A's own export, as its owner downloaded it. */
export const importFile = { text: "" };

const route = (file: RouteFile, method: RouteEntry["method"], rest: Omit<RouteEntry, "file" | "method" | "handler">): RouteEntry => ({ file, method, handler: handler(file, method), ...rest });

export const ROUTES: RouteEntry[] = [
  route("app/w/[slug]/portfolio/export/route.ts", "GET", { status: workspaceStatus("viewer"), request: get("portfolio/export") }),
  route("app/w/[slug]/portfolio/export/technologies.csv/route.ts", "GET", { status: workspaceStatus("viewer"), request: get("portfolio/export/technologies.csv") }),
  route("app/w/[slug]/portfolio/import/template/route.ts", "GET", { status: workspaceStatus("viewer"), request: get("portfolio/import/template") }),
  route("app/w/[slug]/reports/kpi-values/route.ts", "GET", { status: workspaceStatus("viewer"), request: get("reports/kpi-values") }),
  // A whole-workspace download is the owner's alone.
  route("app/w/[slug]/settings/data/export.json/route.ts", "GET", { status: workspaceStatus("owner"), request: get("settings/data/export.json") }),
  route("app/w/[slug]/settings/data/export.zip/route.ts", "GET", { status: workspaceStatus("owner"), request: get("settings/data/export.zip"), text: unzipped }),
  // Makes a new workspace for whoever is signed in; it never acts on the workspace in the URL.
  route("app/w/[slug]/settings/data/import/route.ts", "POST", { status: forEveryActor(200, { none: 401 }), request: (w) => importRequest(w, importFile.text) }),
  // Auth.js: the session names the cookie's user and carries nothing else (no workspace, no role).
  route("app/api/auth/[...nextauth]/route.ts", "GET", {
    status: forEveryActor(200),
    request: () => new Request("http://techfolio.test/api/auth/session"),
    check: (w, actor, _response, body) => expect(JSON.parse(body)).toEqual(actor === "none" ? null : { user: { id: w.users[actor] }, expires: expect.any(String) }),
  }),
  // A wrong password for B's owner gives no session to anyone, whoever's cookie came with it.
  route("app/api/auth/[...nextauth]/route.ts", "POST", {
    status: forEveryActor(302),
    request: async (w) => credentialsRequest(await emailOf(w.users.outsider!), "not-the-password"),
    check: (_w, _actor, response) => {
      expect(response.headers.get("location")).toBe("http://techfolio.test/sign-in?error=CredentialsSignin&code=credentials");
      expect(response.headers.getSetCookie().filter((c) => c.startsWith("authjs.session-token="))).toEqual([]);
    },
  }),
];

/** The `params` Next.js passes: the slug of the request's workspace, or the Auth.js path segments. */
export function paramsOf(request: Request): Promise<Record<string, string | string[]>> {
  const path = new URL(request.url).pathname.split("/").filter(Boolean);
  const params: Record<string, string | string[]> = path[0] === "w" ? { slug: path[1] } : { nextauth: path.slice(2) };
  return Promise.resolve(params);
}


/** A credentials sign-in as the browser posts it, with the double-submit CSRF token Auth.js checks (its cookie holds token|sha256(token + secret)). */
function credentialsRequest(email: string, password: string) {
  const token = "a".repeat(64);
  const hash = createHash("sha256").update(`${token}${process.env.AUTH_SECRET}`).digest("hex");
  return new Request("http://techfolio.test/api/auth/callback/credentials", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: `authjs.csrf-token=${token}|${hash}` },
    body: new URLSearchParams({ email, password, csrfToken: token, callbackUrl: "/workspaces" }),
  });
}
