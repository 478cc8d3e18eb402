import type { Metadata } from "next";
import Link from "next/link";
import { KpiForm } from "@/components/kpis/kpi-form";
import { PageHeader } from "@/components/ui/page-header";
import { getTenant } from "@/lib/auth/tenant";
import { loadKpiLinkOptions } from "@/lib/kpis/view";

export const metadata: Metadata = { title: "Add a KPI" };

const empty = { name: "", perspective: "", unit: "", direction: "", baseline: "", target: "", targetDate: "", weight: "1", investmentId: "", goalId: "", attribution: "equal" };

export default async function NewKpiPage({ params }: { params: Promise<{ slug: string }> }) {
  const ctx = await getTenant((await params).slug, { role: "admin" });
  const { technologies, goals } = await loadKpiLinkOptions(ctx);
  return (
    <>
      <Link href={`/w/${ctx.org.slug}/kpis`} className="text-sm text-indigo-700 hover:underline">
        ← KPIs
      </Link>
      <PageHeader title="Add a KPI" description="What you measure, where you start from and where you want to be." />
      <KpiForm slug={ctx.org.slug} initial={empty} technologies={technologies} goals={goals} />
    </>
  );
}
