import Link from "next/link";

export function EmptyScorecard({ slug }: { slug: string }) {
  return (
    <section className="rounded-xl border border-dashed border-slate-300 bg-white p-10 text-center" data-testid="scorecard-empty">
      <p className="font-medium">Define KPIs to see your scorecard</p>
      <p className="mt-1 text-sm text-slate-600">
        Add the measures you review each month on the{" "}
        <Link href={`/w/${slug}/kpis`} className="text-indigo-700 hover:underline">
          KPIs page
        </Link>
        ; the scorecard scores them across the four perspectives.
      </p>
    </section>
  );
}
