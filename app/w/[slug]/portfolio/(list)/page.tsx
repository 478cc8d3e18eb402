import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/components/portfolio/table/data-table";
import { EmptyPortfolio } from "@/components/portfolio/table/empty-state";
import { buttonVariants } from "@/components/ui/button";
import { listPortfolio } from "@/lib/portfolio/view";
import { investmentCategories, investmentStatuses } from "@/lib/domain/values";
import { getTenant } from "@/lib/auth/tenant";
import { formatsOf, hasRole } from "@/lib/auth/tenant-context";
import { parseTableParams } from "@/lib/portfolio/table-params";
import { queryPortfolio } from "@/lib/portfolio/table-query";
import { machineDate } from "@/lib/format/machine";

export const metadata: Metadata = { title: "Portfolio" };

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** The raw query string again, for the export link: the CSV is exactly what the table is filtered and sorted by. */
function queryString(raw: Record<string, string | string[] | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(raw)) for (const v of [value ?? []].flat()) search.append(key, v);
  const text = search.toString();
  return text ? `?${text}` : "";
}

/** The confirmation after a delete or an import, which land here. */
function Notice({ raw }: { raw: Record<string, string | string[] | undefined> }) {
  const imported = Number(raw.imported);
  const text = raw.deleted === "1" ? "Technology deleted." : Number.isInteger(imported) && imported > 0 ? `Imported ${imported} technolog${imported === 1 ? "y" : "ies"}.` : null;
  if (!text) return null;
  return (
    <p role="status" data-testid="portfolio-notice" className="mb-4 rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
      {text}
    </p>
  );
}

export default async function PortfolioPage({ params, searchParams }: Props) {
  const ctx = await getTenant((await params).slug);
  const raw = await searchParams;
  const tableParams = parseTableParams(raw);
  const now = new Date();
  // Every row is computed, but only the visible page is sent to the browser.
  const rows = await listPortfolio(ctx, now);
  const result = queryPortfolio(rows, tableParams, ctx.org.locale);
  const slug = ctx.org.slug;
  const canAdd = hasRole(ctx, "member");

  return (
    <>
      <PortfolioHeader slug={slug} exportQuery={rows.length > 0 ? queryString(raw) : null} canAdd={canAdd} />
      <Notice raw={raw} />
      {rows.length === 0 ? (
        <EmptyPortfolio slug={slug} canAdd={canAdd} />
      ) : (
        <DataTable
          result={result}
          params={tableParams}
          slug={slug}
          formats={formatsOf(ctx)}
          today={machineDate(now)}
          categories={investmentCategories}
          statuses={investmentStatuses}
        />
      )}
    </>
  );
}

/** The title and the page's actions: export what the table shows (once there is something), and for members import and add. */
function PortfolioHeader({ slug, exportQuery, canAdd }: { slug: string; exportQuery: string | null; canAdd: boolean }) {
  const secondary = buttonVariants({ variant: "secondary" });
  return (
    <header className="mb-6 flex flex-wrap items-end justify-between gap-4">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Portfolio</h1>
        <p className="mt-1 text-sm text-slate-600">Every technology you pay for, what it costs over its life and what it returns.</p>
      </div>
      <div className="flex items-center gap-2">
        {exportQuery !== null && (
          <a href={`/w/${slug}/portfolio/export${exportQuery}`} className={secondary}>
            Export CSV
          </a>
        )}
        {canAdd && (
          <>
            <Link href={`/w/${slug}/portfolio/import`} className={secondary}>
              Import CSV
            </Link>
            <Link href={`/w/${slug}/portfolio/new`} className={buttonVariants()}>
              Add technology
            </Link>
          </>
        )}
      </div>
    </header>
  );
}
