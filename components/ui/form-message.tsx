import { cn } from "./cn";

export function FormMessage({ message }: { message?: string }) {
  if (!message) return null;
  return (
    <p role="status" data-testid="form-message" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-700">
      {message}
    </p>
  );
}

/** An action's answer: green when it worked (read out politely), red when refused (read out at once). */
export function ResultMessage({ ok, message, testId, className }: { ok: boolean; message?: string; testId: string; className?: string }) {
  if (!message) return null;
  return (
    <p
      role={ok ? "status" : "alert"}
      data-testid={testId}
      className={cn("rounded-md border px-3 py-2 text-sm", ok ? "border-emerald-200 bg-emerald-50 text-emerald-800" : "border-red-200 bg-red-50 text-red-700", className)}
    >
      {message}
    </p>
  );
}
