import { describe, expect, it } from "vitest";
import { buildScorecard } from "./build";
import { kpi, series } from "@/test/fixtures/scorecard";
import type { KpiDefinitionRow, MeasurementRow } from "./types";


function build(kpis: KpiDefinitionRow[], measurements: MeasurementRow[], requestedMonth: string | null = null) {
  const periods = measurements.map((m) => m.period).sort();
  const bounds = periods.length ? { earliest: periods[0], latest: periods.at(-1)! } : null;
  return buildScorecard({ kpis, measurements, bounds, requestedMonth });
}
const only = (view: ReturnType<typeof build>) => view.perspectives.flatMap((p) => p.kpis)[0];

describe("attainment per KPI", () => {
  it("is direction-aware: lower-is-better improving from 10 to 7 with target 5 → 0.6 (amber)", () => {
    const k = kpi({ direction: "lower", baseline: "10", target: "5" });
    const v = only(build([k], series(k.id, "2026-01-01", [10, 8, 7])));
    expect(v.attainment).toBeCloseTo(0.6, 10);
    expect(v.rag).toBe("amber");
  });

  it("is clamped to [0, 1]", () => {
    const over = kpi();
    const under = kpi();
    const view = build([over, under], [...series(over.id, "2026-01-01", [150]), ...series(under.id, "2026-01-01", [-20])]);
    expect(view.perspectives[0].kpis.map((k) => k.attainment)).toEqual([1, 0]);
  });

  it("puts RAG edges at 0.9 (green) and 0.6 (amber)", () => {
    const ks = [kpi(), kpi(), kpi()];
    const view = build(ks, ks.flatMap((k, i) => series(k.id, "2026-01-01", [[90, 60, 59.9][i]])));
    expect(view.perspectives[0].kpis.map((k) => k.rag)).toEqual(["green", "amber", "red"]);
  });

  it("reports a target on the wrong side of the baseline and leaves that KPI out of the scores", () => {
    const bad = kpi({ direction: "higher", baseline: "10", target: "5" });
    const view = build([bad], series(bad.id, "2026-01-01", [7]));
    expect(only(view).attainment).toBeNull();
    expect(only(view).problem).toMatch(/target/);
    expect(view.perspectives[0]).toMatchObject({ score: null, kpiCount: 1, scoredCount: 0 });
  });
});

describe("perspective and overall scores", () => {
  it("weights KPIs by kpis.weight inside a perspective and averages perspectives equally", () => {
    const a = kpi({ weight: "3" });
    const b = kpi({ weight: "1" });
    const c = kpi({ perspective: "customer" });
    const view = build([a, b, c], [...series(a.id, "2026-01-01", [100]), ...series(b.id, "2026-01-01", [0]), ...series(c.id, "2026-01-01", [25])]);
    const [financial, customer] = view.perspectives;
    expect(financial).toMatchObject({ perspective: "financial", score: 0.75, rag: "amber", kpiCount: 2 });
    expect(customer).toMatchObject({ score: 0.25, rag: "red", kpiCount: 1 });
    expect(view.overall).toBeCloseTo(0.5, 10);
    expect(view.overallRag).toBe("red");
  });

  it("always returns all four perspectives; one without data scores null and does not count", () => {
    const a = kpi();
    const noData = kpi({ perspective: "customer" });
    const view = build([a, noData], series(a.id, "2026-01-01", [95]));
    expect(view.perspectives.map((p) => p.perspective)).toEqual(["financial", "customer", "internal_process", "learning_growth"]);
    expect(view.perspectives[1]).toMatchObject({ score: null, rag: null, kpiCount: 1, scoredCount: 0 });
    expect(view.perspectives[3]).toMatchObject({ score: null, kpiCount: 0, kpis: [] });
    expect(view.overall).toBeCloseTo(0.95, 10);
  });

  it("has no month and no scores for a workspace without measurements", () => {
    const view = build([kpi()], []);
    expect(view).toMatchObject({ month: null, overall: null, overallRag: null, kpiCount: 1 });
    expect(only(view)).toMatchObject({ latest: null, verdict: "not enough data" });
  });
});

