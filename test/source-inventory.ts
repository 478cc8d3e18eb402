import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

/**
 * The endpoints the source declares, read from the text of the files (not from what a module object
 * happens to expose), so that a new server action or route handler is found whatever the way it is exported.
 */

const ROOT = process.cwd();

/** Source files (not tests) under the given folders, as paths relative to the project. */
export function sourceFiles(dirs: string[], keep: (path: string) => boolean = () => true): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "node_modules" && !entry.name.startsWith(".")) walk(full);
      } else if (/\.[cm]?[jt]sx?$/.test(entry.name) && !/\.test\.[jt]sx?$/.test(entry.name) && keep(relative(ROOT, full))) {
        found.push(relative(ROOT, full));
      }
    }
  };
  for (const dir of dirs) walk(join(ROOT, dir));
  return found.sort();
}

export const readSource = (path: string) => readFileSync(join(ROOT, path), "utf8");

/** Comments removed (block comments, and line comments that start a line), so commented-out code is not read as code. */
const withoutComments = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");

/** Whether the text holds a "use server" directive anywhere (an inline server action is an endpoint too). */
export const mentionsUseServer = (text: string) => /["']use server["']/.test(withoutComments(text));

/** Whether the file's directive prologue holds "use server" (which makes every export a callable server action). */
export function isServerModule(text: string): boolean {
  return /^(?:\s*(?:["'][^"'\n]*["'];?))*?\s*["']use server["']/.test(withoutComments(text));
}

/** The names a module exports as values: functions, consts (destructured too), classes, export lists and `default`. Types are left out. */
export function exportedNames(text: string): string[] {
  const source = withoutComments(text);
  const names = new Set<string>();
  for (const m of source.matchAll(/\bexport\s+(?:async\s+)?function\s*\*?\s*([A-Za-z_$][\w$]*)/g)) names.add(m[1]);
  for (const m of source.matchAll(/\bexport\s+(?:abstract\s+)?class\s+([A-Za-z_$][\w$]*)/g)) names.add(m[1]);
  for (const m of source.matchAll(/\bexport\s+(?:const|let|var)\s+([A-Za-z_$][\w$]*)/g)) names.add(m[1]);
  for (const m of source.matchAll(/\bexport\s+(?:const|let|var)\s+\{([^}]*)\}\s*=/g)) {
    // `{ a, b: c, d = 1, ...rest }` binds a, c, d and rest.
    for (const part of m[1].split(",").map((p) => p.trim()).filter(Boolean)) names.add(part.replace(/^\.\.\./, "").split(":").pop()!.split("=")[0].trim());
  }
  for (const m of source.matchAll(/\bexport\s+(?!type\b)\{([^}]*)\}/g)) {
    for (const part of m[1].split(",").map((p) => p.trim()).filter(Boolean)) {
      if (/^type\s/.test(part)) continue;
      names.add(part.split(/\s+as\s+/).pop()!.trim());
    }
  }
  if (/\bexport\s+default\b/.test(source)) names.add("default");
  // `export * from` hides the names from a reader; it shows up as "*" so that an inventory refuses it.
  if (/\bexport\s*\*/.test(source)) names.add("*");
  return [...names].sort();
}
