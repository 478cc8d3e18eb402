"use client";

import { useEffect, useId, useRef, type ReactNode } from "react";
import { cn } from "./cn";

/** The part of `<dialog>` the sync needs, so it can be tested without a browser. */
export type ModalElement = Pick<HTMLDialogElement, "open" | "showModal" | "close">;

/**
 * Opens or closes the native dialog to match `open`. `showModal()` moves focus into it, makes the page behind
 * inert and lets Escape close it; on close, focus goes back to `returnFocus` (the element focused on opening).
 */
export function syncDialog(dialog: ModalElement, open: boolean, returnFocus?: { focus(): void } | null) {
  if (open && !dialog.open) dialog.showModal();
  if (!open && dialog.open) {
    dialog.close();
    returnFocus?.focus();
  }
}

type Props = {
  open: boolean;
  /** Called when the dialog closes itself (Escape); the caller sets `open` to false. */
  onClose: () => void;
  title: ReactNode;
  description?: ReactNode;
  /** The body (a message, a form). */
  children?: ReactNode;
  /** The buttons, laid out at the bottom right. */
  actions?: ReactNode;
  className?: string;
  "data-testid"?: string;
};

/** A modal dialog on the native `<dialog>`: titled and described for screen readers, closed with Escape. */
export function Dialog({ open, onClose, title, description, children, actions, className, ...rest }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const titleId = useId();
  const descriptionId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    syncDialog(dialog, open, opener.current);
  }, [open]);

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onClose={() => {
        if (open) onClose();
        opener.current?.focus();
      }}
      className={cn("m-auto w-full max-w-md rounded-xl p-6 text-left shadow-xl backdrop:bg-slate-900/40", className)}
      {...rest}
    >
      <h2 id={titleId} className="text-lg font-semibold">
        {title}
      </h2>
      {description && (
        <div id={descriptionId} className="mt-2 text-sm text-slate-600">
          {description}
        </div>
      )}
      {children}
      {actions && <div className="mt-6 flex justify-end gap-2">{actions}</div>}
    </dialog>
  );
}