describe("month selection", () => {
  const k = kpi();
  const rows = series(k.id, "2026-01-01", [10, 20, 30, 40, 50]);

  it("defaults to the latest month with data", () => {
    const view = build([k], rows);
    expect(view.month).toBe("2026-05-01");
    expect(only(view).latest).toEqual({ period: "2026-05-01", value: 50 });
  });

  it("ignores values after the chosen month", () => {
    const view = build([k], rows, "2026-03-01");
    expect(view.month).toBe("2026-03-01");
    expect(only(view).latest).toEqual({ period: "2026-03-01", value: 30 });
    expect(only(view).sparkline.map((p) => p.value)).toEqual([10, 20, 30]);
    expect(only(view).attainment).toBeCloseTo(0.3, 10);
  });

  it("keeps a month outside the data within it", () => {
    expect(build([k], rows, "2030-01-01").month).toBe("2026-05-01");
    expect(build([k], rows, "1999-01-01").month).toBe("2026-01-01");
  });

  it("shows the last 12 values in the sparkline", () => {
    const long = kpi();
    const v = only(build([long], series(long.id, "2024-01-01", Array.from({ length: 20 }, (_, i) => i))));
    expect(v.sparkline).toHaveLength(12);
    expect(v.sparkline[0]).toEqual({ period: "2024-09-01", value: 8 });
  });
});

describe("change vs previous month", () => {
  it("is the difference to the month before, toned by direction", () => {
    const up = kpi();
    const down = kpi({ direction: "lower", baseline: "10", target: "5" });
    const view = build([up, down], [...series(up.id, "2026-01-01", [40, 45]), ...series(down.id, "2026-01-01", [9, 8])]);
    const [u, d] = view.perspectives[0].kpis;
    expect(u).toMatchObject({ previous: { period: "2026-01-01", value: 40 }, change: 5, changeTone: "better" });
    expect(d).toMatchObject({ change: -1, changeTone: "better" });
  });

  it("has no change when the month before was not measured", () => {
    const k = kpi();
    const v = only(build([k], [...series(k.id, "2026-01-01", [40]), ...series(k.id, "2026-03-01", [50])]));
    expect(v).toMatchObject({ previous: null, change: null, changeTone: null });
  });

  it("calls a rise worse for a lower-is-better KPI", () => {
    const k = kpi({ direction: "lower", baseline: "10", target: "5" });
    expect(only(build([k], series(k.id, "2026-01-01", [8, 9])))).toMatchObject({ change: 1, changeTone: "worse" });
  });
});

describe("forecast verdict", () => {
  it("is on track for a rising series that reaches its target by the date", () => {
    const k = kpi({ baseline: "0", target: "100", targetDate: "2026-12-31" });
    const v = only(build([k], series(k.id, "2026-01-01", [10, 20, 30, 40, 50, 60])));
    expect(v.verdict).toBe("on track");
    expect(v.forecast?.periodsAhead).toBe(6);
    expect(v.forecast?.value).toBeCloseTo(120, 6);
  });

  it("is at risk for a flat series", () => {
    const k = kpi({ targetDate: "2026-12-01" });
    const v = only(build([k], series(k.id, "2026-01-01", [40, 41, 40, 41, 40])));
    expect(v.verdict).toBe("at risk");
    expect(v.forecast!.value).toBeLessThan(100);
  });

  it("says the target date passed when it lies before the chosen month", () => {
    const k = kpi({ targetDate: "2026-02-15" });
    expect(only(build([k], series(k.id, "2026-01-01", [10, 20, 30, 40]))).verdict).toBe("target date passed");
  });

  it("needs at least 3 values", () => {
    const k = kpi({ targetDate: "2027-01-01" });
    expect(only(build([k], series(k.id, "2026-01-01", [10, 20])))).toMatchObject({ verdict: "not enough data", forecast: null });
  });

  it("forecasts from the newest run of consecutive months only", () => {
    const k = kpi({ targetDate: "2027-01-01" });
    const rows = [...series(k.id, "2025-01-01", [1, 2, 3, 4]), ...series(k.id, "2026-01-01", [50, 60])];
    expect(only(build([k], rows)).verdict).toBe("not enough data");
  });

  it("has no verdict without a target date", () => {
    const k = kpi();
    expect(only(build([k], series(k.id, "2026-01-01", [10, 20, 30]))).verdict).toBe("no target date");
  });
});
