"use client";

import { useRouter } from "next/navigation";
import { useMemo, useState, type MouseEvent } from "react";
import { dotsPath, MAP, nearestDot, PLOT, quadrantOrder, type MapDot } from "./time-map-geometry";

/**
 * The map's dots, one path per quadrant, with one pointer layer on top: hovering names the nearest
 * technology, clicking opens it. Hundreds of technologies stay a handful of elements to render and send.
 */
export function TimeMapDots({ dots, radius, slug, paints }: { dots: MapDot[]; radius: number; slug: string; paints: string[] }) {
  const router = useRouter();
  const [hover, setHover] = useState<number | null>(null);
  const paths = useMemo(() => quadrantOrder.map((_, q) => dotsPath(dots, q, radius)), [dots, radius]);

  const dotAt = (e: MouseEvent<SVGRectElement>): number | null => {
    const svg = e.currentTarget.ownerSVGElement;
    const matrix = svg?.getScreenCTM()?.inverse();
    if (!svg || !matrix) return null;
    const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(matrix);
    return nearestDot(dots, p.x, p.y, radius + 3);
  };
  const hovered = hover === null ? null : dots[hover];

  return (
    <g data-testid="time-map-dots" data-count={dots.length}>
      {paths.map((d, q) => (
        <path key={quadrantOrder[q]} d={d} className={`${paints[q]} stroke-white`} strokeWidth={1} fillOpacity={0.8} />
      ))}
      {hovered && (
        <g className="pointer-events-none">
          <circle cx={hovered[2]} cy={hovered[3]} r={radius + 2} className="fill-none stroke-slate-900" strokeWidth={2} />
          <text
            x={Math.min(hovered[2] + radius + 6, MAP.left + PLOT.width - 4)}
            y={hovered[3] - radius - 4}
            textAnchor={hovered[2] > MAP.left + PLOT.width * 0.7 ? "end" : "start"}
            className="fill-slate-900 text-[12px] font-medium"
            stroke="white"
            strokeWidth={3}
            paintOrder="stroke"
          >
            {hovered[1]}
          </text>
        </g>
      )}
      <rect
        x={MAP.left}
        y={MAP.top}
        width={PLOT.width}
        height={PLOT.height}
        fill="transparent"
        style={{ cursor: hovered ? "pointer" : "default" }}
        onPointerMove={(e) => setHover(dotAt(e))}
        onPointerLeave={() => setHover(null)}
        onClick={(e) => {
          const i = dotAt(e);
          if (i !== null) router.push(`/w/${slug}/portfolio/${dots[i][0]}`);
        }}
      />
    </g>
  );
}
