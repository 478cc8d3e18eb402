// `npm start`: the one command that runs Techfolio. Generates an auth secret on first run (kept in the
// git-ignored .data/), builds when the build is missing or older than the sources, then serves on $PORT.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = process.cwd();
const dataDir = path.resolve(process.env.TECHFOLIO_DATA_DIR ?? path.join(root, ".data"));
const port = process.env.PORT ?? "3000";
const sources = ["app", "components", "lib", "db", "types", "proxy.ts", "instrumentation.ts", "next.config.ts", "package.json", "app/globals.css"];

function authSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = path.join(dataDir, "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

function newestMtime(entry: string): number {
  const full = path.join(root, entry);
  if (!existsSync(full)) return 0;
  const stat = statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(full).reduce((newest, name) => Math.max(newest, newestMtime(path.join(entry, name))), stat.mtimeMs);
}

function buildIsStale(): boolean {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  return sources.some((entry) => newestMtime(entry) > built);
}

const env = { ...process.env, AUTH_SECRET: authSecret(), AUTH_TRUST_HOST: process.env.AUTH_TRUST_HOST ?? "true", TECHFOLIO_DATA_DIR: dataDir };

if (buildIsStale()) {
  console.log("Techfolio: building the app (first run or sources changed)…");
  const build = spawnSync("npx", ["next", "build"], { stdio: "inherit", env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

console.log(`Techfolio: starting on http://localhost:${port} (database: ${env.DATABASE_URL ? "PostgreSQL" : `embedded, ${dataDir}`})`);
console.log("Techfolio: demo sign-in consultant@demo.techfolio.app / techfolio-demo");
const server = spawn("npx", ["next", "start", "-p", port], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
