import "@/test/next-mocks";
import { describe, expect, it } from "vitest";
import { ACCOUNT_ROWS } from "@/test/account-catalog";
import { modules, NOT_WORKSPACE_SCOPED, ROWS, type ModulePath } from "@/test/action-catalog";
import { FOREIGN } from "@/test/foreign-payloads";
import { METHODS, ROUTES } from "@/test/route-catalog";
import { exportedNames, isServerModule, mentionsUseServer, readSource, sourceFiles } from "@/test/source-inventory";
import { ACTORS } from "@/test/world";

/**
 * The endpoint inventory: every server action and route handler the source declares has its row in the
 * isolation matrix (role matrix, cross-workspace payloads, account catalog, route catalog), so a new
 * endpoint cannot ship without saying who may call it.
 */

const serverModules = sourceFiles(["lib", "app", "components", "db"], (path) => isServerModule(readSource(path)));
const routeFiles = sourceFiles(["app"], (path) => /(^|\/)route\.[jt]sx?$/.test(path));
const sorted = (list: string[]) => [...list].sort();

describe("reading the source", () => {
  it("finds every way a module exports a value, and no types", () => {
    const source = `"use strict";
      // export function commentedOut() {}
      /* export const alsoCommented = 1; */
      export async function a() {}
      export function b() {}
      export const c = async () => {};
      export const { GET, POST: post, HEAD = x } = handlers;
      export { d, e as f, type G };
      export class H {}
      export default i;
      export type J = string;
      export interface K {}`;
    expect(exportedNames(source)).toEqual(sorted(["a", "b", "c", "GET", "post", "HEAD", "d", "f", "H", "default"]));
    expect(exportedNames(`export * from "./elsewhere";`)).toEqual(["*"]);
  });

  it('tells a "use server" module from a module that only mentions it', () => {
    expect(isServerModule(`// Actions.\n"use server";\nexport async function a() {}`)).toBe(true);
    expect(isServerModule(`'use strict';\n'use server'`)).toBe(true);
    expect(isServerModule(`import x from "y";\nconst s = "use server";`)).toBe(false);
  });
});

describe("server actions", () => {
  it('the catalog lists every "use server" module, and there are no inline server actions elsewhere', () => {
    expect(serverModules).toEqual(sorted(Object.keys(modules)));
    const inline = sourceFiles(["lib", "app", "components", "db"], (path) => !serverModules.includes(path) && mentionsUseServer(readSource(path)));
    expect(inline, "move inline server actions into a \"use server\" module the matrix covers").toEqual([]);
  });

  it.each(Object.keys(modules) as ModulePath[])("%s: every export, read from the source and from the module, has a matrix row", (path) => {
    const declared = exportedNames(readSource(path));
    const mod = modules[path] as Record<string, unknown>;
    expect(sorted(Object.keys(mod).filter((k) => typeof mod[k] === "function")), "the module exposes what its source declares").toEqual(declared);
    const inMatrix = [...ROWS.filter((r) => r.module === path).map((r) => r.name), ...(NOT_WORKSPACE_SCOPED[path] ?? [])];
    expect(sorted(inMatrix), "add a row to ROWS (or NOT_WORKSPACE_SCOPED and ACCOUNT_ROWS) for each new action").toEqual(declared);
  });

  it("every workspace-scoped action says which of another workspace's records it takes", () => {
    expect(sorted(Object.keys(FOREIGN))).toEqual(sorted(ROWS.map((r) => r.name)));
  });

  it("every action that acts on no workspace of the URL has its answers for every actor", () => {
    const listed = Object.entries(NOT_WORKSPACE_SCOPED).flatMap(([module, names]) => names!.map((name) => `${module} ${name}`));
    expect(sorted(ACCOUNT_ROWS.map((e) => `${e.module} ${e.name}`))).toEqual(sorted(listed));
    for (const entry of ACCOUNT_ROWS) expect(Object.keys(entry.expected).sort(), entry.name).toEqual(sorted([...ACTORS]));
  });
});

describe("route handlers", () => {
  it("every HTTP method a route file exports, re-exports included, has a matrix row for every actor", () => {
    const declared = routeFiles.flatMap((file) => exportedNames(readSource(file)).filter((n) => (METHODS as readonly string[]).includes(n)).map((m) => `${m} ${file}`));
    expect(declared.length).toBeGreaterThan(0);
    expect(sorted(ROUTES.map((r) => `${r.method} ${r.file}`))).toEqual(sorted(declared));
    for (const route of ROUTES) {
      expect(typeof route.handler, `${route.method} ${route.file}`).toBe("function");
      expect(Object.keys(route.status).sort()).toEqual(sorted([...ACTORS]));
    }
  });
});
