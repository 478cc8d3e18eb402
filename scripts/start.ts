// `npm start`: the one command that runs Techfolio. Generates an auth secret on first run (kept in the
// git-ignored .data/), builds when the build is missing or stale, then serves on $PORT (default 3000).
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ensureBuild, nextBin } from "./ensure-build";

const dataDir = path.resolve(process.env.TECHFOLIO_DATA_DIR ?? ".data");
const port = process.env.PORT ?? "3000";

function authSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = path.join(dataDir, "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

const env: NodeJS.ProcessEnv = { ...process.env, AUTH_SECRET: authSecret(), AUTH_TRUST_HOST: process.env.AUTH_TRUST_HOST ?? "true", TECHFOLIO_DATA_DIR: dataDir };
ensureBuild(env);

console.log(`Techfolio: starting on http://localhost:${port} (database: ${env.DATABASE_URL ? "PostgreSQL" : `embedded, ${dataDir}`})`);
console.log("Techfolio: demo sign-in consultant@demo.techfolio.app / techfolio-demo");
const server = spawn(process.execPath, [nextBin, "start", "-p", port], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
