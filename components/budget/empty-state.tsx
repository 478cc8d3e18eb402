import Link from "next/link";

export function EmptyBudget({ slug }: { slug: string }) {
  return (
    <section className="rounded-xl border border-dashed border-slate-300 bg-white p-10 text-center" data-testid="budget-empty">
      <p className="font-medium">No proposed technologies to choose between</p>
      <p className="mt-1 text-sm text-slate-600">
        The optimizer picks from technologies with the status &ldquo;Proposed&rdquo;: add one with its quoted costs and expected benefits, or
        set an existing technology&apos;s status to Proposed.
      </p>
      <Link
        href={`/w/${slug}/portfolio/new`}
        className="mt-4 inline-flex rounded-md bg-indigo-600 px-4 py-2 text-sm font-medium text-white shadow-sm hover:bg-indigo-500"
      >
        Add a proposed technology
      </Link>
    </section>
  );
}
