import type { Metadata } from "next";
import Link from "next/link";
import { emptyValues } from "@/components/portfolio/form/form-values";
import { TechnologyForm } from "@/components/portfolio/form/technology-form";
import { PageHeader } from "@/components/ui/page-header";
import { formatsOf } from "@/lib/auth/tenant-context";
import { getTenant } from "@/lib/auth/tenant";
import { loadGoalsForAlignment } from "@/lib/goals/view";
import { loadKpiOptions } from "@/lib/realisation/view";

export const metadata: Metadata = { title: "Add a technology" };

export default async function NewTechnologyPage({ params }: { params: Promise<{ slug: string }> }) {
  const ctx = await getTenant((await params).slug, { role: "member" });
  const [goals, kpis] = await Promise.all([loadGoalsForAlignment(ctx), loadKpiOptions(ctx)]);
  return (
    <>
      <Link href={`/w/${ctx.org.slug}/portfolio`} className="text-sm text-indigo-700 hover:underline">
        ← Portfolio
      </Link>
      <PageHeader title="Add a technology" description="What it costs, what it brings back, which goals it serves and what could go wrong." />
      <TechnologyForm slug={ctx.org.slug} formats={formatsOf(ctx)} goals={goals} kpis={kpis} initial={emptyValues(goals)} />
    </>
  );
}
