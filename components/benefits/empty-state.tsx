import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";

export function EmptyBenefits({ slug }: { slug: string }) {
  return (
    <EmptyState
      data-testid="benefits-empty"
      title={
        <>
          Add benefit lines to technologies in the{" "}
          <Link href={`/w/${slug}/portfolio`} className="text-indigo-700 hover:underline">
            portfolio
          </Link>{" "}
          to see what they deliver
        </>
      }
      description="A benefit line can name the KPI it is realised through and what one unit of change is worth; this page then sets each technology's planned benefits beside what it really realised, in money."
    />
  );
}
