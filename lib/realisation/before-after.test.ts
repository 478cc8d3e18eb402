import { describe, expect, it } from "vitest";
import type { Formats } from "@/lib/format";
import { beforeAfterWindow, buildBeforeAfter, compareKpi, parseWindowMonths, windowLabel } from "./before-after";
import type { LinkedKpi } from "./types";

const csat: LinkedKpi = { id: "k1", name: "Client satisfaction (CSAT)", unit: "percent", direction: "higher", baseline: 78, target: 90 };
const cost: LinkedKpi = { id: "k2", name: "Cost per client contact", unit: "currency", direction: "lower", baseline: 4.8, target: 2.5 };

/** Values for consecutive months starting at `first`. */
const series = (first: string, values: number[]) =>
  values.map((value, i) => {
    const d = new Date(`${first}T00:00:00Z`);
    d.setUTCMonth(d.getUTCMonth() + i);
    return { period: d.toISOString().slice(0, 10), value };
  });

describe("parseWindowMonths", () => {
  it("reads whole months 1..24, defaulting to 6", () => {
    expect([undefined, null, "", "abc", "3.5", "1e2", "6; drop"].map(parseWindowMonths)).toEqual([6, 6, 6, 6, 6, 6, 6]);
    expect(["3", " 12 ", ["3", "9"], "0", "-4", "99", "24", "1"].map(parseWindowMonths)).toEqual([3, 12, 3, 1, 1, 24, 24, 1]);
  });
});

describe("beforeAfterWindow", () => {
  it("takes the N months either side and leaves the go-live month out", () => {
    expect(beforeAfterWindow("2025-01-15", 3)).toEqual({
      goLiveMonth: "2025-01-01",
      n: 3,
      before: ["2024-10-01", "2024-11-01", "2024-12-01"],
      after: ["2025-02-01", "2025-03-01", "2025-04-01"],
    });
  });
});

const gbp: Formats = { locale: "en-US", currency: "GBP" };

