import { describe, expect, it } from "vitest";
import { formatMoney, formatPercent } from "./format";

describe("formatPercent", () => {
  it.each([
    [0.1234, "12.3%"],
    [-0.5, "-50.0%"],
    [9.99, "999.0%"],
    [123.4, "> 1,000%"],
    [-11, "< -1,000%"],
  ])("%s → %s", (ratio, text) => expect(formatPercent(ratio)).toBe(text));
});

describe("formatMoney", () => {
  it("shows whole units of the workspace's currency, cents only when asked", () => {
    expect(formatMoney(123_456_789, "USD")).toBe("$1,234,568");
    expect(formatMoney(123_456, "EUR", { showCents: true })).toBe("€1,234.56");
    expect(formatMoney(-50, "GBP", { showCents: true })).toBe("-£0.50");
  });
});
