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
  ) {
    super(message);
    this.name = "AppError";
  }
}

export function isUniqueViolation(error: unknown): boolean {
  const candidates = [error, (error as { cause?: unknown })?.cause];
  return candidates.some((e) => (e as { code?: unknown })?.code === "23505");
}
