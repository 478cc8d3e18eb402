/**
 * Every failure of the finance engine is a FinanceError with a stable code, so callers (server
 * actions, the UI) can map it to a message without parsing text, and no figure is ever NaN/Infinity.
 */
export type FinanceErrorCode =
  /** The cash flows (or the NPV function over the search bracket) never change sign: no rate exists. */
  | "NO_SIGN_CHANGE"
  /** A root was bracketed or approached but the iteration limit was hit. */
  | "NO_CONVERGENCE"
  /** Arguments are outside the function's domain: empty series, bad dates, weights ≠ 100, … */
  | "INVALID_INPUT"
  /** The inputs are valid but the result does not fit in a double (e.g. a rate near −100% over many periods). */
  | "OVERFLOW";

export class FinanceError extends Error {
  readonly code: FinanceErrorCode;

  constructor(code: FinanceErrorCode, message: string) {
    super(message);
    this.name = "FinanceError";
    this.code = code;
  }
}

export function invalid(message: string): never {
  throw new FinanceError("INVALID_INPUT", message);
}

export function requireFinite(value: number, name: string): number {
  if (typeof value !== "number" || !Number.isFinite(value)) invalid(`${name} must be a finite number, got ${value}`);
  return value;
}

export function requireFiniteArray(values: readonly number[], name: string): readonly number[] {
  if (!Array.isArray(values)) invalid(`${name} must be an array of numbers`);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v !== "number" || !Number.isFinite(v)) invalid(`${name}[${i}] must be a finite number, got ${v}`);
  }
  return values;
}

export function requireRate(rate: number, name = "rate"): number {
  requireFinite(rate, name);
  if (rate <= -1) invalid(`${name} must be greater than -100%, got ${rate}`);
  return rate;
}

export function requireNonNegative(value: number, name: string): number {
  requireFinite(value, name);
  if (value < 0) invalid(`${name} must not be negative, got ${value}`);
  return value;
}

export function requirePositive(value: number, name: string): number {
  requireFinite(value, name);
  if (value <= 0) invalid(`${name} must be greater than 0, got ${value}`);
  return value;
}

export function requireProbability(value: number, name: string): number {
  requireFinite(value, name);
  if (value < 0 || value > 1) invalid(`${name} must be between 0 and 1, got ${value}`);
  return value;
}

/** Guards the boundary of every public function: a non-finite result becomes an OVERFLOW error. */
export function finiteResult(value: number, what: string): number {
  if (!Number.isFinite(value)) throw new FinanceError("OVERFLOW", `${what} does not fit in a finite number`);
  return value;
}
