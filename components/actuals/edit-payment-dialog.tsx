"use client";

import { useActionState, useEffect } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { LedgerRow } from "@/db/queries/actuals";
import { updateActualCost } from "@/lib/actuals/actions";
import { initialFormState } from "@/lib/form-state";
import { formatDate, formatMoney, type Formats } from "@/lib/format";
import { centsInput } from "@/lib/format/parse";
import { MatchFields, PaymentFields, type TechnologyOption } from "./payment-fields";

type Props = { slug: string; formats: Formats; row: LedgerRow; technologies: readonly TechnologyOption[]; onClose: () => void };

/**
 * Edits one payment: where it is filed, and for a typed one also what was paid. The version it was opened on
 * goes with it, so an edit made elsewhere since is not overwritten (the conflict message says so).
 */
export function EditPaymentDialog({ slug, formats, row, technologies, onClose }: Props) {
  const [state, formAction, pending] = useActionState(updateActualCost.bind(null, slug), initialFormState);
  useEffect(() => {
    if (state.ok) onClose();
  }, [state.ok, onClose]);
  const typed = row.source === "typed";
  const stored = {
    investmentId: row.investmentId ?? "",
    costCategory: row.costCategory ?? "",
    ...(typed ? { bookedOn: row.bookedOn, amount: centsInput(row.amountCents, formats.locale), payee: row.payee, description: row.description } : {}),
  };
  const values = { ...stored, ...(state.ok ? {} : state.values) };
  const errors = (key: string) => (state.ok ? undefined : state.fieldErrors?.[key]);
  return (
    <Dialog
      open
      onClose={onClose}
      title="Edit payment"
      description={typed ? "Typed in by hand: everything can be changed." : `From ${row.source === "api" ? "the API" : "an imported file"}: file it under a technology; the date, amount and payee stay as the bank listed them.`}
      className="max-w-2xl"
      data-testid="edit-payment-dialog"
    >
      <form action={formAction} noValidate aria-busy={pending} className="mt-4 space-y-3">
        <input type="hidden" name="id" value={row.id} />
        <input type="hidden" name="version" value={row.version} />
        {!state.ok && <FormMessage message={state.message} />}
        {!typed && (
          <p className="rounded-md bg-slate-50 px-3 py-2 text-sm text-slate-700">
            {row.payee || "—"} · {formatMoney(row.amountCents, formats, { showCents: true })} · {formatDate(row.bookedOn, formats.locale)}
          </p>
        )}
        <div className="grid gap-3 sm:grid-cols-2">
          {typed && <PaymentFields prefix="edit-payment-" formats={formats} values={values} errors={errors} />}
          <MatchFields prefix="edit-payment-" technologies={technologies} values={values} errors={errors} />
        </div>
        <div className="flex justify-end gap-2 pt-2">
          <Button variant="secondary" size="sm" onClick={onClose}>
            Cancel
          </Button>
          <SubmitButton pendingLabel="Saving…" block={false} size="sm" data-testid="save-payment">
            Save
          </SubmitButton>
        </div>
      </form>
    </Dialog>
  );
}
