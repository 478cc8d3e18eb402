import { format } from "date-fns";
import type { Metadata } from "next";
import Link from "next/link";
import { NothingToReview } from "@/components/reports/nothing-to-review";
import { AlertsSection } from "@/components/reports/alerts-section";
import { BenefitsSection } from "@/components/reports/benefits-section";
import { ChangesSection } from "@/components/reports/changes-section";
import { HeadlineTable } from "@/components/reports/headline-table";
import { PerspectiveTable } from "@/components/reports/perspective-table";
import { PrintButton } from "@/components/reports/print-button";
import { MonthNav } from "@/components/ui/month-nav";
import { getTenant } from "@/lib/auth/tenant";
import { formatsOf } from "@/lib/auth/tenant-context";
import { formatDate, formatMonth } from "@/lib/format";
import { getMonthlyReview, loadReportBenefits } from "@/lib/reports/view";

export const metadata: Metadata = { title: "Monthly review" };

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ month?: string | string[] }>;
};

const secondary =
  "inline-flex h-9 items-center rounded-md border border-slate-300 bg-white px-3 text-sm font-medium text-slate-700 shadow-sm hover:bg-slate-50";

export default async function ReportsPage({ params, searchParams }: Props) {
  const [{ slug }, { month }] = await Promise.all([params, searchParams]);
  const ctx = await getTenant(slug);
  const formats = formatsOf(ctx);
  const { locale } = formats;
  // The dashboard picks the month (a bad or missing ?month= falls back to its default); the scorecard follows it.
  const generated = new Date();
  // The server's local day, as the dashboard counts days to renewals in it.
  const today = format(generated, "yyyy-MM-dd");
  const review = await getMonthlyReview(ctx, month, generated);
  const benefits = await loadReportBenefits(ctx, review.month, generated);
  const path = `/w/${ctx.org.slug}/reports`;
  const bounds = review.months.length > 0 ? { earliest: review.months[review.months.length - 1], latest: review.months[0] } : null;

  return (
    <article data-testid="report" data-print-report className="mx-auto max-w-5xl">
      <header className="flex flex-wrap items-end justify-between gap-4 border-b border-slate-200 pb-4">
        <div>
          <p className="text-sm font-medium text-indigo-700 print:text-slate-600">{ctx.org.name}</p>
          <h1 className="text-2xl font-semibold tracking-tight">Monthly review — {formatMonth(review.month, locale, { long: true })}</h1>
          <p className="mt-1 text-sm text-slate-600">
            Generated on <time dateTime={today}>{formatDate(today, locale)}</time> · compared with {formatMonth(review.previousMonth, locale, { long: true })}
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-2 print:hidden">
          <PrintButton />
          <a href={`${path}/kpi-values`} download className={secondary} data-testid="download-kpi-csv">
            Download KPI values (CSV)
          </a>
          <Link href={`${path}/quarterly`} className={secondary} data-testid="open-quarterly-review">
            Quarterly review pack
          </Link>
        </div>
      </header>
      {bounds && (
        <div className="mt-4 print:hidden">
          <MonthNav path={path} month={review.month} bounds={bounds} testId="report-month-nav" locale={locale} />
        </div>
      )}
      {review.technologyCount === 0 && review.kpiCount === 0 && <NothingToReview slug={ctx.org.slug} />}
      <HeadlineTable rows={review.headline} month={review.month} previousMonth={review.previousMonth} formats={formats} />
      <BenefitsSection rows={benefits.rows} month={benefits.month} formats={formats} />
      <PerspectiveTable rows={review.perspectives} month={review.month} previousMonth={review.previousMonth} locale={locale} />
      <ChangesSection changes={review.changes} formats={formats} />
      <AlertsSection alerts={review.alerts} count={review.alertCount} slug={ctx.org.slug} formats={formats} today={today} />
    </article>
  );
}
