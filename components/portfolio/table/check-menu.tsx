"use client";

import { useEffect, useRef } from "react";
import { Badge } from "@/components/ui/badge";
import { buttonVariants } from "@/components/ui/button";

export type CheckOption = { value: string; label: string; checked: boolean; disabled?: boolean };

/**
 * A dropdown of checkboxes built on <details>: keyboard-usable without a menu library (Enter/Space
 * opens, Tab moves through the boxes, Escape closes), and a click outside closes it.
 */
type Props = { label: string; count?: number; options: CheckOption[]; onToggle: (value: string, checked: boolean) => void; align?: "left" | "right" };

export function CheckMenu({ label, count, options, onToggle, align = "left" }: Props) {
  const ref = useRef<HTMLDetailsElement>(null);

  useEffect(() => {
    const close = (event: MouseEvent) => {
      if (ref.current?.open && !ref.current.contains(event.target as Node)) ref.current.open = false;
    };
    document.addEventListener("mousedown", close);
    return () => document.removeEventListener("mousedown", close);
  }, []);

  return (
    <details
      ref={ref}
      className="relative"
      onKeyDown={(event) => {
        if (event.key === "Escape" && ref.current?.open) {
          ref.current.open = false;
          ref.current.querySelector("summary")?.focus();
        }
      }}
    >
      <summary className={buttonVariants({ variant: "secondary", size: "sm", className: "h-9 cursor-pointer list-none gap-1.5 font-normal shadow-none [&::-webkit-details-marker]:hidden" })}>
        {label}
        {count ? (
          <Badge tone="indigo" className="px-1.5 py-0">
            {count}
          </Badge>
        ) : null}
        <span aria-hidden className="text-slate-400">▾</span>
      </summary>
      <fieldset className={`absolute ${align === "right" ? "right-0" : "left-0"} z-20 mt-1 max-h-80 min-w-52 overflow-y-auto rounded-xl border border-slate-200 bg-white p-2 shadow-lg`}>
        <legend className="sr-only">{label}</legend>
        {options.map((option) => (
          <label key={option.value} className="flex cursor-pointer items-center gap-2 rounded-md px-2 py-1.5 text-sm text-slate-700 hover:bg-slate-50 has-[:disabled]:cursor-not-allowed has-[:disabled]:opacity-50">
            <input
              type="checkbox"
              checked={option.checked}
              disabled={option.disabled}
              onChange={(e) => onToggle(option.value, e.target.checked)}
              className="size-4 rounded border-slate-300 text-indigo-600 focus-visible:outline-2 focus-visible:outline-indigo-500"
            />
            {option.label}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
