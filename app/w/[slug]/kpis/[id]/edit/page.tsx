import type { Metadata } from "next";
import Link from "next/link";
import { editableValue } from "@/components/kpis/format-value";
import { KpiForm } from "@/components/kpis/kpi-form";
import { PageHeader } from "@/components/ui/page-header";
import { getTenant, orNotFound } from "@/lib/auth/tenant";
import { loadKpiEditor } from "@/lib/kpis/view";

export const metadata: Metadata = { title: "Edit KPI" };

type Props = { params: Promise<{ slug: string; id: string }> };

export default async function EditKpiPage({ params }: Props) {
  const { slug, id } = await params;
  const ctx = await getTenant(slug, { role: "admin" });
  const { kpi, technologies, goals } = await orNotFound(loadKpiEditor(ctx, id));
  const initial = {
    name: kpi.name,
    perspective: kpi.perspective,
    unit: kpi.unit,
    direction: kpi.direction,
    baseline: editableValue(kpi.baseline, ctx.org.locale),
    target: editableValue(kpi.target, ctx.org.locale),
    targetDate: kpi.targetDate ?? "",
    weight: editableValue(kpi.weight, ctx.org.locale),
    investmentId: kpi.investmentId ?? "",
    goalId: kpi.goalId ?? "",
    attribution: kpi.attribution,
  };
  return (
    <>
      <Link href={`/w/${ctx.org.slug}/kpis`} className="text-sm text-indigo-700 hover:underline">
        ← KPIs
      </Link>
      <PageHeader title={`Edit ${kpi.name}`} />
      <KpiForm slug={ctx.org.slug} id={kpi.id} initial={initial} technologies={technologies} goals={goals} />
    </>
  );
}
