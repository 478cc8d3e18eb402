import { cn } from "./cn";

/** The small turning ring shown while something is saving; takes the text colour of its button. */
export function Spinner({ className }: { className?: string }) {
  return <span className={cn("size-4 shrink-0 animate-spin rounded-full border-2 border-current/30 border-t-current", className)} aria-hidden />;
}
