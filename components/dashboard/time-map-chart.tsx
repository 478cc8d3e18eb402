import { label } from "@/lib/domain/labels";
import { TIME_RULES, type TimeQuadrant } from "@/lib/finance";
import { TimeMapDots } from "./time-map-dots";
import { countByQuadrant, dotRadius, MAP, PLOT, quadrantAdvice, quadrantOrder, quadrantRects, xOf, yOf, type MapDot } from "./time-map-geometry";

/** SVG paint per quadrant, the same hues as the quadrant badges elsewhere (invest emerald, migrate amber, …). */
export const quadrantPaint: Record<TimeQuadrant, { area: string; dot: string; text: string }> = {
  invest: { area: "fill-emerald-50", dot: "fill-emerald-600", text: "fill-emerald-800" },
  migrate: { area: "fill-amber-50", dot: "fill-amber-500", text: "fill-amber-800" },
  tolerate: { area: "fill-blue-50", dot: "fill-blue-600", text: "fill-blue-800" },
  eliminate: { area: "fill-red-50", dot: "fill-red-600", text: "fill-red-800" },
};

export type MapPoint = { id: string; name: string; quadrant: TimeQuadrant; businessValue: number; costRisk: number };

const ticks = [0, 25, 50, 75, 100];
const round1 = (x: number) => Math.round(x * 10) / 10;

/** Each quadrant's name in its outer corner, away from the dividing lines where dots crowd. */
function QuadrantLabel({ quadrant, count }: { quadrant: TimeQuadrant; count: number }) {
  const r = quadrantRects()[quadrant];
  const left = quadrant === "invest" || quadrant === "tolerate";
  const top = quadrant === "invest" || quadrant === "migrate";
  return (
    <text
      x={left ? r.x + 8 : r.x + r.width - 8}
      y={top ? r.y + 18 : r.y + r.height - 8}
      textAnchor={left ? "start" : "end"}
      className={`${quadrantPaint[quadrant].text} pointer-events-none text-[13px] font-semibold`}
      stroke="white"
      strokeWidth={3}
      paintOrder="stroke"
    >
      {label(quadrant)} ({count})
    </text>
  );
}

/**
 * Gartner's TIME map: quadrants and axes drawn on the server, the dots by TimeMapDots (point to name,
 * click to open), and a legend. A `focus` quadrant stays bright while the others fade.
 */
export function TimeMapChart({ points, slug, focus = null, className = "" }: { points: readonly MapPoint[]; slug: string; focus?: TimeQuadrant | null; className?: string }) {
  const counts = countByQuadrant([...points]);
  const rects = quadrantRects();
  const dots: MapDot[] = points.map((p) => [p.id, p.name, round1(xOf(p.costRisk)), round1(yOf(p.businessValue)), quadrantOrder.indexOf(p.quadrant)]);
  const summary = `Scatter of ${points.length} technologies by business value (up) against cost and risk (right), split at ${TIME_RULES.valueHigh}: ${quadrantOrder
    .map((q) => `${counts[q]} ${label(q).toLowerCase()}`)
    .join(", ")}. Point at a dot to name it; click it to open the technology.`;
  return (
    <>
      <svg viewBox={`0 0 ${MAP.width} ${MAP.height}`} className={`h-auto w-full ${className}`} role="img" aria-label={summary}>
        {quadrantOrder.map((q) => (
          <rect key={q} {...rects[q]} className={quadrantPaint[q].area} opacity={focus && focus !== q ? 0.35 : 1} />
        ))}
        {ticks.map((t) => (
          <g key={t} className="fill-slate-500 text-[11px]">
            <line x1={xOf(t)} x2={xOf(t)} y1={MAP.top} y2={MAP.top + PLOT.height} className={t === 50 ? "stroke-slate-400" : "stroke-slate-200"} strokeDasharray={t === 50 ? undefined : "2 3"} />
            <line x1={MAP.left} x2={MAP.left + PLOT.width} y1={yOf(t)} y2={yOf(t)} className={t === 50 ? "stroke-slate-400" : "stroke-slate-200"} strokeDasharray={t === 50 ? undefined : "2 3"} />
            <text x={xOf(t)} y={MAP.top + PLOT.height + 16} textAnchor="middle">
              {t}
            </text>
            <text x={MAP.left - 8} y={yOf(t) + 4} textAnchor="end">
              {t}
            </text>
          </g>
        ))}
        <text x={MAP.left + PLOT.width / 2} y={MAP.height - 6} textAnchor="middle" className="fill-slate-700 text-[12px] font-medium">
          Cost &amp; risk →
        </text>
        <text x={14} y={MAP.top + PLOT.height / 2} textAnchor="middle" transform={`rotate(-90 14 ${MAP.top + PLOT.height / 2})`} className="fill-slate-700 text-[12px] font-medium">
          Business value →
        </text>
        <TimeMapDots dots={dots} radius={dotRadius(points.length)} slug={slug} paints={quadrantOrder.map((q) => quadrantPaint[q].dot)} />
        {/* Labels last, over the dots, haloed in white so a crowded quadrant still reads. */}
        {quadrantOrder.map((q) => (
          <QuadrantLabel key={q} quadrant={q} count={counts[q]} />
        ))}
      </svg>
      <ul className="mt-3 grid gap-1 text-xs text-slate-600 sm:grid-cols-2">
        {quadrantOrder.map((q) => (
          <li key={q} className="flex items-center gap-2">
            <svg width="10" height="10" aria-hidden="true">
              <circle cx="5" cy="5" r="5" className={quadrantPaint[q].dot} />
            </svg>
            {quadrantAdvice[q]}
          </li>
        ))}
      </ul>
    </>
  );
}
