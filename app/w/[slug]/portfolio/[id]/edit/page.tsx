import type { Metadata } from "next";
import Link from "next/link";
import { valuesFromDetail } from "@/components/portfolio/form/form-values";
import { TechnologyForm } from "@/components/portfolio/form/technology-form";
import { PageHeader } from "@/components/ui/page-header";
import { getTechnologyDetail } from "@/lib/portfolio/view";
import { formatsOf } from "@/lib/auth/tenant-context";
import { getTenant, orNotFound } from "@/lib/auth/tenant";
import { loadKpiOptions } from "@/lib/realisation/view";

export const metadata: Metadata = { title: "Edit technology" };

type Props = { params: Promise<{ slug: string; id: string }> };

export default async function EditTechnologyPage({ params }: Props) {
  const { slug, id } = await params;
  const ctx = await getTenant(slug, { role: "member" });
  const [detail, kpis] = await Promise.all([orNotFound(getTechnologyDetail(ctx, id)), loadKpiOptions(ctx)]);
  const goals = detail.alignments.map((a) => ({ id: a.goalId, title: a.title, perspective: a.perspective }));
  return (
    <>
      <Link href={`/w/${ctx.org.slug}/portfolio/${id}`} className="text-sm text-indigo-700 hover:underline">
        ← {detail.investment.name}
      </Link>
      <PageHeader title={`Edit ${detail.investment.name}`} />
      <TechnologyForm
        // A fresh form after a save elsewhere (new version) rather than stale state.
        key={detail.investment.version}
        slug={ctx.org.slug}
        formats={formatsOf(ctx)}
        goals={goals}
        kpis={kpis}
        initial={valuesFromDetail(detail, ctx.org.locale)}
        existing={{ id: detail.investment.id, version: detail.investment.version }}
      />
    </>
  );
}
