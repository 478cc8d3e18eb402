import Link from "next/link";

export function EmptyBenefits({ slug }: { slug: string }) {
  return (
    <section className="rounded-xl border border-dashed border-slate-300 bg-white p-10 text-center" data-testid="benefits-empty">
      <p className="font-medium">
        Link KPIs to technologies in{" "}
        <Link href={`/w/${slug}/kpis`} className="text-indigo-700 hover:underline">
          KPIs
        </Link>{" "}
        to see what they deliver
      </p>
      <p className="mt-1 text-sm text-slate-600">
        Each KPI can name the technology it measures; this page then sets each technology&apos;s business case beside what its KPIs show.
      </p>
    </section>
  );
}
