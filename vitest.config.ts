import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));
const alias = {
  "@/": root,
  // `server-only` throws outside React Server Components; tests import server modules directly.
  "server-only": fileURLToPath(new URL("./test/server-only-stub.ts", import.meta.url)),
};

export default defineConfig({
  resolve: { alias },
  test: {
    // Each test file has its own in-process database, so files run side by side on both cores (the default
    // leaves one idle on a two-core machine).
    maxWorkers: 2,
    // CI reads the counts from a JSON report; locally the default reporter is enough.
    reporters: process.env.VITEST_JSON ? ["default", ["json", { outputFile: process.env.VITEST_JSON }]] : ["default"],
    projects: [
      {
        resolve: { alias },
        test: {
          name: "finance",
          include: ["lib/finance/**/*.test.ts"],
          environment: "node",
          // Property tests run thousands of cases; on a busy machine they need more than the default 5 s.
          testTimeout: 20_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "app",
          include: ["{lib,db,app,components}/**/*.test.ts", "*.test.ts"],
          exclude: ["lib/finance/**"],
          environment: "node",
          globalSetup: ["test/global-setup.ts"],
          setupFiles: ["test/setup-db.ts"],
          // next-auth imports "next/server" without an extension; let Vite resolve it.
          server: { deps: { inline: ["next-auth"] } },
          testTimeout: 20_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
