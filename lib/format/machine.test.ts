import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MACHINE, readDecimal, toCents } from "./parse";
import { formulaPrefix, machineAmount, machineDate, unescapeFormula } from "./machine";

describe("machine format", () => {
  it.each([
    [0, "0.00"],
    [7, "0.07"],
    [-7, "-0.07"],
    [123_456_789, "1234567.89"],
    [-100, "-1.00"],
  ])("%s cents → %s", (cents, text) => expect(machineAmount(cents)).toBe(text));

  it("reads back exactly, for any amount (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e15, max: 1e15 }), (cents) => {
        const read = readDecimal(machineAmount(cents), MACHINE);
        expect(read && toCents(read)).toBe(cents);
      }),
    );
  });

  it("writes ISO dates", () => expect(machineDate(new Date("2027-05-09T23:59:00Z"))).toBe("2027-05-09"));

  it("keeps a formula from running, and an import takes it back off; numbers stay numbers", () => {
    expect(formulaPrefix.test("=SUM(A1)")).toBe(true);
    expect(formulaPrefix.test("-1234.56")).toBe(false);
    expect(unescapeFormula("'=SUM(A1)")).toBe("=SUM(A1)");
    expect(unescapeFormula("'quoted")).toBe("'quoted");
  });
});
