import type { Metadata } from "next";
import Link from "next/link";
import { KpiList } from "@/components/kpis/kpi-list";
import { buttonVariants } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { formatsOf, hasRole } from "@/lib/auth/tenant-context";
import { getTenant } from "@/lib/auth/tenant";
import { loadKpiList } from "@/lib/kpis/view";

export const metadata: Metadata = { title: "KPIs" };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ saved?: string | string[] }> };

const primary = buttonVariants({ size: "sm" });
const secondary = buttonVariants({ variant: "secondary", size: "sm" });

export default async function KpisPage({ params, searchParams }: Props) {
  const [{ slug }, { saved }] = await Promise.all([params, searchParams]);
  const ctx = await getTenant(slug);
  const rows = await loadKpiList(ctx);
  const isAdmin = hasRole(ctx, "admin");
  const base = `/w/${ctx.org.slug}/kpis`;
  return (
    <>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <PageHeader title="KPIs" description="The measures you review every month, by scorecard perspective." />
        <div className="flex gap-2">
          {rows.length > 0 && (
            <Link href={`${base}/entry`} className={secondary} data-testid="enter-values">
              {hasRole(ctx, "member") ? "Enter monthly values" : "Monthly values"}
            </Link>
          )}
          {isAdmin && (
            <Link href={`/w/${ctx.org.slug}/templates`} className={secondary} data-testid="open-templates">
              Copy from another client
            </Link>
          )}
          {isAdmin && (
            <Link href={`${base}/new`} className={primary} data-testid="add-kpi">
              Add KPI
            </Link>
          )}
        </div>
      </div>
      {saved && (
        <p role="status" className="mb-4 rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
          KPI saved.
        </p>
      )}
      {rows.length === 0 ? (
        <p className="rounded-xl border border-dashed border-slate-300 bg-white p-8 text-center text-sm text-slate-600">
          No KPIs yet.{" "}
          {isAdmin ? (
            <Link href={`${base}/new`} className="font-medium text-indigo-700 hover:underline">
              Add your first KPI, or start from a preset.
            </Link>
          ) : (
            "An admin of this workspace can add them."
          )}
        </p>
      ) : (
        <KpiList slug={ctx.org.slug} formats={formatsOf(ctx)} rows={rows} canEdit={isAdmin} />
      )}
    </>
  );
}
