import Link from "next/link";
import { buttonVariants } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

/** The first visit to an empty workspace: say what the portfolio is for and how to start it. */
export function EmptyPortfolio({ slug, canAdd }: { slug: string; canAdd: boolean }) {
  return (
    <EmptyState
      data-testid="portfolio-empty"
      title={<span className="text-lg">Your portfolio is empty</span>}
      description="Add the tools and systems you pay for — their costs, benefits and risks — to see what each one costs over its life and what it returns."
      action={
        canAdd ? (
          <Link href={`/w/${slug}/portfolio/new`} className={buttonVariants()}>
            Add your first technology
          </Link>
        ) : (
          <p className="text-sm text-slate-500">Ask a member of this workspace to add the first technology.</p>
        )
      }
    />
  );
}
