"use client";

import { useRouter } from "next/navigation";
import { ConfirmDelete } from "@/components/ui/confirm-delete";
import { deleteTechnology } from "@/lib/portfolio/actions";
import { CONFLICT_MESSAGE } from "@/lib/portfolio/schemas";

type Props = { slug: string; id: string; version: number; name: string };

/** Delete with a confirmation naming the technology; its costs, benefits, risks and ratings go with it. */
export function DeleteTechnologyButton({ slug, id, version, name }: Props) {
  const router = useRouter();
  return (
    <ConfirmDelete
      name={name}
      consequence="Its costs, benefits, risks, scoring factors and goal ratings are deleted with it."
      triggerLabel="Delete"
      triggerClassName="rounded-md border border-red-200 bg-white px-3 py-2 text-sm font-medium text-red-700 shadow-sm hover:bg-red-50 focus:outline-none focus:ring-2 focus:ring-red-200"
      triggerTestId="delete-technology"
      confirmLabel="Delete technology"
      confirmTestId="confirm-delete"
      onConfirm={async () => {
        const result = await deleteTechnology(slug, { id, version });
        if (result.ok) {
          router.push(`/w/${slug}/portfolio?deleted=1`);
          return null;
        }
        return (
          <>
            {result.message ?? "Something went wrong, and nothing was deleted."}{" "}
            {result.message === CONFLICT_MESSAGE && (
              <a href={`/w/${slug}/portfolio/${id}`} className="font-medium underline">
                Reload
              </a>
            )}
          </>
        );
      }}
    />
  );
}
