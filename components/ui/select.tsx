import type { SelectHTMLAttributes } from "react";
import { controlClass } from "./control";

export type SelectProps = SelectHTMLAttributes<HTMLSelectElement> & {
  /** Draws the red error state and sets aria-invalid. */
  invalid?: boolean;
};

/** A native `<select>`; its children are `<option>`s. Full width unless `className` says otherwise (`w-auto`). */
export function Select({ invalid, className, children, ...rest }: SelectProps) {
  return (
    <select aria-invalid={invalid || undefined} className={controlClass(invalid, className)} {...rest}>
      {children}
    </select>
  );
}
