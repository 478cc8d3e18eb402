import { execFileSync } from "node:child_process";
import { defineConfig, devices } from "@playwright/test";

// A free port, chosen once: workers re-read this file and inherit the variable.
process.env.E2E_PORT ??= execFileSync(process.execPath, [
  "-e",
  "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})",
]).toString();
const baseURL = `http://127.0.0.1:${process.env.E2E_PORT}`;

const chromium = {
  ...devices["Desktop Chrome"],
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  },
};

/**
 * Tests tagged with this change what other tests of the tag read about the demo consultant's own
 * workspaces (how many there are, Harbor Bakery's currency): they run one at a time, in file order.
 */
const DEMO_WORKSPACES = /@demo-workspaces/;

export default defineConfig({
  testDir: "e2e",
  // One production server on one embedded database: more workers than this only queue on it.
  workers: Number(process.env.E2E_WORKERS ?? 2),
  forbidOnly: true,
  retries: 0,
  // Generous: CI shares two cores between the server, the browsers and whatever else runs there.
  timeout: 90_000,
  expect: { timeout: 30_000 },
  reporter: process.env.PLAYWRIGHT_JSON ? [["list"], ["json", { outputFile: process.env.PLAYWRIGHT_JSON }]] : [["list"]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    // Signs each demo user in once and keeps the session in e2e/.auth/ (see asRole in e2e/fixtures.ts).
    { name: "setup", testMatch: /auth\.setup\.ts$/, use: chromium },
    // First in the queue, so its one-at-a-time chain starts at once beside the parallel tests.
    { name: "demo-workspaces", dependencies: ["setup"], grep: DEMO_WORKSPACES, workers: 1, use: chromium },
    // Reads of the demo data, and writes each test keeps to itself (its own account, workspace or month).
    { name: "chromium", dependencies: ["setup"], grepInvert: DEMO_WORKSPACES, fullyParallel: true, use: chromium },
  ],
  webServer: {
    command: "npx tsx e2e/serve.ts",
    url: `${baseURL}/sign-in`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: "pipe",
  },
});
