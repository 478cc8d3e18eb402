import { describe, vi } from "vitest";

vi.mock("@/lib/auth", () => import("@/test/fuzz/mocks").then((m) => m.authModule));
vi.mock("@/lib/auth/password", (importOriginal) => import("@/test/fuzz/mocks").then((m) => m.passwordModule(importOriginal)));
vi.mock("next/cache", () => import("@/test/fuzz/mocks").then((m) => m.cacheModule));
vi.mock("next/headers", () => import("@/test/fuzz/mocks").then((m) => m.headersModule));
vi.mock("next/navigation", () => import("@/test/fuzz/mocks").then((m) => m.navigationModule));

const { fuzzPublic, publicActions } = await import("@/test/fuzz/public");

/** Sign-in, sign-up, new workspaces and invitations, fuzzed like the workspace actions: see public.ts. */
describe("fuzzed payloads: outside a workspace", () => {
  for (const { name, action } of publicActions()) fuzzPublic(name, action);
});
