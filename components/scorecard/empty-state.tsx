import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";

export function EmptyScorecard({ slug }: { slug: string }) {
  return (
    <EmptyState
      data-testid="scorecard-empty"
      title="Define KPIs to see your scorecard"
      description={
        <>
          Add the measures you review each month on the{" "}
          <Link href={`/w/${slug}/kpis`} className="text-indigo-700 hover:underline">
            KPIs page
          </Link>
          ; the scorecard scores them across the four perspectives.
        </>
      }
    />
  );
}
