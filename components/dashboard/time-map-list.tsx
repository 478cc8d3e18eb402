import Link from "next/link";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Td, Th } from "@/components/ui/table";
import type { TimeMapPoint } from "@/lib/dashboard/types";
import { label } from "@/lib/domain/labels";
import type { TimeQuadrant } from "@/lib/finance";
import { formatMoney, formatNumber, type Formats } from "@/lib/format";
import { DisclosedTable } from "./disclosed-table";
import { quadrantOrder } from "./time-map-geometry";

/** The same hues as the map's dots: invest green, migrate amber, tolerate blue, eliminate red. */
const quadrantTone: Record<TimeQuadrant, BadgeTone> = { invest: "green", migrate: "amber", tolerate: "blue", eliminate: "red" };

function PointRow({ p, slug, formats }: { p: TimeMapPoint; slug: string; formats: Formats }) {
  return (
    <tr>
      <Th scope="row" className="font-normal">
        <Link href={`/w/${slug}/portfolio/${p.id}`} className="text-indigo-700 hover:underline">
          {p.name}
        </Link>
      </Th>
      <Td>
        <Badge tone={quadrantTone[p.quadrant]}>{label(p.quadrant)}</Badge>
      </Td>
      <Td align="right">{formatNumber(p.businessValue, formats.locale, 0)}</Td>
      <Td align="right">{formatNumber(p.costRisk, formats.locale, 0)}</Td>
      <Td align="right">{formatMoney(p.annualRunRateCents, formats)}</Td>
    </tr>
  );
}

/** The map's dots as a table: quadrant by quadrant, most valuable first, each a link to its technology. */
export function TimeMapList({ points, slug, formats }: { points: TimeMapPoint[]; slug: string; formats: Formats }) {
  const rank = (p: TimeMapPoint) => quadrantOrder.indexOf(p.quadrant);
  const sorted = [...points].sort((a, b) => rank(a) - rank(b) || b.businessValue - a.businessValue || a.name.localeCompare(b.name));
  return (
    <DisclosedTable
      testId="time-map-list"
      summary={`List the ${points.length} technologies on the map`}
      caption="Technologies by TIME quadrant, business value and cost & risk"
      columns={["Technology", "Quadrant", { label: "Business value", numeric: true }, { label: "Cost & risk", numeric: true }, { label: "Run-rate / year", numeric: true }]}
    >
      {sorted.map((p) => (
        <PointRow key={p.id} p={p} slug={slug} formats={formats} />
      ))}
    </DisclosedTable>
  );
}
