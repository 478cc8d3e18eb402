import { Card } from "@/components/ui/card";
import Link from "next/link";
import type { TimeMapPoint } from "@/lib/dashboard/types";
import type { Formats } from "@/lib/format";
import { TimeMapChart } from "./time-map-chart";
import { TimeMapList } from "./time-map-list";

/** A larger portfolio is listed by the portfolio table, sorted by quadrant, rather than on this page. */
const LISTED_UP_TO = 40;

/** The dashboard's TIME map panel: the chart, and below it the same technologies as a list (or a link to the portfolio table). */
export function TimeMap({ points, slug, formats }: { points: TimeMapPoint[]; slug: string; formats: Formats }) {
  return (
    <section aria-labelledby="time-map-heading" className="mt-8">
      <h2 id="time-map-heading" className="text-lg font-semibold text-slate-900">
        TIME map
      </h2>
      <p className="text-sm text-slate-600">Tolerate, invest, migrate or eliminate: each technology&apos;s business value against its cost and risk.</p>
      <Card padding="sm" className="mt-3" data-testid="time-map">
        {points.length === 0 ? (
          <p className="text-sm text-slate-600">No technologies to place yet.</p>
        ) : (
          <>
            <TimeMapChart points={points} slug={slug} className="max-w-3xl" />
            {points.length <= LISTED_UP_TO ? (
              <TimeMapList points={points} slug={slug} formats={formats} />
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
