import { Card } from "@tremor/react";
import Link from "next/link";
import type { TimeMapPoint } from "@/lib/dashboard/types";
import { TIME_RULES, type TimeQuadrant } from "@/lib/finance";
import { label } from "@/lib/domain/labels";
import { TimeMapDots } from "./time-map-dots";
import { countByQuadrant, dotRadius, MAP, PLOT, quadrantAdvice, quadrantOrder, quadrantRects, xOf, yOf, type MapDot } from "./time-map-geometry";
import { TimeMapList } from "./time-map-list";

/** SVG paint per quadrant, the same hues as the quadrant badges elsewhere (invest emerald, migrate amber, …). */
export const quadrantPaint: Record<TimeQuadrant, { area: string; dot: string; text: string }> = {
  invest: { area: "fill-emerald-50", dot: "fill-emerald-600", text: "fill-emerald-800" },
  migrate: { area: "fill-amber-50", dot: "fill-amber-500", text: "fill-amber-800" },
  tolerate: { area: "fill-blue-50", dot: "fill-blue-600", text: "fill-blue-800" },
  eliminate: { area: "fill-red-50", dot: "fill-red-600", text: "fill-red-800" },
};

const ticks = [0, 25, 50, 75, 100];
/** A larger portfolio is listed by the portfolio table, sorted by quadrant, rather than on this page. */
const LISTED_UP_TO = 40;
const round1 = (x: number) => Math.round(x * 10) / 10;
const labelPos: Record<TimeQuadrant, { dx: number; dy: number; anchor: "start" | "end"; corner: "tl" | "tr" | "bl" | "br" }> = {
  invest: { dx: 8, dy: 18, anchor: "start", corner: "tl" },
  migrate: { dx: -8, dy: 18, anchor: "end", corner: "tr" },
  tolerate: { dx: 8, dy: -8, anchor: "start", corner: "bl" },
  eliminate: { dx: -8, dy: -8, anchor: "end", corner: "br" },
};

function QuadrantLabel({ quadrant, count }: { quadrant: TimeQuadrant; count: number }) {
  const r = quadrantRects()[quadrant];
  const p = labelPos[quadrant];
  const x = (p.corner === "tl" || p.corner === "bl" ? r.x : r.x + r.width) + p.dx;
  const y = (p.corner === "tl" || p.corner === "tr" ? r.y : r.y + r.height) + p.dy;
  return (
    <text x={x} y={y} textAnchor={p.anchor} className={`${quadrantPaint[quadrant].text} pointer-events-none text-[13px] font-semibold`} stroke="white" strokeWidth={3} paintOrder="stroke">
      {label(quadrant)} ({count})
    </text>
  );
}

/** Gartner's TIME map: quadrants and axes drawn on the server, the dots by TimeMapDots; the list below (or the portfolio table) carries the same links. */
export function TimeMap({ points, slug, currency }: { points: TimeMapPoint[]; slug: string; currency: string }) {
  const counts = countByQuadrant(points);
  const rects = quadrantRects();
  const r = dotRadius(points.length);
  const dots: MapDot[] = points.map((p) => [p.id, p.name, round1(xOf(p.costRisk)), round1(yOf(p.businessValue)), quadrantOrder.indexOf(p.quadrant)]);
  const summary = `Scatter of ${points.length} technologies by business value (up) against cost and risk (right), split at ${TIME_RULES.valueHigh}: ${quadrantOrder.map((q) => `${counts[q]} ${label(q).toLowerCase()}`).join(", ")}. Point at a dot to name it; click it to open the technology.`;
  return (
    <section aria-labelledby="time-map-heading" className="mt-8">
      <h2 id="time-map-heading" className="text-lg font-semibold text-slate-900">
        TIME map
      </h2>
      <p className="text-sm text-slate-600">Tolerate, invest, migrate or eliminate: each technology&apos;s business value against its cost and risk.</p>
      <Card className="mt-3 p-4" data-testid="time-map">
        {points.length === 0 ? (
          <p className="text-sm text-slate-600">No technologies to place yet.</p>
        ) : (
          <>
            <svg viewBox={`0 0 ${MAP.width} ${MAP.height}`} className="h-auto w-full max-w-3xl" role="img" aria-label={summary}>
              {quadrantOrder.map((q) => (
                <rect key={q} {...rects[q]} className={quadrantPaint[q].area} />
              ))}
              {ticks.map((t) => (
                <g key={t} className="fill-slate-500 text-[11px]">
                  <line x1={xOf(t)} x2={xOf(t)} y1={MAP.top} y2={MAP.top + PLOT.height} className={t === 50 ? "stroke-slate-400" : "stroke-slate-200"} strokeDasharray={t === 50 ? undefined : "2 3"} />
                  <line x1={MAP.left} x2={MAP.left + PLOT.width} y1={yOf(t)} y2={yOf(t)} className={t === 50 ? "stroke-slate-400" : "stroke-slate-200"} strokeDasharray={t === 50 ? undefined : "2 3"} />
                  <text x={xOf(t)} y={MAP.top + PLOT.height + 16} textAnchor="middle">{t}</text>
                  <text x={MAP.left - 8} y={yOf(t) + 4} textAnchor="end">{t}</text>
                </g>
              ))}
              <text x={MAP.left + PLOT.width / 2} y={MAP.height - 6} textAnchor="middle" className="fill-slate-700 text-[12px] font-medium">
                Cost &amp; risk →
              </text>
              <text x={14} y={MAP.top + PLOT.height / 2} textAnchor="middle" transform={`rotate(-90 14 ${MAP.top + PLOT.height / 2})`} className="fill-slate-700 text-[12px] font-medium">
                Business value →
              </text>
              <TimeMapDots dots={dots} radius={r} slug={slug} paints={quadrantOrder.map((q) => quadrantPaint[q].dot)} />
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
            {points.length <= LISTED_UP_TO ? (
              <TimeMapList points={points} slug={slug} currency={currency} />
            ) : (
              <Link href={`/w/${slug}/portfolio?sort=timeQuadrant`} className="mt-4 inline-block text-sm font-medium text-indigo-700 hover:underline">
                See all {points.length} technologies by quadrant in the portfolio →
              </Link>
            )}
          </>
        )}
      </Card>
    </section>
  );
}
