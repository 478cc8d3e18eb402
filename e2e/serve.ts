// The server Playwright tests run against: the production build on a fresh embedded database in a
// temporary directory (seeded with the demo on first start), removed when the server stops.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { nextBin } from "../scripts/ensure-build";

const dataDir = mkdtempSync(path.join(tmpdir(), "techfolio-e2e-"));
const port = process.env.E2E_PORT ?? "3100";
const { DATABASE_URL: _ignored, ...inherited } = process.env;
const server = spawn(process.execPath, [nextBin, "start", "-p", port], {
  stdio: "inherit",
  env: { ...inherited, TECHFOLIO_DATA_DIR: dataDir, AUTH_SECRET: randomBytes(32).toString("base64url"), AUTH_TRUST_HOST: "true" },
});

const cleanUp = () => rmSync(dataDir, { recursive: true, force: true });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => {
  cleanUp();
  process.exit(code ?? 0);
});
