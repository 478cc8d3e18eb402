import Link from "next/link";

/** A report of a workspace with no technologies and no KPIs: where to start instead. */
export function NothingToReview({ slug }: { slug: string }) {
  return (
    <p role="status" className="mt-6 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-800 print:hidden">
      Nothing to review yet: add technologies in the{" "}
      <Link href={`/w/${slug}/portfolio`} className="font-medium underline">
        portfolio
      </Link>{" "}
      and KPIs on the{" "}
      <Link href={`/w/${slug}/kpis`} className="font-medium underline">
        KPIs page
      </Link>
      .
    </p>
  );
}