describe("compareKpi", () => {
  const window = beforeAfterWindow("2025-07-01", 6);

  it("says a clear rise stands out from the noise", () => {
    // scipy.stats.ttest_ind(after, before, equal_var=False): t = 13.70508738463245, df = 5.20529237970653;
    // scipy.stats.t.ppf(0.975, df) = 2.5403857962478984.
    const points = [...series("2025-01-01", [78.8, 79.3, 79.0, 79.4, 78.9, 79.2]), { period: "2025-07-01", value: 50 }, ...series("2025-08-01", [86.1, 87.0, 88.2, 89.1, 89.9, 90.3])];
    const r = compareKpi(csat, points, window, gbp);
    expect(r.before).toHaveLength(6); // the go-live month's 50 is left out
    expect(r.meanBefore).toBeCloseTo(79.1, 10);
    expect(r.meanAfter).toBeCloseTo(88.43333333, 6);
    expect(r.change).toBeCloseTo(9.3333, 10);
    expect(r.test!.t).toBeCloseTo(13.70508738463245, 8);
    expect(r.test!.df).toBeCloseTo(5.20529237970653, 8);
    expect(r.test!.critical).toBeCloseTo(2.5403858, 3);
    expect(r).toMatchObject({ verdict: "stands_out", tone: "better" });
    expect(r.note).toBe(
      "Client satisfaction (CSAT) rose from 79.1% to 88.4% (+9.3 points, an improvement) — it stands out from the month-to-month noise (Welch t = 13.7, df 5.2; 95% threshold 2.54).",
    );
  });

  describe("a small move of a currency KPI", () => {
    // scipy: t = -0.6324555320336693, df = 3.874224977856509, t.ppf(0.975, df) = 2.8123568265271266.
    const w = beforeAfterWindow("2025-07-01", 4);
    const points = [...series("2025-03-01", [4.9, 4.7, 4.8, 4.85]), ...series("2025-08-01", [4.6, 4.95, 4.5, 4.9])];

    it("is within the normal variation", () => {
      const r = compareKpi(cost, points, w, gbp);
      expect(r.test!.t).toBeCloseTo(-0.6324555320336693, 8);
      expect(r.relativeChange).toBeCloseTo(-0.075 / 4.8125, 10);
      expect(r).toMatchObject({ verdict: "within_noise", tone: "better" });
    });

    it.each([
      [gbp, "Cost per client contact fell from £4.81 to £4.74 (−£0.08, −1.6%, an improvement) — within the normal month-to-month variation (Welch t = −0.6, df 3.9; 95% threshold 2.81)."],
      [
        { locale: "de-DE", currency: "EUR" } as Formats,
        "Cost per client contact fell from 4,81\u00a0€ to 4,74\u00a0€ (−0,08\u00a0€, −1,6\u00a0%, an improvement) — within the normal month-to-month variation (Welch t = −0,6, df 3,9; 95\u00a0% threshold 2,81).",
      ],
    ])("words the currency, the relative change and the statistic in %o", (formats, note) => {
      expect(compareKpi(cost, points, w, formats).note).toBe(note);
    });

    it("names the window's months in the workspace's locale", () => {
      expect(windowLabel(w.before, "de-DE")).toBe("März 2025 – Juni 2025");
    });
  });

  it("calls a fall of a 'higher is better' KPI a deterioration", () => {
    const points = [...series("2025-01-01", [80, 81, 80, 81, 80, 81]), ...series("2025-08-01", [70, 71, 70, 71, 70, 71])];
    const r = compareKpi(csat, points, window, gbp);
    expect(r).toMatchObject({ tone: "worse", verdict: "stands_out" });
    expect(r.note).toMatch(/^Client satisfaction \(CSAT\) fell from 80\.5% to 70\.5% \(−10\.0 points, a deterioration\)/);
  });

  it("says how many months it has when the after window is not over yet", () => {
    const points = [...series("2025-01-01", [78.8, 79.3, 79.0, 79.4, 78.9, 79.2]), ...series("2025-08-01", [86.1, 87.0, 88.2, 89.1])];
    const r = compareKpi(csat, points, window, gbp);
    expect(r.after).toHaveLength(4);
    expect(r.note).toMatch(/ Only 4 of 6 months after go-live have values so far\.$/);
    expect(r.verdict).toBe("stands_out");
  });

  it("needs two values a side to judge", () => {
    const one = compareKpi(csat, [...series("2025-01-01", [79, 80, 81]), ...series("2025-08-01", [88])], window, gbp);
    expect(one).toMatchObject({ verdict: "not_enough_data", test: null, meanAfter: 88, change: 8 });
    expect(one.note).toContain("— not enough months to judge (at least 2 a side are needed).");
    expect(one.note).toContain("Only 1 of 6 months after go-live has values so far.");
    expect(one.note).toContain("Only 3 of 6 months before go-live have values.");

    const none = compareKpi(csat, series("2025-01-01", [79, 80]), window, gbp);
    expect(none).toMatchObject({ verdict: "not_enough_data", meanAfter: null, change: null, tone: null });
    expect(none.note).toMatch(/^Client satisfaction \(CSAT\): no values after go-live yet — not enough months to judge\./);
  });

  it("treats identical values on both sides sensibly", () => {
    const flat = compareKpi(csat, [...series("2025-05-01", [80, 80]), ...series("2025-08-01", [80, 80, 80])], window, gbp);
    expect(flat).toMatchObject({ verdict: "no_change", change: 0, tone: "same", test: null });
    expect(flat.note).toMatch(/^Client satisfaction \(CSAT\) stayed at 80\.0% in every month before and after go-live — no change\./);

    const step = compareKpi(csat, [...series("2025-05-01", [80, 80]), ...series("2025-08-01", [85, 85])], window, gbp);
    expect(step).toMatchObject({ verdict: "stands_out", change: 5, test: null });
    expect(step.note).toContain("no month-to-month noise");
  });

  it("keeps enough decimals to show a small change", () => {
    const r = compareKpi({ ...csat, unit: "count", name: "Clients" }, [...series("2025-05-01", [1000, 1000.2]), ...series("2025-08-01", [1000.3, 1000.5])], window, gbp);
    expect(r.note).toMatch(/^Clients rose from 1,000.1 to 1,000.4 \(\+0.3, an improvement\)/);
  });
});

describe("buildBeforeAfter", () => {
  it("compares every KPI with its own values, KPIs without values included", () => {
    const window = beforeAfterWindow("2025-07-01", 2);
    const rows = buildBeforeAfter(
      [csat, cost],
      [
        { kpiId: "k1", period: "2025-05-01", value: 79 },
        { kpiId: "k1", period: "2025-06-01", value: 80 },
        { kpiId: "k1", period: "2025-08-01", value: 88 },
        { kpiId: "k1", period: "2025-09-01", value: 90 },
      ],
      window,
      gbp,
    );
    expect(rows.map((r) => [r.id, r.before.length, r.after.length, r.verdict])).toEqual([
      ["k1", 2, 2, "stands_out"],
      ["k2", 0, 0, "not_enough_data"],
    ]);
    expect(rows[1].note).toMatch(/no values before or after go-live/);
  });
});
