import { describe, expect, it } from "vitest";
import { countByQuadrant, dotRadius, dotsPath, MAP, nearestDot, PLOT, quadrantRects, xOf, yOf, type MapDot } from "./time-map-geometry";

describe("TIME map geometry", () => {
  it("puts low cost & risk on the left and high value at the top", () => {
    expect(xOf(0)).toBe(MAP.left);
    expect(xOf(100)).toBe(MAP.left + PLOT.width);
    expect(yOf(100)).toBe(MAP.top);
    expect(yOf(0)).toBe(MAP.top + PLOT.height);
  });

  it("keeps out-of-range scores on the chart", () => {
    expect(xOf(140)).toBe(xOf(100));
    expect(yOf(-5)).toBe(yOf(0));
    expect(xOf(Number.NaN)).toBe(xOf(0));
  });

  it("splits the plot at 50 on both axes, invest top-left and eliminate bottom-right", () => {
    const r = quadrantRects();
    expect(r.invest.x).toBe(MAP.left);
    expect(r.invest.y).toBe(MAP.top);
    expect(r.migrate.x).toBe(xOf(50));
    expect(r.eliminate.y).toBe(yOf(50));
    expect(r.invest.width + r.migrate.width).toBeCloseTo(PLOT.width);
    expect(r.tolerate.height + r.invest.height).toBeCloseTo(PLOT.height);
  });

  it("shrinks the dots as the portfolio grows", () => {
    expect(dotRadius(10)).toBeGreaterThan(dotRadius(100));
    expect(dotRadius(100)).toBeGreaterThan(dotRadius(300));
  });

  it("counts technologies per quadrant", () => {
    expect(countByQuadrant([{ quadrant: "invest" }, { quadrant: "invest" }, { quadrant: "eliminate" }])).toEqual({ invest: 2, migrate: 0, tolerate: 0, eliminate: 1 });
  });

  const dots: MapDot[] = [
    ["a", "Alpha", 100, 100, 0],
    ["b", "Beta", 104, 100, 0],
    ["c", "Gamma", 300, 200, 2],
  ];

  it("draws a quadrant's dots as one path of circles, and nothing for an empty quadrant", () => {
    expect(dotsPath(dots, 0, 3)).toBe("M97 100a3 3 0 1 0 6 0a3 3 0 1 0 -6 0M101 100a3 3 0 1 0 6 0a3 3 0 1 0 -6 0");
    expect(dotsPath(dots, 1, 3)).toBe("");
  });

  it("finds the nearest dot within reach, and none outside it", () => {
    expect(nearestDot(dots, 101, 100, 5)).toBe(0);
    expect(nearestDot(dots, 103.5, 101, 5)).toBe(1);
    expect(nearestDot(dots, 298, 203, 5)).toBe(2);
    expect(nearestDot(dots, 200, 150, 5)).toBeNull();
  });
});
