import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it, vi } from "vitest";
import type { Role } from "@/lib/domain/values";
import { addMember, createTenant, createUser } from "@/test/factories";
import { actionOf, auditCount, modules, NOT_WORKSPACE_SCOPED, ROWS, snapshot, type ModulePath, type Row } from "@/test/action-catalog";

/**
 * Every workspace-scoped server action, the least role that may run it, and a payload it accepts. Each
 * row runs for every role and for a signed-in stranger: at or above the role the action succeeds; below
 * it the answer is the exact forbidden message, and for a stranger the exact not-found one, with nothing
 * in the workspace changed and no audit row.
 */

const auth = vi.hoisted(() => vi.fn());
vi.mock("@/lib/auth", () => ({ auth, signIn: vi.fn(), signOut: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ host: "techfolio.test", "x-forwarded-proto": "https" }) }));
/** `redirect()` ends an action the way Next.js does, by throwing; a redirect after the work is a success. */
class Redirect extends Error {}
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new Redirect(url);
  },
  notFound: vi.fn(),
}));

const FORBIDDEN = "You don't have permission to do that.";
const NOT_FOUND = "Not found.";
const rank: Record<Role, number> = { viewer: 0, member: 1, admin: 2, owner: 3 };
const actors = ["owner", "admin", "member", "viewer", "stranger"] as const;
type Actor = (typeof actors)[number];

/** A fresh workspace per case, so one case's writes (a removed member, a transfer) never meet another's. */
async function arrange(row: Row, actor: Actor) {
  const ws = await createTenant("owner");
  auth.mockResolvedValue({ user: { id: ws.userId } });
  const actorId = actor === "owner" ? ws.userId : actor === "stranger" ? (await createUser()).id : (await addMember(ws, actor)).userId;
  const payload = await row.payload(ws, actorId);
  auth.mockResolvedValue({ user: { id: actorId } });
  return { ws, payload };
}

async function run(row: Row, slug: string, payload: Record<string, unknown>) {
  try {
    return await actionOf(row)(slug, payload);
  } catch (error) {
    if (error instanceof Redirect) return { ok: true };
    throw error;
  }
}

describe("role matrix", () => {
  for (const row of ROWS) {
    describe(`${row.name} (${row.role}+)`, () => {
      for (const actor of actors) {
        const allowed = actor !== "stranger" && rank[actor] >= rank[row.role];
        it(`${actor}: ${allowed ? "allowed" : "refused"}`, async () => {
          const { ws, payload } = await arrange(row, actor);
          if (allowed) {
            const auditsBefore = await auditCount(ws.orgId);
            const result = await run(row, ws.org.slug, payload);
            expect(result.ok, JSON.stringify(result)).toBe(true);
            expect(result.message).not.toBe(FORBIDDEN);
            expect(result.message).not.toBe(NOT_FOUND);
            const auditsAfter = await auditCount(ws.orgId);
            if (row.audits) expect(auditsAfter).toBeGreaterThan(auditsBefore);
            else expect(auditsAfter).toBe(auditsBefore);
            await row.verify?.(ws);
          } else {
            const before = await snapshot(ws.orgId);
            const result = await run(row, ws.org.slug, payload);
            expect(result).toMatchObject({ ok: false, message: actor === "stranger" ? NOT_FOUND : FORBIDDEN });
            expect(await snapshot(ws.orgId)).toEqual(before);
          }
        });
      }
    });
  }
});

describe("role matrix coverage", () => {
  it("lists every exported function of every action module", () => {
    for (const [path, mod] of Object.entries(modules) as [ModulePath, Record<string, unknown>][]) {
      const exported = Object.keys(mod)
        .filter((k) => typeof mod[k] === "function")
        .sort();
      const listed = [...ROWS.filter((r) => r.module === path).map((r) => r.name), ...(NOT_WORKSPACE_SCOPED[path] ?? [])].sort();
      expect(exported, `${path}: add a row to ROWS for each new action`).toEqual(listed);
    }
  });

  it("covers every \"use server\" module in the app", () => {
    const root = process.cwd();
    const found: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = join(dir, entry.name);
        if (entry.isDirectory()) {
          if (entry.name !== "node_modules" && !entry.name.startsWith(".")) walk(full);
        } else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && /^\s*["']use server["']/.test(readFileSync(full, "utf8"))) {
          found.push(relative(root, full));
        }
      }
    };
    for (const dir of ["lib", "app", "components", "db"]) walk(join(root, dir));
    expect(found.sort()).toEqual(Object.keys(modules).sort());
  });

  it("names only actions that exist", () => {
    for (const row of ROWS) expect(typeof (modules[row.module] as Record<string, unknown>)[row.name], `${row.module} ${row.name}`).toBe("function");
  });
});
