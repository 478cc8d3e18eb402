import Link from "next/link";

/** The first visit to an empty workspace: say what the portfolio is for and how to start it. */
export function EmptyPortfolio({ slug, canAdd }: { slug: string; canAdd: boolean }) {
  return (
    <section className="rounded-xl border border-dashed border-slate-300 bg-white p-10 text-center" data-testid="portfolio-empty">
      <p className="text-lg font-medium text-slate-900">Your portfolio is empty</p>
      <p className="mx-auto mt-1 max-w-md text-sm text-slate-600">
        Add the tools and systems you pay for — their costs, benefits and risks — to see what each one costs over its life and
        what it returns.
      </p>
      {canAdd ? (
        <Link
          href={`/w/${slug}/portfolio/new`}
          className="mt-5 inline-flex items-center rounded-md bg-indigo-600 px-4 py-2 text-sm font-medium text-white shadow-sm hover:bg-indigo-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
        >
          Add your first technology
        </Link>
      ) : (
        <p className="mt-4 text-sm text-slate-500">Ask a member of this workspace to add the first technology.</p>
      )}
    </section>
  );
}
