import { Card } from "@/components/ui/card";
import { getIntegrationMap } from "@/lib/integrations/view";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { label } from "@/lib/domain/labels";
import { layoutIntegrationMap, NODE_H, NODE_W, type PlacedNode } from "@/lib/integrations/layout";
import type { IntegrationMap as MapData } from "@/lib/integrations/types";
import { DependentsTable } from "./dependents-table";
import { SiloList } from "./silo-list";

const ARROW = "integration-arrow";

const nodeTone = (n: PlacedNode, silo: boolean) => {
  if (silo) return { box: "fill-amber-50 stroke-amber-400", text: "fill-amber-900" };
  if (n.status === "retired") return { box: "fill-slate-50 stroke-slate-300", text: "fill-slate-500" };
  if (n.status === "live") return { box: "fill-white stroke-indigo-400", text: "fill-slate-900" };
  return { box: "fill-white stroke-slate-400 [stroke-dasharray:4_3]", text: "fill-slate-700" }; // not live yet
};

function Node({ n, slug, silo, dependents }: { n: PlacedNode; slug: string; silo: boolean; dependents: number }) {
  const tone = nodeTone(n, silo);
  const what = silo ? "no integrations" : `${dependents} ${dependents === 1 ? "technology depends" : "technologies depend"} on it`;
  return (
    <a href={`/w/${slug}/portfolio/${n.id}`} data-testid="integration-node" data-id={n.id} data-silo={silo || undefined} aria-label={`${n.name}: ${what}`} className="group">
      <title>{`${n.name} (${label(n.status)}): ${what}`}</title>
      <rect x={n.x} y={n.y} width={NODE_W} height={NODE_H} rx={6} className={`${tone.box} stroke-[1.5] group-hover:stroke-indigo-600 group-focus:stroke-indigo-600`} />
      <text x={n.x + 10} y={n.y + 17} className={`${tone.text} text-[12px] font-medium`}>
        {n.label}
      </text>
      <text x={n.x + 10} y={n.y + 31} className="fill-slate-500 text-[10px]">
        {label(n.category)}
        {n.status !== "live" ? ` · ${label(n.status)}` : ""}
        {!silo && dependents > 0 ? ` · ${dependents} depend` : ""}
      </text>
    </a>
  );
}

/** The map itself: a server-rendered SVG, data flowing left to right, silos in a strip beneath. */
export function IntegrationMap({ map, slug }: { map: MapData; slug: string }) {
  const layout = layoutIntegrationMap(map.nodes, map.edges);
  const count = (id: string) => map.dependents[id]?.transitive ?? 0;
  return (
    <figure className="m-0">
      <div className="relative overflow-x-auto">
        <svg
          width={layout.width}
          height={layout.height}
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          role="group"
          aria-labelledby="integration-map-caption"
          className="block max-w-none font-sans"
          data-testid="integration-map"
        >
          <Edges layout={layout} names={new Map(map.nodes.map((n) => [n.id, n.name]))} />
          {layout.nodes.map((n) => (
            <Node key={n.id} n={n} slug={slug} silo={false} dependents={count(n.id)} />
          ))}
          <SiloStrip layout={layout} />
          {layout.silos.map((n) => (
            <Node key={n.id} n={n} slug={slug} silo dependents={0} />
          ))}
        </svg>
      </div>
      <figcaption id="integration-map-caption" className="border-t border-slate-100 px-4 py-2 text-xs text-slate-500">
        Integration map: arrows point from the technology that sends data to the one that receives it (and depends on it); columns go one
        dependency level deeper left to right. Dashed boxes are not live yet; dashed arrows close a loop.
      </figcaption>
    </figure>
  );
}

type Layout = ReturnType<typeof layoutIntegrationMap>;

/** The arrowhead and one arrow per integration, each titled with what flows. */
function Edges({ layout, names }: { layout: Layout; names: Map<string, string> }) {
  return (
    <>
      <defs>
        <marker id={ARROW} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M 0 0 L 10 5 L 0 10 z" className="fill-slate-500" />
        </marker>
      </defs>
      <g aria-hidden>
        {layout.edges.map((e) => (
          <path
            key={e.id}
            d={e.path}
            markerEnd={`url(#${ARROW})`}
            data-testid="integration-edge"
            className={`fill-none stroke-slate-400 stroke-[1.5] ${e.backward ? "[stroke-dasharray:5_4]" : ""}`}
          >
            <title>{`${names.get(e.from)} → ${names.get(e.to)}${e.description ? `: ${e.description}` : ""}`}</title>
          </path>
        ))}
      </g>
    </>
  );
}

/** The rule and heading above the technologies that exchange no data. */
function SiloStrip({ layout }: { layout: Layout }) {
  if (layout.siloTop === null) return null;
  return (
    <>
      {layout.nodes.length > 0 && <line x1={8} x2={layout.width - 8} y1={layout.siloTop - 16} y2={layout.siloTop - 16} className="stroke-slate-200" />}
      <text x={16} y={layout.siloTop + 12} className="fill-amber-800 text-[12px] font-semibold">
        Silos: no data in or out
      </text>
    </>
  );
}

/** The map, the silos and what depends on what, loaded for one workspace: place it on any workspace page. */
export async function IntegrationMapPanel({ ctx }: { ctx: TenantCtx }) {
  const map = await getIntegrationMap(ctx);
  const slug = ctx.org.slug;
  if (map.nodes.length === 0) {
    return (
      <Card padding="lg" className="text-sm text-slate-600" data-testid="integration-map-empty">
        No technologies yet: add technologies to the portfolio, then record on each one which others it exchanges data with.
      </Card>
    );
  }
  return (
    <section aria-labelledby="integration-map-heading" className="space-y-6" data-testid="integration-map-panel">
      <div>
        <h2 id="integration-map-heading" className="text-lg font-semibold text-slate-900">
          Integration map
        </h2>
        <p className="mt-0.5 text-sm text-slate-600" data-testid="integration-summary">
          {map.nodes.length} technologies, {map.edges.length} {map.edges.length === 1 ? "integration" : "integrations"}, {map.silos.length}{" "}
          {map.silos.length === 1 ? "silo" : "silos"}. Links are added on each technology&apos;s page.
        </p>
      </div>
      <Card padding="none">
        {map.edges.length === 0 && (
          <p className="border-b border-slate-100 px-4 py-3 text-sm text-slate-600" data-testid="integration-map-no-links">
            No integrations recorded yet: open a technology and add which others it sends data to or receives data from.
          </p>
        )}
        <IntegrationMap map={map} slug={slug} />
      </Card>
      <SiloList map={map} slug={slug} />
      <DependentsTable map={map} slug={slug} />
    </section>
  );
}
