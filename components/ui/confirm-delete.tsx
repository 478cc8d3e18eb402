"use client";

import type { ComponentProps } from "react";
import { ConfirmAction } from "./confirm-action";

type Props = Omit<ComponentProps<typeof ConfirmAction>, "title" | "body" | "pendingLabel"> & {
  /** What is deleted, named in the question. */
  name: string;
  /** What goes with it; "This cannot be undone." is added. */
  consequence: string;
};

/** A delete button that asks first, in a modal dialog naming what goes, and reports a refusal in place. */
export function ConfirmDelete({ name, consequence, ...rest }: Props) {
  return <ConfirmAction title={`Delete “${name}”?`} body={`${consequence} This cannot be undone.`} pendingLabel="Deleting…" {...rest} />;
}
