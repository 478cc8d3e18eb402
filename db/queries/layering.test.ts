import { builtinModules } from "node:module";
import { dirname, join, normalize } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { readSource, sourceFiles } from "@/test/source-inventory";

/**
 * The layering of STYLE.md, read from the source: db/queries holds tenant-scoped loads and writes only (no
 * feature's schemas, plans or helpers), and components never import the database except for its types.
 */

type Import = { specifier: string; typeOnly: boolean };

/** Every module a file names: imports and re-exports (type-only or not), `import("x")` calls and `import("x")` types. */
function importsOf(path: string, text: string): Import[] {
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, false, path.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: Import[] = [];
  const named = (node: ts.Node | undefined) => (node && ts.isStringLiteralLike(node) ? node.text : `<computed: ${node?.getText(file) ?? "nothing"}>`);
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) {
      found.push({ specifier: named(node.moduleSpecifier), typeOnly: node.importClause?.isTypeOnly ?? false });
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier) {
      found.push({ specifier: named(node.moduleSpecifier), typeOnly: node.isTypeOnly });
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      found.push({ specifier: named(node.moduleReference.expression), typeOnly: node.isTypeOnly });
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      found.push({ specifier: named(node.arguments[0]), typeOnly: false });
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      found.push({ specifier: named(node.argument.literal), typeOnly: true });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

const builtins = new Set(builtinModules);

/** What a db/queries module may import, and why. */
const QUERY_IMPORTS: { what: string; allows: (i: Import) => boolean }[] = [
  { what: "drizzle-orm", allows: (i) => /^drizzle-orm(\/|$)/.test(i.specifier) },
  { what: "the database: @/db and @/db/* (client, schema, scope, other queries)", allows: (i) => /^@\/db(\/|$)/.test(i.specifier) },
  { what: "another db/queries module", allows: (i) => /^\.\/[^/]+$/.test(i.specifier) },
  { what: "node builtins", allows: (i) => i.specifier.startsWith("node:") || builtins.has(i.specifier) },
  { what: "server-only", allows: (i) => i.specifier === "server-only" },
  { what: "errors, ids and slugs", allows: (i) => ["@/lib/errors", "@/lib/ids", "@/lib/slug"].includes(i.specifier) },
  { what: "the tenant context's type", allows: (i) => i.specifier === "@/lib/auth/tenant-context" && i.typeOnly },
  { what: "the shared vocabulary, lib/domain", allows: (i) => /^@\/lib\/domain\/[\w./-]+$/.test(i.specifier) && !i.specifier.includes("..") },
];

const queryFiles = sourceFiles(["db/queries"]);
const componentFiles = sourceFiles(["components"]);

/** Whether a specifier names the database layer: `@/db`, `@/db/…`, or a relative path into db/. */
function namesDatabase(file: string, specifier: string): boolean {
  if (/^@\/db(\/|$)/.test(specifier)) return true;
  if (!specifier.startsWith(".")) return false;
  const target = normalize(join(dirname(file), specifier));
  return target === "db" || target.startsWith(`db/`);
}

describe("reading imports", () => {
  it("finds every form of import and tells the type-only ones", () => {
    const text = `
      // import { commented } from "commented-out";
      /* export * from "also-commented"; */
      import "side-effect";
      import a, { b, type C } from "static";
      import type { D } from "type-only";
      import * as e from "namespace";
      export { f } from "re-export";
      export type { G } from "type-re-export";
      export * as h from "star";
      const i = await import("dynamic");
      const text = 'import { j } from "in-a-string"';
      type K = typeof import("type-import");
    `;
    expect(importsOf("sample.ts", text)).toEqual([
      { specifier: "side-effect", typeOnly: false },
      { specifier: "static", typeOnly: false },
      { specifier: "type-only", typeOnly: true },
      { specifier: "namespace", typeOnly: false },
      { specifier: "re-export", typeOnly: false },
      { specifier: "type-re-export", typeOnly: true },
      { specifier: "star", typeOnly: false },
      { specifier: "dynamic", typeOnly: false },
      { specifier: "type-import", typeOnly: true },
    ]);
    expect(importsOf("sample.ts", "const m = await import(name);")).toEqual([{ specifier: "<computed: name>", typeOnly: false }]);
  });

  it("reads the folders it checks", () => {
    expect(queryFiles.length).toBeGreaterThan(10);
    expect(queryFiles.every((f) => !f.endsWith(".test.ts"))).toBe(true);
    expect(componentFiles.length).toBeGreaterThan(10);
  });
});

describe("layering", () => {
  it("db/queries imports only the database, drizzle, node, errors/ids/slug, the tenant context's type and lib/domain", () => {
    const offenders = queryFiles.flatMap((file) =>
      importsOf(file, readSource(file))
        .filter((i) => !QUERY_IMPORTS.some((rule) => rule.allows(i)))
        .map((i) => `${file} imports ${i.typeOnly ? "type " : ""}"${i.specifier}"`),
    );
    expect(
      offenders,
      `db/queries holds tenant-scoped loads and writes only; compose in lib/<feature> and move shared messages or vocabulary to lib/domain. Allowed: ${QUERY_IMPORTS.map((r) => r.what).join("; ")}`,
    ).toEqual([]);
  });

  it("components import the database only as types", () => {
    const offenders = componentFiles.flatMap((file) =>
      importsOf(file, readSource(file))
        .filter((i) => !i.typeOnly && namesDatabase(file, i.specifier))
        .map((i) => `${file} imports "${i.specifier}"`),
    );
    expect(offenders, "components never import db (use `import type`); load in a page or lib/<feature>/view.ts and pass the rows down").toEqual([]);
  });
});
