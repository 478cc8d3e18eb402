"use client";

import { useRouter } from "next/navigation";
import type { ComponentProps, ReactNode } from "react";
import { ConfirmDelete } from "@/components/ui/confirm-delete";
import type { FormState } from "@/lib/form-state";

type Props = Pick<ComponentProps<typeof ConfirmDelete>, "name" | "consequence" | "triggerTestId" | "confirmLabel" | "confirmTestId" | "triggerVariant" | "triggerSize"> & {
  /** Deletes; its answer says whether it did. */
  remove: () => Promise<FormState>;
  /** Where to go once deleted; without it the page is refreshed (the row leaves its list). */
  deletedHref?: string;
  /** The trigger's text; "Delete" plus the name for screen readers by default, as rows of a list need. */
  triggerLabel?: ReactNode;
  /** What to add to a refusal's message (e.g. a Reload link). */
  onRefused?: (result: FormState) => ReactNode;
};

/** A delete button that asks first, naming what goes, then goes to `deletedHref` or refreshes; a refusal is shown in the dialog. */
export function DeleteButton({ name, remove, deletedHref, triggerLabel, onRefused, ...rest }: Props) {
  const router = useRouter();
  return (
    <ConfirmDelete
      name={name}
      triggerLabel={
        triggerLabel ?? (
          <>
            Delete<span className="sr-only"> {name}</span>
          </>
        )
      }
      onConfirm={async () => {
        const result = await remove();
        if (!result.ok) {
          return (
            <>
              {result.message ?? "Something went wrong, and nothing was deleted."} {onRefused?.(result)}
            </>
          );
        }
        if (deletedHref) router.push(deletedHref);
        else router.refresh();
        return null;
      }}
      {...rest}
    />
  );
}
