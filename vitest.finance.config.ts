/**
 * Only the finance tests, for mutation testing (`npm run test:mutation`, see stryker.config.mjs):
 * lib/finance is pure and self-contained, so none of the app project's database setup is needed.
 */
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["lib/finance/**/*.test.ts"],
    environment: "node",
    // Property tests run thousands of cases; on a busy machine (or instrumented by Stryker) they need more than the default 5 s.
    testTimeout: 60_000,
  },
});
