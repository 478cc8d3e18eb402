"use client";

import { useRouter } from "next/navigation";
import { useMemo, useState, type MouseEvent } from "react";
import { dotsPath, MAP, nearestDot, PLOT, quadrantOrder, type MapDot } from "./time-map-geometry";

/** The hovered technology's name beside a ring around its dot, kept inside the plot near the right edge. */
function HoverLabel({ dot, radius }: { dot: MapDot; radius: number }) {
  const [, name, x, y] = dot;
  return (
    <g className="pointer-events-none">
      <circle cx={x} cy={y} r={radius + 2} className="fill-none stroke-slate-900" strokeWidth={2} />
      <text
        x={Math.min(x + radius + 6, MAP.left + PLOT.width - 4)}
        y={y - radius - 4}
        textAnchor={x > MAP.left + PLOT.width * 0.7 ? "end" : "start"}
        className="fill-slate-900 text-[12px] font-medium"
        stroke="white"
        strokeWidth={3}
        paintOrder="stroke"
      >
        {name}
      </text>
    </g>
  );
}

/** The index of the dot under the pointer (within a few pixels of its edge), in the SVG's own coordinates. */
function dotUnderPointer(e: MouseEvent<SVGRectElement>, dots: MapDot[], radius: number): number | null {
  const svg = e.currentTarget.ownerSVGElement;
  const matrix = svg?.getScreenCTM()?.inverse();
  if (!svg || !matrix) return null;
  const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(matrix);
  return nearestDot(dots, p.x, p.y, radius + 3);
}

/**
 * The map's dots, one path per quadrant, with one pointer layer on top: hovering names the nearest
 * technology, clicking opens it. Hundreds of technologies stay a handful of elements to render and send.
 */
export function TimeMapDots({ dots, radius, slug, paints }: { dots: MapDot[]; radius: number; slug: string; paints: string[] }) {
  const router = useRouter();
  const [hover, setHover] = useState<number | null>(null);
  const paths = useMemo(() => quadrantOrder.map((_, q) => dotsPath(dots, q, radius)), [dots, radius]);
  const hovered = hover === null ? null : dots[hover];
  return (
    <g data-testid="time-map-dots" data-count={dots.length}>
      {paths.map((d, q) => (
        <path key={quadrantOrder[q]} d={d} className={`${paints[q]} stroke-white`} strokeWidth={1} fillOpacity={0.8} />
      ))}
      {hovered && <HoverLabel dot={hovered} radius={radius} />}
      <rect
        x={MAP.left}
        y={MAP.top}
        width={PLOT.width}
        height={PLOT.height}
        fill="transparent"
        style={{ cursor: hovered ? "pointer" : "default" }}
        onPointerMove={(e) => setHover(dotUnderPointer(e, dots, radius))}
        onPointerLeave={() => setHover(null)}
        onClick={(e) => {
          const i = dotUnderPointer(e, dots, radius);
          if (i !== null) router.push(`/w/${slug}/portfolio/${dots[i][0]}`);
        }}
      />
    </g>
  );
}
