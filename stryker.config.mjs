// @ts-check
/**
 * Mutation testing of lib/finance: `npm run test:mutation` (by hand, not in CI; ~N min on 2 cores).
 * HTML report: reports/mutation/mutation.html.
 *
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: "vitest",
  vitest: { configFile: "vitest.finance.config.ts", related: false },
  mutate: ["lib/finance/**/*.ts", "!lib/finance/**/*.test.ts", "!lib/finance/reference/**"],
  // The sandbox gets only what the finance tests need (not .next, .data, ...).
  ignorePatterns: ["/*", "!/lib", "/lib/*", "!/lib/finance", "!/vitest.finance.config.ts", "!/package.json", "!/tsconfig.json"],
  coverageAnalysis: "perTest",
  concurrency: 2,
  reporters: ["clear-text", "progress", "html"],
  htmlReporter: { fileName: "reports/mutation/mutation.html" },
  // Outside the working tree, so `tsc` (tsconfig includes **/*.ts) and other tools never see the sandbox.
  tempDirName: "/tmp/stryker-techfolio",
  thresholds: { high: 90, low: 80, break: null },
};
