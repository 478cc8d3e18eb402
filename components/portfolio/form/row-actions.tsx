import Link from "next/link";
import type { ReactNode } from "react";
import { buttonVariants } from "@/components/ui/button";
import { Td, Th } from "@/components/ui/table";

/** The header of a list's actions column: named for screen readers only. */
export function ActionsHeader() {
  return (
    <Th>
      <span className="sr-only">Actions</span>
    </Th>
  );
}

/** A row's Edit link (naming the row for screen readers) and its other actions (a delete button). */
export function RowActions({ editHref, name, editTestId, children }: { editHref: string; name: string; editTestId?: string; children: ReactNode }) {
  return (
    <Td className="whitespace-nowrap text-right">
      <Link href={editHref} className={buttonVariants({ variant: "ghost", size: "xs", className: "text-indigo-700 hover:bg-indigo-50" })} data-testid={editTestId}>
        Edit<span className="sr-only"> {name}</span>
      </Link>
      {children}
    </Td>
  );
}
