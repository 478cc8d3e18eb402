import { describe, vi } from "vitest";

vi.mock("@/lib/auth", () => import("@/test/fuzz/mocks").then((m) => m.authModule));
vi.mock("next/cache", () => import("@/test/fuzz/mocks").then((m) => m.cacheModule));
vi.mock("next/headers", () => import("@/test/fuzz/mocks").then((m) => m.headersModule));
vi.mock("next/navigation", () => import("@/test/fuzz/mocks").then((m) => m.navigationModule));

const { rowsOf } = await import("@/test/fuzz/groups");
const { fuzzRow } = await import("@/test/fuzz/harness");

/** Hostile and valid-looking payloads for the actuals' actions (payments, rules, bank files, entered benefits): see harness.ts for what each run checks. */
describe("fuzzed payloads: actuals", () => {
  for (const row of rowsOf("actuals")) fuzzRow(row);
});
