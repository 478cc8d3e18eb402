import type { InputHTMLAttributes, TextareaHTMLAttributes } from "react";
import { controlClass } from "./control";

type Invalid = {
  /** Draws the red error state and sets aria-invalid. */
  invalid?: boolean;
};

export type InputProps = InputHTMLAttributes<HTMLInputElement> & Invalid;
export type TextareaProps = TextareaHTMLAttributes<HTMLTextAreaElement> & Invalid;

export function Input({ invalid, className, ...rest }: InputProps) {
  return <input aria-invalid={invalid || undefined} className={controlClass(invalid, className)} {...rest} />;
}

export function Textarea({ invalid, className, ...rest }: TextareaProps) {
  return <textarea aria-invalid={invalid || undefined} className={controlClass(invalid, className)} {...rest} />;
}
