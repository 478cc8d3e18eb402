import { describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth", () => import("@/test/fuzz/mocks").then((m) => m.authModule));
vi.mock("next/cache", () => import("@/test/fuzz/mocks").then((m) => m.cacheModule));
vi.mock("next/headers", () => import("@/test/fuzz/mocks").then((m) => m.headersModule));
vi.mock("next/navigation", () => import("@/test/fuzz/mocks").then((m) => m.navigationModule));

const fc = (await import("fast-check")).default;
const { importFromForm } = await import("@/lib/workspace-data/import");
const { createUser } = await import("@/test/factories");
const { hostileValue } = await import("@/test/fuzz/hostile");
const { fuzzLoop } = await import("@/test/fuzz/loop");
const { toJson } = await import("@/test/fuzz/mutate");
const { FUZZ_RUNS, report, timeoutFor } = await import("@/test/fuzz/runs");
const { sampleExport } = await import("@/test/fuzz/workspace-file");

/**
 * The workspace import (a route handler, not an action, but it takes the largest hostile input there is):
 * a real export, edited anywhere inside by the fuzz, uploaded as a file. It answers a message with a 4xx
 * status or imports; a refused file writes nothing.
 */
describe("fuzzed workspace imports", () => {
  it("importFromForm (the import route)", { timeout: timeoutFor(FUZZ_RUNS) }, async () => {
    const file = await sampleExport();
    // The fuzz edits every table only if the sample has rows in every table.
    const { format: _f, version: _v, exportedAt: _at, organization: _o, ...tables } = file;
    for (const [table, rows] of Object.entries(tables)) expect([table, (rows as unknown[]).length > 0]).toEqual([table, true]);
    const userId = (await createUser()).id;
    const upload = (document: unknown): unknown =>
      document instanceof Blob ? document : new Blob([typeof document === "string" ? document : toJson(document)], { type: "application/json" });
    const stats = await fuzzLoop(
      {
        arrange: async () => file,
        payload: (document) => document,
        transports: { object: 90, "wrong-type": 10, "form-fields": 0, "form-payload": 0 },
        invoke: async (_document, input, draw) => {
          const form = new FormData();
          const body = upload(input);
          if (body instanceof Blob) form.set("file", body);
          const name = draw(fc.oneof({ arbitrary: fc.constant(undefined), weight: 3 }, fc.string({ maxLength: 40 }), hostileValue));
          if (typeof name === "string" || name instanceof Blob) form.set("name", name);
          return importFromForm(userId, form);
        },
        check: (outcome, input) => {
          const result = outcome.threw ? null : (outcome.result as { ok: boolean; status?: number });
          if (result && !result.ok && !(result.status! >= 400 && result.status! < 500)) expect.fail(`a refusal with status ${result.status}\ninput ${input()}`);
        },
      },
      FUZZ_RUNS,
    );
    report("importFromForm", stats);
    expect(stats.accepted).toBeGreaterThan(0);
    expect(stats.rejected).toBeGreaterThan(0);
  });
});
