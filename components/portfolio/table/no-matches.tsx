import Link from "next/link";

/** The row a filtered table shows when nothing matches: what is missing, and the way back to every row. */
export function NoMatches({ colSpan, clearHref, noun }: { colSpan: number; clearHref: string; noun: string }) {
  return (
    <tr>
      <td colSpan={colSpan} className="px-3 py-12 text-center">
        <p className="font-medium text-slate-900">No {noun} match these filters</p>
        <Link href={clearHref} className="mt-2 inline-block text-sm text-indigo-700 hover:underline">
          Clear filters
        </Link>
      </td>
    </tr>
  );
}
