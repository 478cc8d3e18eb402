import { describe, expect, it } from "vitest";
import { quantile, quartilePosition, quartiles } from "./quartiles";

describe("quartiles", () => {
  it("interpolates linearly between order statistics (PERCENTILE.INC)", () => {
    // sorted 1,2,3,4: P25 at position 0.75 → 1.75; median at 1.5 → 2.5; P75 at 2.25 → 3.25
    expect(quartiles([4, 1, 3, 2])).toEqual({ p25: 1.75, median: 2.5, p75: 3.25 });
    expect(quartiles([10, 20, 30])).toEqual({ p25: 15, median: 20, p75: 25 });
    expect(quartiles([7, 7, 7])).toEqual({ p25: 7, median: 7, p75: 7 });
    expect(quartiles([-0.5, 0.1, 0.3, 0.2, 1.2])).toEqual({ p25: expect.closeTo(0.1, 10), median: expect.closeTo(0.2, 10), p75: expect.closeTo(0.3, 10) });
  });

  it("answers the extremes at 0 and 1, one value for one value, null for none", () => {
    expect(quantile([3, 9, 5], 0)).toBe(3);
    expect(quantile([3, 9, 5], 1)).toBe(9);
    expect(quantile([42], 0.25)).toBe(42);
    expect(quantile([], 0.5)).toBeNull();
    expect(quartiles([])).toBeNull();
    expect(() => quantile([1], 1.5)).toThrow(RangeError);
  });

  it("does not reorder the caller's array", () => {
    const values = [3, 1, 2];
    quartiles(values);
    expect(values).toEqual([3, 1, 2]);
  });

  it("places a value in its band, boundaries belonging to the band below", () => {
    const q = { p25: 10, median: 20, p75: 30 };
    expect(quartilePosition(9, q)).toBe("below_p25");
    expect(quartilePosition(10, q)).toBe("p25_to_median");
    expect(quartilePosition(20, q)).toBe("p25_to_median");
    expect(quartilePosition(25, q)).toBe("median_to_p75");
    expect(quartilePosition(30, q)).toBe("median_to_p75");
    expect(quartilePosition(31, q)).toBe("above_p75");
  });
});
