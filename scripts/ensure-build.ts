// Builds the production app when there is no build or a source is newer than it.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = process.cwd();
/** Next's CLI, run with this Node directly (no npx: faster, and no npm output in the logs). */
export const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
const sources = ["app", "components", "lib", "db", "types", "proxy.ts", "instrumentation.ts", "instrumentation-client.ts", "next.config.ts", "package.json", "postcss.config.mjs"];

function newestMtime(entry: string): number {
  const full = path.join(root, entry);
  if (!existsSync(full)) return 0;
  const stat = statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(full).reduce((newest, name) => Math.max(newest, newestMtime(path.join(entry, name))), stat.mtimeMs);
}

export function buildIsStale(): boolean {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  return sources.some((entry) => newestMtime(entry) > built);
}

export function ensureBuild(env: NodeJS.ProcessEnv = process.env): void {
  if (!buildIsStale()) return;
  console.log("Techfolio: building the app (first run or sources changed)…");
  const build = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) ensureBuild();
