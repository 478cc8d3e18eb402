export type AppErrorCode = "not_found" | "forbidden" | "conflict" | "invalid" | "rate_limited";

const defaultMessages: Record<AppErrorCode, string> = {
  not_found: "Not found.",
  forbidden: "You don't have permission to do that.",
  conflict: "This was changed by someone else since you opened it.",
  invalid: "Please check the highlighted fields.",
  rate_limited: "Too many attempts. Please wait and try again.",
};

/** The one error type the domain throws; actions map codes to messages, database errors never reach users. */
export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string = defaultMessages[code],
    /** Messages to show beside particular fields, keyed like zod paths ("costs.0.amount"). */
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
    this.name = "AppError";
  }
}

/** PostgreSQL's unique_violation (23505), wherever the driver or drizzle wrapped it. */
export function isUniqueViolation(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current !== null && typeof current === "object"; depth++) {
    if ((current as { code?: unknown }).code === "23505") return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}
