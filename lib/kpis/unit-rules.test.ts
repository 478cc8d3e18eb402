import { describe, expect, it } from "vitest";
import { canonicalDecimal, parseKpiValue } from "./unit-rules";

describe("parseKpiValue", () => {
  it.each([
    ["percent", "", { blank: true }],
    ["percent", "  ", { blank: true }],
    ["percent", "100", { value: "100" }],
    ["score", "-100", { value: "-100" }],
    ["count", "1,200", { value: "1200" }],
    ["currency", "4.50", { value: "4.5" }],
    ["duration", "0.0001", { value: "0.0001" }],
    ["percent", "100.01", { error: "A percentage must be between 0 and 100." }],
    ["score", "-101", { error: "A score must be between −100 and 100." }],
    ["currency", "-1", { error: "An amount can't be negative." }],
    ["duration", "12345678901", { error: "That number is too large." }],
    ["count", "1e3", { error: "Enter a number, e.g. 42.5." }],
  ] as const)("%s %j → %j", (unit, raw, expected) => {
    expect(parseKpiValue(raw, unit)).toEqual(expected);
  });
});

it("canonicalDecimal drops padding zeros but keeps the sign", () => {
  expect(canonicalDecimal("007.5000")).toBe("7.5");
  expect(canonicalDecimal("-0.000")).toBe("0");
  expect(canonicalDecimal("-12.0000")).toBe("-12");
  expect(canonicalDecimal("12.")).toBeNull();
});
