import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { StatTile } from "@/components/ui/stat-tile";
import { getPortfolioSummary } from "@/db/queries/portfolio";
import { getTenant } from "@/lib/auth/tenant";
import { formatMoney } from "@/lib/format";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage({ params }: { params: Promise<{ slug: string }> }) {
  const ctx = await getTenant((await params).slug);
  const summary = await getPortfolioSummary(ctx);
  return (
    <>
      <PageHeader title={ctx.org.name} description="Is your technology paying off? The headline figures of this workspace." />
      {summary.technologies === 0 ? (
        <section className="rounded-xl border border-dashed border-slate-300 bg-white p-10 text-center">
          <p className="font-medium">No technologies yet.</p>
          <p className="mt-1 text-sm text-slate-600">
            Add the tools you pay for in the{" "}
            <Link href={`/w/${ctx.org.slug}/portfolio`} className="text-indigo-600 hover:underline">
              portfolio
            </Link>{" "}
            to see what they cost and return.
          </p>
        </section>
      ) : (
        <div className="grid gap-4 sm:grid-cols-2">
          <StatTile label="Technologies" value={String(summary.technologies)} detail={`${summary.live} live`} testId="stat-technologies" />
          <StatTile
            label="Annual run-rate cost"
            value={formatMoney(summary.annualRunRateCents, ctx.org.currency)}
            detail="Recurring costs active this month, annualised"
            testId="stat-run-rate"
          />
        </div>
      )}
    </>
  );
}
