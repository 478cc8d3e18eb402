import Link from "next/link";
import { buttonVariants } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

export function EmptyBudget({ slug }: { slug: string }) {
  return (
    <EmptyState
      data-testid="budget-empty"
      title="No proposed technologies to choose between"
      description={
        <>
          The optimizer picks from technologies with the status &ldquo;Proposed&rdquo;: add one with its quoted costs and expected benefits, or set
          an existing technology&apos;s status to Proposed.
        </>
      }
      action={
        <Link href={`/w/${slug}/portfolio/new`} className={buttonVariants()}>
          Add a proposed technology
        </Link>
      }
    />
  );
}
