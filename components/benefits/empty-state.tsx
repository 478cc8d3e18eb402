import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";

export function EmptyBenefits({ slug }: { slug: string }) {
  return (
    <EmptyState
      data-testid="benefits-empty"
      title={
        <>
          Link KPIs to technologies in{" "}
          <Link href={`/w/${slug}/kpis`} className="text-indigo-700 hover:underline">
            KPIs
          </Link>{" "}
          to see what they deliver
        </>
      }
      description="Each KPI can name the technology it measures; this page then sets each technology's business case beside what its KPIs show."
    />
  );
}
