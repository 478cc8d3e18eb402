/**
 * Helpers shared by the finance tests (not part of the engine; excluded from mutation testing).
 */
import { expect } from "vitest";
import { FinanceError, type FinanceErrorCode } from "./errors";

/** The FinanceError code a call throws, or "no error"; any other throw fails the test. */
export function codeOf(run: () => unknown): FinanceErrorCode | "no error" {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(FinanceError);
    return (e as FinanceError).code;
  }
  return "no error";
}

/**
 * Integer flows v_0..v_n with Σ v_t y^(n−t) = −Π (den·y − a_k), so NPV = −Π (den·y − a_k) / y^n in
 * y = 1 + r: roots y_k = a_k/den. The sign makes v_0 < 0, an outlay first.
 */
export function flowsWithRoots(a: readonly number[], den: number): number[] {
  let c = [1];
  for (const ak of a) {
    const next = new Array<number>(c.length + 1).fill(0);
    c.forEach((v, i) => {
      next[i] += v * den;
      next[i + 1] -= v * ak;
    });
    c = next;
  }
  return c.map((v) => (v === 0 ? 0 : -v));
}
