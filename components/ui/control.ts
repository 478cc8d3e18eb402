import { cn } from "./cn";

/** The border, padding and focus ring shared by text inputs, textareas and selects; red while invalid. */
export function controlClass(invalid: boolean | undefined, className?: string) {
  return cn(
    "block w-full rounded-md border bg-white px-3 py-2 text-sm text-slate-900 shadow-sm focus:outline-none focus:ring-2 disabled:cursor-not-allowed disabled:opacity-60",
    invalid ? "border-red-400 focus:border-red-500 focus:ring-red-200" : "border-slate-300 focus:border-indigo-500 focus:ring-indigo-200",
    className,
  );
}
