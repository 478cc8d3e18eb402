import { Badge } from "@tremor/react";
import Link from "next/link";
import { quadrantColor } from "@/components/portfolio/detail/labels";
import type { TimeMapPoint } from "@/lib/dashboard/types";
import { label } from "@/lib/domain/labels";
import { formatMoney, formatNumber, type Formats } from "@/lib/format";
import { quadrantOrder } from "./time-map-geometry";

const th = "px-3 py-1.5 text-left text-xs font-medium uppercase tracking-wide text-slate-500";
const td = "px-3 py-1.5 tabular-nums text-slate-700";

/** The map's dots as a table: quadrant by quadrant, most valuable first, each a link to its technology. */
export function TimeMapList({ points, slug, formats }: { points: TimeMapPoint[]; slug: string; formats: Formats }) {
  const rank = (p: TimeMapPoint) => quadrantOrder.indexOf(p.quadrant);
  const sorted = [...points].sort((a, b) => rank(a) - rank(b) || b.businessValue - a.businessValue || a.name.localeCompare(b.name));
  return (
    <details className="mt-4 text-sm" data-testid="time-map-list">
      <summary className="cursor-pointer select-none font-medium text-indigo-700 hover:underline">List the {points.length} technologies on the map</summary>
      <div className="mt-2 max-h-96 overflow-auto rounded-lg border border-slate-200">
        <table className="min-w-full divide-y divide-slate-100">
          <caption className="sr-only">Technologies by TIME quadrant, business value and cost &amp; risk</caption>
          <thead className="sticky top-0 bg-white">
            <tr>
              <th scope="col" className={th}>Technology</th>
              <th scope="col" className={th}>Quadrant</th>
              <th scope="col" className={`${th} text-right`}>Business value</th>
              <th scope="col" className={`${th} text-right`}>Cost &amp; risk</th>
              <th scope="col" className={`${th} text-right`}>Run-rate / year</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {sorted.map((p) => (
              <tr key={p.id}>
                <th scope="row" className="px-3 py-1.5 text-left font-normal">
                  <Link href={`/w/${slug}/portfolio/${p.id}`} className="text-indigo-700 hover:underline">
                    {p.name}
                  </Link>
                </th>
                <td className={td}>
                  <Badge color={quadrantColor[p.quadrant]}>{label(p.quadrant)}</Badge>
                </td>
                <td className={`${td} text-right`}>{formatNumber(p.businessValue, formats.locale, 0)}</td>
                <td className={`${td} text-right`}>{formatNumber(p.costRisk, formats.locale, 0)}</td>
                <td className={`${td} text-right`}>{formatMoney(p.annualRunRateCents, formats)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
