import type { Metadata } from "next";
import { BenefitsHowComputed } from "@/components/benefits/how-computed";
import { BenefitsTable } from "@/components/benefits/benefits-table";
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
  // No or a malformed ?month= shows the last complete month; any month is clamped into the data, never an error.
  const view = await getBenefitsRealised(ctx, { month });
  const formats = formatsOf(ctx);
  const description = view.month
    ? `What each technology's business case planned up to ${formatMonth(view.month, formats.locale)}, beside what its linked KPIs show it delivers.`
    : "What each technology's business case planned, beside what its linked KPIs show it delivers.";
  return (
    <>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <PageHeader title="Benefits realised" description={description} />
        {view.month && view.bounds && (
          <div className="mb-6">
            <MonthNav path={`/w/${ctx.org.slug}/benefits`} month={view.month} bounds={view.bounds} testId="benefits-month-nav" locale={formats.locale} />
          </div>
        )}
      </div>
      {view.rows.length === 0 ? (
        <EmptyBenefits slug={ctx.org.slug} />
      ) : (
        <>
          {!view.month && (
            <p role="status" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-800">
              No values entered yet for the linked KPIs: enter them on the KPIs page to see what each technology delivers.
            </p>
          )}
          <BenefitsHowComputed locale={formats.locale} />
          <BenefitsTable rows={view.rows} slug={ctx.org.slug} formats={formats} month={view.month} />
          <p className="mt-3 text-sm text-slate-600">Open a technology to compare its KPIs before and after go-live.</p>
        </>
      )}
    </>
  );
}
