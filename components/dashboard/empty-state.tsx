import Link from "next/link";

/** A workspace without technologies has nothing to add up yet: say where to start. */
export function EmptyDashboard({ slug }: { slug: string }) {
  return (
    <section className="rounded-xl border border-dashed border-slate-300 bg-white p-10 text-center" data-testid="dashboard-empty">
      <p className="font-medium">No technologies yet.</p>
      <p className="mt-1 text-sm text-slate-600">
        Add the tools you pay for in the{" "}
        <Link href={`/w/${slug}/portfolio`} className="text-indigo-600 hover:underline">
          portfolio
        </Link>{" "}
        to see what they cost and return.
      </p>
    </section>
  );
}
