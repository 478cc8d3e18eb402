import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BenchmarkTable } from "@/components/benchmarking/benchmark-table";
import { PageHeader } from "@/components/ui/page-header";
import { getBenchmark } from "@/lib/benchmarking/view";
import { getTenant } from "@/lib/auth/tenant";

export const metadata: Metadata = { title: "Benchmark" };

type Props = { params: Promise<{ slug: string }> };

export default async function BenchmarkPage({ params }: Props) {
  const { slug } = await params;
  const ctx = await getTenant(slug);
  const view = await getBenchmark(ctx);
  if (!view) notFound();
  return (
    <div data-testid="benchmark-page">
      <PageHeader
        title="Benchmark"
        description={`How ${ctx.org.name}'s key ratios compare with the other client workspaces you work in, this month.`}
      />
      <BenchmarkTable view={view} locale={ctx.org.locale} />
    </div>
  );
}
