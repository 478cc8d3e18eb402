import type { Metadata } from "next";
import Link from "next/link";
import { IntegrationMapPanel } from "@/components/integrations/integration-map";
import { TimeMapSection, ValueChainSection } from "@/components/strategy/sections";
import { EmptyStrategy } from "@/components/strategy/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { getStrategy } from "@/lib/strategy/view";
import { getTenant } from "@/lib/auth/tenant";
import { formatsOf } from "@/lib/auth/tenant-context";
import { parseStrategyFilters } from "@/lib/strategy/filters";

export const metadata: Metadata = { title: "Strategy" };

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ quadrant?: string | string[]; category?: string | string[] }>;
};

// No loading.tsx: the tenant must resolve (or 404) before anything streams.
export default async function StrategyPage({ params, searchParams }: Props) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const ctx = await getTenant(slug);
  const view = await getStrategy(ctx);
  // Unknown ?quadrant= or ?category= values are ignored rather than errors.
  const filters = parseStrategyFilters(query);
  const formats = formatsOf(ctx);
  const panel = { view, slug: ctx.org.slug, formats };
  return (
    <div data-testid="strategy-page">
      <PageHeader title="Strategy" description="Which technologies to invest in, migrate, tolerate or eliminate, and which parts of the business the spend serves and pays back." />
      {view.technologyCount === 0 ? (
        <EmptyStrategy slug={ctx.org.slug} />
      ) : (
        <>
          <TimeMapSection {...panel} filters={filters} />
          <ValueChainSection view={view} formats={formats} />
          <div className="mt-10">
            <IntegrationMapPanel ctx={ctx} />
            <Link href={`/w/${ctx.org.slug}/strategy/integrations`} className="mt-2 inline-block text-sm font-medium text-indigo-700 hover:underline">
              The integration map on its own page →
            </Link>
          </div>
        </>
      )}
    </div>
  );
}
