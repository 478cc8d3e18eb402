import Link from "next/link";

/** A workspace without technologies has nothing to place or add up yet: say where to start. */
export function EmptyStrategy({ slug }: { slug: string }) {
  return (
    <section className="rounded-xl border border-dashed border-slate-300 bg-white p-10 text-center" data-testid="strategy-empty">
      <p className="font-medium">No technologies yet.</p>
      <p className="mt-1 text-sm text-slate-600">
        Add the tools you pay for in the{" "}
        <Link href={`/w/${slug}/portfolio`} className="text-indigo-700 hover:underline">
          portfolio
        </Link>
        , with the value-chain activity each serves, to see where they sit on the TIME map and where the money goes.
      </p>
    </section>
  );
}
