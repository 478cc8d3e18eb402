"use client";

import { useActionState } from "react";
import { FormMessage, ResultMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { createActualCost } from "@/lib/actuals/actions";
import type { CostCategory } from "@/lib/domain/values";
import { initialFormState } from "@/lib/form-state";
import type { Formats } from "@/lib/format";
import { categoryOptions, MatchFields, PaymentFields, type TechnologyOption } from "./payment-fields";
import { SelectInput } from "@/components/portfolio/form/controls";

type Props = {
  slug: string;
  /** The workspace's locale and currency: the amount is read and its symbol shown their way. */
  formats: Formats;
  /** 'YYYY-MM-DD' from the server, the date the form starts with (so it renders the same on both sides). */
  today: string;
  /** On a technology's page: payments are filed under it (and its main cost category is preselected). */
  technology?: { id: string; name: string; mainCostCategory?: CostCategory | null };
  /** Elsewhere: the technologies to choose from; none chosen leaves the payment unmatched. */
  technologies?: readonly TechnologyOption[];
};

/**
 * Records one payment typed in by hand (source "typed"). It posts without JavaScript too; after a refusal the
 * fields keep what was typed and each message sits beside its field; after a save they start again.
 */
export function AddPaymentForm({ slug, formats, today, technology, technologies = [] }: Props) {
  const [state, formAction, pending] = useActionState(createActualCost.bind(null, slug), initialFormState);
  const values = state.ok ? {} : (state.values ?? {});
  const errors = (key: string) => (state.ok ? undefined : state.fieldErrors?.[key]);
  const prefix = technology ? `payment-${technology.id}-` : "payment-";
  return (
    <form action={formAction} noValidate aria-busy={pending} aria-label={technology ? `Add a payment for ${technology.name}` : "Add a payment"} className="space-y-3" data-testid="add-payment-form">
      {!state.ok && <FormMessage message={state.message} />}
      <ResultMessage ok testId="add-payment-saved" message={state.ok ? "Payment added." : undefined} />
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <PaymentFields prefix={prefix} formats={formats} values={{ bookedOn: today, ...values }} errors={errors} />
        {technology ? (
          <>
            <input type="hidden" name="investmentId" value={technology.id} />
            <SelectInput
              id={`${prefix}costCategory`}
              name="costCategory"
              label={`Cost category of ${technology.name}`}
              defaultValue={values.costCategory ?? technology.mainCostCategory ?? ""}
              errors={errors("costCategory") ?? errors("investmentId")}
              options={categoryOptions}
            />
          </>
        ) : (
          <MatchFields prefix={prefix} technologies={technologies} values={values} errors={errors} />
        )}
      </div>
      <SubmitButton pendingLabel="Adding…" block={false} size="sm" data-testid="add-payment">
        Add payment
      </SubmitButton>
    </form>
  );
}

