import { format } from "date-fns";
import type { Metadata } from "next";
import Link from "next/link";
import { NothingToReview } from "@/components/reports/nothing-to-review";
import { HeadlineTable } from "@/components/reports/headline-table";
import { PerspectiveTable } from "@/components/reports/perspective-table";
import { PrintButton } from "@/components/reports/print-button";
import { QuarterChanges } from "@/components/review-pack/quarter-changes";
import { QuarterNav } from "@/components/review-pack/quarter-nav";
import { TopActionsSection } from "@/components/review-pack/top-actions-section";
import { getTenant } from "@/lib/auth/tenant";
import { formatsOf } from "@/lib/auth/tenant-context";
import { formatDate, formatMonth } from "@/lib/format";
import type { Locale } from "@/lib/format/locales";
import { loadReportAuthor } from "@/lib/reports/view";
import { quarterLabel, quarterParam } from "@/lib/review-pack/quarter";
import { getReviewPack } from "@/lib/review-pack/view";

export const metadata: Metadata = { title: "Quarterly review" };

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ quarter?: string | string[] }>;
};

/** The client's quarterly review pack: any member may open and print it; it carries the reader's name as its author. */
export default async function QuarterlyReviewPage({ params, searchParams }: Props) {
  const [{ slug }, { quarter: raw }] = await Promise.all([params, searchParams]);
  const ctx = await getTenant(slug);
  const formats = formatsOf(ctx);
  const { locale } = formats;
  const generated = new Date();
  // The server's local day, as the dashboard counts days to renewals in it.
  const today = format(generated, "yyyy-MM-dd");
  const [pack, author] = await Promise.all([getReviewPack(ctx, raw, generated), loadReportAuthor(ctx)]);
  const quarter = pack.quarter;
  const path = `/w/${ctx.org.slug}/reports/quarterly`;

  return (
    <article data-testid="review-pack" data-print-report className="mx-auto max-w-5xl">
      <PackHeader orgName={ctx.org.name} slug={ctx.org.slug} pack={pack} author={author?.name ?? "—"} today={today} locale={locale} />
      <div className="mt-4 print:hidden">
        <QuarterNav path={path} nav={pack.nav} />
      </div>
      {!pack.available && (
        <p role="status" className="mt-6 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-800">
          The figures for {quarterLabel(quarter)} are outside the months this workspace keeps; choose a later quarter.
        </p>
      )}
      {pack.technologyCount === 0 && pack.kpiCount === 0 && <NothingToReview slug={ctx.org.slug} />}
      <TopActionsSection top={pack.top} slug={ctx.org.slug} formats={formats} />
      <HeadlineTable rows={pack.headline} month={pack.end} previousMonth={pack.previousEnd} formats={formats} />
      <PerspectiveTable rows={pack.perspectives} month={pack.end} previousMonth={pack.previousEnd} locale={locale} />
      <QuarterChanges changes={pack.changes} previousEnd={pack.previousEnd} end={pack.end} formats={formats} />
      <footer className="mt-10 border-t border-slate-200 pt-3 text-xs text-slate-500">
        {ctx.org.name} · {quarterLabel(quarter)} review · prepared by {author?.name ?? "—"} on {formatDate(today, locale)}
      </footer>
    </article>
  );
}

type Pack = Awaited<ReturnType<typeof getReviewPack>>;

/** The pack's title page: the client, the quarter and its months, who prepared it and when, and (on screen) print and the monthly review. */
function PackHeader({ orgName, slug, pack, author, today, locale }: { orgName: string; slug: string; pack: Pack; author: string; today: string; locale: Locale }) {
  return (
    <header className="flex flex-wrap items-end justify-between gap-4 border-b border-slate-200 pb-4">
      <div>
        <p className="text-sm font-medium text-indigo-700 print:text-slate-600">{orgName}</p>
        <h1 className="text-2xl font-semibold tracking-tight">
          Quarterly review —{" "}
          <span data-testid="review-pack-quarter" data-quarter={quarterParam(pack.quarter)}>
            {quarterLabel(pack.quarter)}
          </span>
        </h1>
        <p className="mt-1 text-sm text-slate-600">
          {formatMonth(pack.start, locale)} to {formatMonth(pack.end, locale)}
          {!pack.complete && " (in progress)"} · compared with the end of {formatMonth(pack.previousEnd, locale)}
        </p>
        <p className="mt-1 text-sm text-slate-600" data-testid="review-pack-prepared-by">
          Prepared by <span className="font-medium text-slate-900">{author}</span> on <time dateTime={today}>{formatDate(today, locale)}</time>
        </p>
      </div>
      <div className="flex flex-wrap items-center gap-2 print:hidden">
        <PrintButton />
        <Link href={`/w/${slug}/reports`} className="text-sm font-medium text-indigo-700 hover:underline">
          Monthly review
        </Link>
      </div>
    </header>
  );
}
