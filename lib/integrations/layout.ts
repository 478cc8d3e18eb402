/**
 * A deterministic layered drawing of the integration map: data flows left to right, each column one
 * dependency level deeper; silos sit apart in a strip beneath. Pure: same nodes and edges, same picture.
 */
import { investmentCategories } from "@/lib/domain/values";
import { dependencyDepth, type Edge } from "./graph";
import type { MapNode } from "./types";

export const NODE_W = 184;
export const NODE_H = 40;
const COL_PITCH = NODE_W + 80;
const ROW_PITCH = NODE_H + 22;
const PAD = 16;
const SILO_GAP = 48;
const SILO_COLUMNS_MIN = 3;
const LABEL_CHARS = 25;

export type PlacedNode = MapNode & { x: number; y: number; label: string; layer: number };
export type PlacedEdge = Edge & { id: string; description: string; path: string; backward: boolean };
export type MapLayout = {
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
  silos: PlacedNode[];
  /** Top of the silo strip (its caption sits here), or null when there are no silos. */
  siloTop: number | null;
};

const categoryRank = (c: string) => {
  const i = (investmentCategories as readonly string[]).indexOf(c);
  return i < 0 ? investmentCategories.length : i;
};
const byCategoryThenName = (a: MapNode, b: MapNode) => categoryRank(a.category) - categoryRank(b.category) || a.name.localeCompare(b.name) || a.id.localeCompare(b.id);

export function truncate(text: string, max = LABEL_CHARS): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

type MapEdge = Edge & { id: string; description: string };

/**
 * Columns by dependency depth; inside a column, near the providers already placed (fewer crossings),
 * then by category and name.
 */
function columnsOf(linked: readonly MapNode[], usable: readonly MapEdge[]): MapNode[][] {
  const depth = dependencyDepth(linked.map((n) => n.id), usable);
  const columns: MapNode[][] = [];
  for (const n of linked) (columns[depth.get(n.id)!] ??= []).push(n);
  const row = new Map<string, number>();
  const providers = new Map<string, string[]>();
  for (const e of usable) (providers.get(e.to) ?? providers.set(e.to, []).get(e.to)!).push(e.from);
  columns.forEach((column, layer) => {
    const weight = (n: MapNode) => {
      const rows = (providers.get(n.id) ?? []).map((p) => row.get(p)).filter((r): r is number => r !== undefined);
      return rows.length ? rows.reduce((s, r) => s + r, 0) / rows.length : Number.POSITIVE_INFINITY;
    };
    if (layer > 0) column.sort((a, b) => weight(a) - weight(b) || byCategoryThenName(a, b));
    column.forEach((n, i) => row.set(n.id, i));
  });
  return columns;
}

function placeColumns(columns: readonly MapNode[][], tallest: number): PlacedNode[] {
  const placed: PlacedNode[] = [];
  columns.forEach((column, layer) => {
    const offset = ((tallest - column.length) * ROW_PITCH) / 2; // centre shorter columns
    column.forEach((n, i) => placed.push({ ...n, layer, x: PAD + layer * COL_PITCH, y: PAD + offset + i * ROW_PITCH, label: truncate(n.name) }));
  });
  return placed;
}

/** A curve from the provider's right side into the consumer's left; against the flow (a cycle), a loop underneath. */
function edgePath(s: PlacedNode, t: PlacedNode, backward: boolean): string {
  if (!backward) {
    const [x1, y1, x2, y2] = [s.x + NODE_W, s.y + NODE_H / 2, t.x, t.y + NODE_H / 2];
    const bend = (x2 - x1) / 2;
    return `M ${x1} ${y1} C ${x1 + bend} ${y1}, ${x2 - bend} ${y2}, ${x2} ${y2}`;
  }
  // Leave from the bottom, loop under, come back into the bottom.
  const [x1, y1, x2, y2] = [s.x + NODE_W / 2 + 12, s.y + NODE_H, t.x + NODE_W / 2 - 12, t.y + NODE_H];
  const drop = 28 + Math.abs(s.layer - t.layer) * 8;
  return `M ${x1} ${y1} C ${x1} ${y1 + drop}, ${x2} ${y2 + drop}, ${x2} ${y2}`;
}

function placeEdges(usable: readonly MapEdge[], placed: readonly PlacedNode[]): PlacedEdge[] {
  const at = new Map(placed.map((p) => [p.id, p]));
  return usable.map((e) => {
    const s = at.get(e.from)!;
    const t = at.get(e.to)!;
    const backward = t.layer <= s.layer;
    return { id: e.id, from: e.from, to: e.to, description: e.description, path: edgePath(s, t, backward), backward };
  });
}

/** The silos' strip beneath the graph: its top, its nodes in rows, and the picture's bottom edge. */
function placeSilos(isolated: readonly MapNode[], columnCount: number, graphHeight: number, hasBackward: boolean) {
  const siloColumns = Math.max(SILO_COLUMNS_MIN, columnCount);
  const siloTop = isolated.length === 0 ? null : PAD + graphHeight + (graphHeight > 0 ? SILO_GAP + (hasBackward ? 24 : 0) : 0);
  const silos: PlacedNode[] = isolated.map((n, i) => ({
    ...n,
    layer: -1,
    x: PAD + (i % siloColumns) * COL_PITCH,
    y: siloTop! + 24 + Math.floor(i / siloColumns) * ROW_PITCH,
    label: truncate(n.name),
  }));
  const siloRows = Math.ceil(isolated.length / siloColumns);
  const siloWidth = isolated.length === 0 ? 0 : Math.min(isolated.length, siloColumns) * COL_PITCH - (COL_PITCH - NODE_W);
  const bottom = siloTop === null ? PAD + graphHeight + (hasBackward ? 40 : 0) : siloTop + 24 + siloRows * ROW_PITCH - (ROW_PITCH - NODE_H);
  return { siloTop, silos, siloWidth, bottom };
}

export function layoutIntegrationMap(nodes: readonly MapNode[], edges: readonly MapEdge[]): MapLayout {
  const known = new Set(nodes.map((n) => n.id));
  const usable = edges.filter((e) => e.from !== e.to && known.has(e.from) && known.has(e.to));
  const linkedIds = new Set(usable.flatMap((e) => [e.from, e.to]));
  const linked = nodes.filter((n) => linkedIds.has(n.id)).sort(byCategoryThenName);
  const isolated = nodes.filter((n) => !linkedIds.has(n.id)).sort(byCategoryThenName);

  const columns = columnsOf(linked, usable);
  const tallest = Math.max(0, ...columns.map((c) => c.length));
  const graphHeight = tallest === 0 ? 0 : tallest * ROW_PITCH - (ROW_PITCH - NODE_H);
  const placed = placeColumns(columns, tallest);
  const placedEdges = placeEdges(usable, placed);
  const graphWidth = columns.length === 0 ? 0 : columns.length * COL_PITCH - (COL_PITCH - NODE_W);
  const { siloTop, silos, siloWidth, bottom } = placeSilos(isolated, columns.length, graphHeight, placedEdges.some((e) => e.backward));
  return {
    width: Math.max(graphWidth, siloWidth, NODE_W) + 2 * PAD,
    height: bottom + PAD,
    nodes: placed,
    edges: placedEdges,
    silos,
    siloTop,
  };
}
