import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";

/** A workspace without technologies has nothing to add up yet: say where to start. */
export function EmptyDashboard({ slug }: { slug: string }) {
  return (
    <EmptyState
      data-testid="dashboard-empty"
      title="No technologies yet."
      description={
        <>
          Add the tools you pay for in the{" "}
          <Link href={`/w/${slug}/portfolio`} className="text-indigo-600 hover:underline">
            portfolio
          </Link>{" "}
          to see what they cost and return.
        </>
      }
    />
  );
}
