"use client";

import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { Button, type ButtonProps } from "./button";

type Props = Omit<ButtonProps, "type"> & {
  children: ReactNode;
  /** Shown instead of the label while the form is submitting. */
  pendingLabel: string;
};

/**
 * The submit button of a `<form action={…}>`: it reads the form's pending state itself. Full width unless
 * `block={false}`; `pending` adds a pending state of the caller's (e.g. a transition outside the form).
 */
export function SubmitButton({ children, pendingLabel, pending: pendingProp = false, block = true, ...rest }: Props) {
  const { pending: submitting } = useFormStatus();
  const pending = submitting || pendingProp;
  return (
    <Button type="submit" pending={pending} block={block} {...rest}>
      {pending ? pendingLabel : children}
    </Button>
  );
}
