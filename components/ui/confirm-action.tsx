"use client";

import { useState, useTransition, type ReactNode } from "react";
import { Button, type ButtonVariantProps } from "./button";
import { Dialog } from "./dialog";

type Props = {
  title: string;
  body: ReactNode;
  triggerLabel: ReactNode;
  /** How the opening button looks; `triggerClassName` adds to (and wins over) it. */
  triggerVariant?: ButtonVariantProps["variant"];
  triggerSize?: ButtonVariantProps["size"];
  triggerClassName?: string;
  triggerTestId: string;
  confirmLabel: string;
  pendingLabel: string;
  confirmTestId: string;
  /** Acts; resolves to nothing on success, or to the message to show in the dialog. */
  onConfirm: () => Promise<ReactNode | null>;
  tone?: "danger" | "primary";
};

/** A button that asks first in a modal dialog, and reports a refusal (e.g. "last owner") in place. */
export function ConfirmAction({ title, body, triggerLabel, triggerVariant = "danger-ghost", triggerSize = "xs", triggerClassName, triggerTestId, tone = "danger", ...confirm }: Props) {
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState<ReactNode>();
  return (
    <>
      <Button
        variant={triggerVariant}
        size={triggerSize}
        className={triggerClassName}
        onClick={() => {
          setMessage(undefined);
          setOpen(true);
        }}
        data-testid={triggerTestId}
      >
        {triggerLabel}
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title={title}
        description={body}
        actions={<ConfirmButtons tone={tone} onCancel={() => setOpen(false)} onDone={() => setOpen(false)} onRefused={setMessage} {...confirm} />}
      >
        {message && (
          <p role="alert" className="mt-3 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-700" data-testid="confirm-message">
            {message}
          </p>
        )}
      </Dialog>
    </>
  );
}

type ButtonsProps = Pick<Props, "confirmLabel" | "pendingLabel" | "confirmTestId" | "onConfirm"> & {
  tone: "danger" | "primary";
  onCancel: () => void;
  onDone: () => void;
  onRefused: (message: ReactNode) => void;
};

/** Cancel (focused first, so Enter never confirms by accident) and the confirming button with its pending state. */
function ConfirmButtons({ confirmLabel, pendingLabel, confirmTestId, onConfirm, tone, onCancel, onDone, onRefused }: ButtonsProps) {
  const [pending, startTransition] = useTransition();
  function confirm() {
    startTransition(async () => {
      const problem = await onConfirm();
      if (problem) onRefused(problem);
      else onDone();
    });
  }
  return (
    <>
      <Button variant="secondary" size="sm" autoFocus onClick={onCancel}>
        Cancel
      </Button>
      <Button variant={tone} size="sm" pending={pending} onClick={confirm} data-testid={confirmTestId}>
        {pending ? pendingLabel : confirmLabel}
      </Button>
    </>
  );
}
