/**
 * The shared reference vectors (generated with spreadsheet semantics) must all pass: rates within
 * 1e-7, money within half a cent. The file is read at run time; if it is missing this suite fails.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  FinanceError,
  annualizedReturnOnAutomation,
  discountedPaybackPeriod,
  irr,
  mirr,
  npv,
  paybackPeriod,
  roi,
  weightedScore,
  xirr,
  xnpv,
} from "./index";

interface Vector {
  fn: string;
  args: unknown[];
  expect: number | null | "error";
  source?: string;
}

// The reference vectors, computed at high precision, kept with the tests so a clone needs nothing else.
const file = new URL("./reference/finance-vectors.json", import.meta.url);
const data = JSON.parse(readFileSync(file, "utf8")) as { semantics: string[]; cases: Vector[]; documented: Vector[] };

const functions: Record<string, (...args: never[]) => unknown> = {
  roi,
  annualizedReturnOnAutomation,
  weightedScore,
  npv,
  irr,
  xnpv,
  xirr,
  mirr,
  paybackPeriod,
  discountedPaybackPeriod,
};

/** Money results (npv, xnpv) are checked to half a cent; rates and periods to 1e-7. */
const MONEY = new Set(["npv", "xnpv"]);

/** Date arguments arrive as ISO strings. */
function toArgs(args: unknown[]): unknown[] {
  return args.map((a) =>
    Array.isArray(a) && a.length > 0 && a.every((x) => typeof x === "string") ? a.map((s: string) => new Date(`${s}T00:00:00Z`)) : a,
  );
}

function check(v: Vector): void {
  const fn = functions[v.fn];
  expect(fn, `unknown function ${v.fn}`).toBeTypeOf("function");
  const run = () => (fn as (...args: unknown[]) => unknown)(...toArgs(v.args));
  if (v.expect === "error") {
    expect(run).toThrow(FinanceError);
  } else if (v.expect === null) {
    expect(run()).toBeNull();
  } else {
    const got = run();
    expect(typeof got).toBe("number");
    const tolerance = MONEY.has(v.fn) ? 0.005 : 1e-7;
    expect(Math.abs((got as number) - v.expect)).toBeLessThanOrEqual(tolerance);
  }
}

describe("finance-vectors.json", () => {
  it("has the expected shape", () => {
    expect(data.cases.length).toBeGreaterThanOrEqual(190);
    expect(data.documented.length).toBeGreaterThanOrEqual(10);
    for (const v of [...data.cases, ...data.documented]) expect(Object.keys(functions)).toContain(v.fn);
  });

  describe("generated cases", () => {
    it.each(data.cases.map((v, i) => [`${i} ${v.fn}`, v] as const))("%s", (_, v) => check(v));
  });

  describe("documented examples", () => {
    it.each(data.documented.map((v) => [`${v.fn}: ${v.source ?? ""}`, v] as const))("%s", (_, v) => check(v));
  });
});
