import type { Metadata } from "next";
import { BenefitsHowComputed } from "@/components/benefits/how-computed";
import { BenefitsTable, BenefitsTotals } from "@/components/benefits/benefits-table";
import { EmptyBenefits } from "@/components/benefits/empty-state";
import { MonthNav } from "@/components/ui/month-nav";
import { PageHeader } from "@/components/ui/page-header";
import { getBenefitsRealised } from "@/lib/realisation/view";
import { getTenant } from "@/lib/auth/tenant";
import { formatsOf } from "@/lib/auth/tenant-context";
import { formatMonth } from "@/lib/format";

export const metadata: Metadata = { title: "Benefits" };

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ month?: string | string[] }>;
};

export default async function BenefitsPage({ params, searchParams }: Props) {
  const [{ slug }, { month }] = await Promise.all([params, searchParams]);
  const ctx = await getTenant(slug);
  // No or a malformed ?month= shows the last complete month; any month is clamped into the portfolio's months, never an error.
  const view = await getBenefitsRealised(ctx, { month });
  const formats = formatsOf(ctx);
  const description = `What each technology's business case planned up to ${formatMonth(view.month, formats.locale)}, beside what it really realised: its KPIs' change priced by its benefit lines, and the amounts entered.`;
  return (
    <>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <PageHeader title="Benefits realised" description={description} />
        <div className="mb-6">
          <MonthNav path={`/w/${ctx.org.slug}/benefits`} month={view.month} bounds={view.bounds} testId="benefits-month-nav" locale={formats.locale} />
        </div>
      </div>
      {view.rows.length === 0 ? (
        <EmptyBenefits slug={ctx.org.slug} />
      ) : (
        <>
          {view.totals.withActuals === 0 && (
            <p role="status" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-800" data-testid="benefits-no-actuals">
              No actuals yet: the figures below are the plan. Price a benefit line by the KPI it moves (value per unit) and enter that KPI&apos;s values,
              or enter a month&apos;s benefit on the technology&apos;s page.
            </p>
          )}
          <BenefitsHowComputed locale={formats.locale} />
          <BenefitsTable rows={view.rows} slug={ctx.org.slug} formats={formats} month={view.month} />
          <BenefitsTotals totals={view.totals} formats={formats} />
          <p className="mt-3 text-sm text-slate-600">Open a technology to compare its KPIs before and after go-live.</p>
        </>
      )}
    </>
  );
}
