import { cva, type VariantProps } from "class-variance-authority";
import type { HTMLAttributes } from "react";
import { cn } from "./cn";

const badge = cva("inline-flex items-center whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset", {
  variants: {
    tone: {
      neutral: "bg-slate-100 text-slate-700 ring-slate-200",
      green: "bg-emerald-50 text-emerald-700 ring-emerald-200",
      amber: "bg-amber-50 text-amber-800 ring-amber-200",
      red: "bg-red-50 text-red-700 ring-red-200",
      indigo: "bg-indigo-50 text-indigo-700 ring-indigo-200",
      blue: "bg-sky-50 text-sky-700 ring-sky-200",
    },
    /** Filled: white text on the tone's strong colour, for a flag that must stand out (e.g. "Most spend"). */
    solid: { true: "text-white ring-0", false: "" },
  },
  compoundVariants: [
    { tone: "neutral", solid: true, className: "bg-slate-700" },
    { tone: "green", solid: true, className: "bg-emerald-700" },
    { tone: "amber", solid: true, className: "bg-amber-600" },
    { tone: "red", solid: true, className: "bg-red-600" },
    { tone: "indigo", solid: true, className: "bg-indigo-600" },
    { tone: "blue", solid: true, className: "bg-sky-600" },
  ],
  defaultVariants: { tone: "neutral", solid: false },
});

export type BadgeTone = NonNullable<VariantProps<typeof badge>["tone"]>;

/** A status pill (RAG, role, state). */
export function Badge({ tone, solid, className, ...rest }: HTMLAttributes<HTMLSpanElement> & { tone?: BadgeTone; solid?: boolean }) {
  return <span className={cn(badge({ tone, solid }), className)} {...rest} />;
}
