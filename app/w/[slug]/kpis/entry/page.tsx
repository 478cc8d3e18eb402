import type { Metadata } from "next";
import Link from "next/link";
import { EntryGrid } from "@/components/kpis/entry-grid";
import { EntryReadOnly } from "@/components/kpis/entry-read-only";
import { MonthPicker } from "@/components/kpis/month-picker";
import { PageHeader } from "@/components/ui/page-header";
import { formatsOf, hasRole } from "@/lib/auth/tenant-context";
import { getTenant } from "@/lib/auth/tenant";
import { formatMonth } from "@/lib/format";
import { loadKpiEntry } from "@/lib/kpis/view";

export const metadata: Metadata = { title: "Monthly KPI values" };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ month?: string | string[] }> };

export default async function KpiEntryPage({ params, searchParams }: Props) {
  const [{ slug }, { month }] = await Promise.all([params, searchParams]);
  const ctx = await getTenant(slug);
  const { period, rows } = await loadKpiEntry(ctx, month);
  const canEnter = hasRole(ctx, "member");
  const formats = formatsOf(ctx);
  return (
    <>
      <Link href={`/w/${ctx.org.slug}/kpis`} className="text-sm text-indigo-700 hover:underline">
        ← KPIs
      </Link>
      <PageHeader
        title={`KPI values for ${formatMonth(period, formats.locale, { long: true })}`}
        description={canEnter ? "Type this month's values; Enter moves to the next KPI, and on the last one saves." : "This month's values, read-only."}
      />
      <div className="mb-4">
        <MonthPicker slug={ctx.org.slug} period={period} locale={formats.locale} />
      </div>
      {rows.length === 0 ? (
        <p className="rounded-xl border border-dashed border-slate-300 bg-white p-8 text-center text-sm text-slate-600">No KPIs defined yet.</p>
      ) : canEnter ? (
        <EntryGrid key={period} slug={ctx.org.slug} formats={formats} period={period} rows={rows} />
      ) : (
        <EntryReadOnly formats={formats} period={period} rows={rows} />
      )}
    </>
  );
}
