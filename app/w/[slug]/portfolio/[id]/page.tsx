import type { Metadata } from "next";
import { format } from "date-fns";
import { cache } from "react";
import { BenefitsTable } from "@/components/portfolio/detail/benefits-table";
import { CashFlowSection } from "@/components/portfolio/detail/cash-flow-section";
import { CompletenessSection } from "@/components/portfolio/detail/completeness";
import { CostsTable } from "@/components/portfolio/detail/costs-table";
import { FactorsTable } from "@/components/portfolio/detail/factors-table";
import { FigureTiles } from "@/components/portfolio/detail/figure-tile";
import { GoalsSection } from "@/components/portfolio/detail/goals-section";
import { IntegrationsSection } from "@/components/portfolio/detail/integrations-section";
import { PlanVsActualForms } from "@/components/portfolio/detail/plan-vs-actual-forms";
import { PlanVsActualSection } from "@/components/portfolio/detail/plan-vs-actual-section";
import { RisksTable } from "@/components/portfolio/detail/risks-table";
import { SavedBanner } from "@/components/portfolio/detail/saved-banner";
import { TcoSection } from "@/components/portfolio/detail/tco-section";
import { TechnologyHeader } from "@/components/portfolio/detail/technology-header";
import { getTechnologyDetail, getTechnologyPlanVsActual } from "@/lib/portfolio/view";
import { getTenant, orNotFound } from "@/lib/auth/tenant";
import { formatsOf, type TenantCtx } from "@/lib/auth/tenant-context";
import { explainFigures } from "@/lib/portfolio/explain-figures";
import { planVsActualFigures } from "@/lib/portfolio/plan-vs-actual-figures";
import { lastCompleteMonth } from "@/lib/portfolio/timeline";
import { loadActualBenefitEntries } from "@/lib/realisation/view";

type Props = { params: Promise<{ slug: string; id: string }>; searchParams: Promise<{ saved?: string | string[] }> };

/** One load per request, shared by the metadata and the page; another workspace's id is a plain 404. */
const loadDetail = cache(async (ctx: TenantCtx, id: string) => orNotFound(getTechnologyDetail(ctx, id)));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, id } = await params;
  const detail = await loadDetail(await getTenant(slug), id);
  return { title: detail.investment.name };
}

export default async function TechnologyPage({ params, searchParams }: Props) {
  const [{ slug, id }, { saved }] = await Promise.all([params, searchParams]);
  const ctx = await getTenant(slug);
  const detail = await loadDetail(ctx, id);
  const formats = formatsOf(ctx);
  const canEdit = ctx.role !== "viewer";
  const today = new Date();
  const [actuals, benefitEntries] = await Promise.all([getTechnologyPlanVsActual(ctx, detail, today), loadActualBenefitEntries(ctx, id)]);
  const forms = (
    <PlanVsActualForms
      slug={ctx.org.slug}
      technology={{ id, name: detail.investment.name, costs: detail.costs }}
      formats={formats}
      today={format(today, "yyyy-MM-dd")}
      benefitMonth={lastCompleteMonth(today).slice(0, 7)}
      benefitEntries={benefitEntries}
      canEdit={canEdit}
    />
  );
  return (
    <>
      {saved === "1" && <SavedBanner />}
      <TechnologyHeader detail={detail} slug={ctx.org.slug} canEdit={canEdit} locale={formats.locale} />
      <FigureTiles figures={explainFigures(detail, formats, today)} />
      <CashFlowSection detail={detail} formats={formats} />
      <PlanVsActualSection figures={actuals.figures} explained={planVsActualFigures(actuals.figures, actuals.kpiInputs, formats)} formats={formats} forms={forms} />
      <TcoSection detail={detail} formats={formats} />
      <CostsTable costs={detail.costs} formats={formats} today={today} />
      <BenefitsTable benefits={detail.benefits} formats={formats} />
      <GoalsSection detail={detail} locale={formats.locale} />
      <RisksTable risks={detail.risks} />
      <FactorsTable factors={detail.factors} weightedScore={detail.weightedScore} locale={formats.locale} />
      <IntegrationsSection ctx={ctx} technologyId={detail.investment.id} />
      <CompletenessSection missing={detail.row.missing} editHref={`/w/${ctx.org.slug}/portfolio/${id}/edit`} canEdit={canEdit} />
    </>
  );
}
