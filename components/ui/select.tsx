import type { SelectHTMLAttributes } from "react";
import { controlClass } from "./control";

export type SelectOption = { value: string; label: string };

export type SelectProps = SelectHTMLAttributes<HTMLSelectElement> & {
  /** Draws the red error state and sets aria-invalid. */
  invalid?: boolean;
  /** The choices, written out as `<option>`s after any given as children (e.g. a leading "Choose…"). */
  options?: readonly SelectOption[];
};

/** A native `<select>`; its children are `<option>`s. Full width unless `className` says otherwise (`w-auto`). */
export function Select({ invalid, className, children, options, ...rest }: SelectProps) {
  return (
    <select aria-invalid={invalid || undefined} className={controlClass(invalid, className)} {...rest}>
      {children}
      {options?.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
