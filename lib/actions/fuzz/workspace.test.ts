import { describe, vi } from "vitest";

vi.mock("@/lib/auth", () => import("./mocks").then((m) => m.authModule));
vi.mock("next/cache", () => import("./mocks").then((m) => m.cacheModule));
vi.mock("next/headers", () => import("./mocks").then((m) => m.headersModule));
vi.mock("next/navigation", () => import("./mocks").then((m) => m.navigationModule));

const { rowsOf } = await import("./groups");
const { fuzzRow } = await import("./harness");

/** Hostile and valid-looking payloads for the workspace area's actions: see harness.ts for what each run checks. */
describe("fuzzed payloads: workspace", () => {
  for (const row of rowsOf("workspace")) fuzzRow(row);
});
