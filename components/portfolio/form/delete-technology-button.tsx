"use client";

import { deleteTechnology } from "@/lib/portfolio/actions";
import { CONFLICT_MESSAGE } from "@/lib/portfolio/schemas";
import { DeleteButton } from "./delete-button";

type Props = { slug: string; id: string; version: number; name: string };

/** Delete with a confirmation naming the technology; its costs, benefits, risks and ratings go with it. */
export function DeleteTechnologyButton({ slug, id, version, name }: Props) {
  return (
    <DeleteButton
      name={name}
      consequence="Its costs, benefits, risks, scoring factors and goal ratings are deleted with it."
      triggerLabel="Delete"
      triggerVariant="danger-outline"
      triggerSize="sm"
      triggerTestId="delete-technology"
      confirmLabel="Delete technology"
      confirmTestId="confirm-delete"
      remove={() => deleteTechnology(slug, { id, version })}
      deletedHref={`/w/${slug}/portfolio?deleted=1`}
      onRefused={(result) =>
        result.message === CONFLICT_MESSAGE && (
          <a href={`/w/${slug}/portfolio/${id}`} className="font-medium underline">
            Reload
          </a>
        )
      }
    />
  );
}
