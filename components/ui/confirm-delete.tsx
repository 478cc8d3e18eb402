"use client";

import type { ReactNode } from "react";
import { ConfirmAction } from "./confirm-action";

type Props = {
  /** What is deleted, named in the question. */
  name: string;
  /** What goes with it; "This cannot be undone." is added. */
  consequence: string;
  triggerLabel: ReactNode;
  triggerClassName: string;
  triggerTestId: string;
  confirmLabel: string;
  confirmTestId: string;
  /** Deletes; resolves to nothing on success, or to the message to show in the dialog. */
  onConfirm: () => Promise<ReactNode | null>;
};

/** A delete button that asks first, in a modal dialog naming what goes, and reports a refusal in place. */
export function ConfirmDelete({ name, consequence, ...rest }: Props) {
  return <ConfirmAction title={`Delete “${name}”?`} body={`${consequence} This cannot be undone.`} pendingLabel="Deleting…" {...rest} />;
}
