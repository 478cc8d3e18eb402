import { describe, expect, it } from "vitest";
import { buildBenchmark, type BenchmarkWorkspace } from "./build";
import type { BenchmarkValues } from "./metrics";

const blank: BenchmarkValues = {
  spend_per_employee: null,
  roi: null,
  financial: null,
  customer: null,
  internal_process: null,
  learning_growth: null,
  nps: null,
  automation_rate: null,
};
const ws = (orgId: string, values: Partial<BenchmarkValues>, overrides: Partial<BenchmarkWorkspace> = {}): BenchmarkWorkspace => ({
  orgId,
  industry: "retail",
  sizeBand: "small",
  currency: "USD",
  values: { ...blank, ...values },
  ...overrides,
});

describe("buildBenchmark", () => {
  it("sets each ratio against its peers' quartiles, with counts only", () => {
    const self = ws("self", { roi: 0.5, spend_per_employee: 1000, nps: 10 });
    const peers = [
      ws("a", { roi: 0.1, spend_per_employee: 2000, nps: 20 }),
      ws("b", { roi: 0.2, spend_per_employee: 3000, nps: 30 }),
      ws("c", { roi: 0.3, spend_per_employee: 4000 }),
      ws("d", { roi: 0.4, spend_per_employee: 99_999 }, { currency: "EUR" }),
    ];
    const view = buildBenchmark(self, [self, ...peers]);
    expect(view).toMatchObject({ status: "ok", basis: "industry", peerCount: 4 });
    if (view.status !== "ok") throw new Error("expected figures");
    const row = (metric: string) => view.rows.find((r) => r.metric === metric)!;
    expect(row("roi")).toMatchObject({ value: 0.5, peerCount: 4, position: "above_p75" });
    expect(row("roi").quartiles).toEqual({ p25: expect.closeTo(0.175, 10), median: expect.closeTo(0.25, 10), p75: expect.closeTo(0.325, 10) });
    // The EUR workspace's money is not comparable with dollars.
    expect(row("spend_per_employee")).toMatchObject({ peerCount: 3, quartiles: { p25: 2500, median: 3000, p75: 3500 }, position: "below_p25" });
    // Only two peers measure NPS: no quartiles, which would all but show their values.
    expect(row("nps")).toMatchObject({ value: 10, peerCount: 2, quartiles: null, position: null });
    expect(JSON.stringify(view)).not.toMatch(/"(a|b|c|d)"/);
  });

  it("gives no figures at all with fewer than 3 peers", () => {
    const self = ws("self", { roi: 0.5 });
    const view = buildBenchmark(self, [self, ws("a", { roi: 0.1 }), ws("b", { roi: 0.2 }, { sizeBand: "large" })]);
    expect(view).toEqual({ status: "too_few", industry: "retail", sizeBand: "small", comparable: 2, minimum: 3 });
    expect(view).not.toHaveProperty("rows");
  });
});
