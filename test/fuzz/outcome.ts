import { expect, vi, type MockInstance } from "vitest";
import { Redirect } from "./mocks";

/** What the fuzz learns from one call: the result, or the error it threw (a redirect counts as success). */
export type Outcome = { threw: false; result: unknown } | { threw: true; error: unknown };

export const GENERIC_MESSAGE = /something went wrong/i;

export async function call(run: () => Promise<unknown>): Promise<Outcome> {
  try {
    return { threw: false, result: await run() };
  } catch (error) {
    if (error instanceof Redirect) return { threw: false, result: { ok: true, redirectedTo: error.url } };
    return { threw: true, error };
  }
}

/** console.error is how the app reports an unexpected failure (a 500 in disguise); the fuzz silences and counts it. */
export function watchConsole(): { errors: MockInstance<typeof console.error>; restore: () => void } {
  const errors = vi.spyOn(console, "error").mockImplementation(() => {});
  const info = vi.spyOn(console, "info").mockImplementation(() => {});
  return {
    errors,
    restore: () => {
      errors.mockRestore();
      info.mockRestore();
    },
  };
}

const LIMIT = 160;
/** A short, readable form of a fuzzed input for failure messages: long strings and lists are cut. */
export function show(value: unknown): string {
  const seen = new WeakSet<object>();
  const brief = (v: unknown, depth: number): unknown => {
    if (typeof v === "string") return v.length > LIMIT ? `${JSON.stringify(v.slice(0, 40)).slice(0, -1)}…" (${v.length} chars)` : v;
    if (typeof v === "bigint" || typeof v === "symbol" || typeof v === "function") return `[${typeof v} ${String(v)}]`;
    if (typeof v === "number" && !Number.isFinite(v)) return `[number ${v}]`;
    if (v === undefined) return "[undefined]";
    if (v === null || typeof v !== "object") return v;
    if (seen.has(v) || depth > 4) return "[…]";
    seen.add(v);
    if (v instanceof FormData) return { FormData: [...v.entries()].map(([k, x]) => [k, brief(x, depth + 1)]) };
    if (v instanceof Date) return `[Date ${Number.isNaN(v.getTime()) ? "invalid" : v.toISOString()}]`;
    if (v instanceof Map || v instanceof Set || v instanceof Blob || ArrayBuffer.isView(v)) return `[${v.constructor.name}]`;
    if (Array.isArray(v)) return v.length > 6 ? [...v.slice(0, 3).map((x) => brief(x, depth + 1)), `… ${v.length} items`] : v.map((x) => brief(x, depth + 1));
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, brief(x, depth + 1)]));
  };
  return JSON.stringify(brief(value, 0));
}

/**
 * The contract every action keeps, whatever it was sent: it resolves (or redirects), with `ok` a boolean;
 * a refusal says why (a message or field errors) and is never the generic "something went wrong"; nothing
 * is reported to console.error; the result can be sent back to the browser. Plain checks, so a passing run
 * costs no formatting; `input` describes the run only when one fails.
 */
export function expectHandled(outcome: Outcome, errors: MockInstance<typeof console.error>, input: () => string): { ok: boolean } {
  const fail = (why: string): never => expect.fail(`${why}\ninput ${input()}`);
  if (outcome.threw) return fail(`threw ${outcome.error instanceof Error ? (outcome.error.stack ?? outcome.error.message) : String(outcome.error)}`);
  const result = outcome.result as { ok?: unknown; message?: unknown; fieldErrors?: Record<string, unknown> } | null;
  if (result === null || typeof result !== "object" || typeof result.ok !== "boolean") return fail(`no { ok } result: ${show(result)}`);
  if (errors.mock.calls.length) return fail(`console.error: ${errors.mock.calls.map((args) => args.map(String).join(" ")).join("\n")}`);
  try {
    JSON.stringify(result);
  } catch (error) {
    return fail(`a result the browser cannot receive (${String(error)}): ${show(result)}`);
  }
  if (!result.ok) {
    const message = typeof result.message === "string" ? result.message : "";
    const fieldMessages = Object.values(result.fieldErrors ?? {}).flat();
    if (!message && !fieldMessages.length) return fail(`a refusal without a message: ${show(result)}`);
    if (GENERIC_MESSAGE.test(message)) return fail(`the generic message, a 500 in disguise: ${message}`);
    if (fieldMessages.some((m) => typeof m !== "string")) return fail(`field errors that are not text: ${show(result.fieldErrors)}`);
  }
  return { ok: result.ok };
}
