/**
 * The integration map as a directed graph: an edge from → to means `from` sends data to `to`, so `to`
 * depends on `from`. Pure functions, no I/O; every traversal tolerates cycles (A → B → A is common:
 * POS ↔ loyalty, ERP ↔ quality) and edges naming unknown nodes.
 */

export type Edge = { from: string; to: string };

export type Dependents = {
  /** Technologies fed directly by this one. */
  direct: number;
  /** Everything downstream of it (direct included, itself never): what breaks if we drop it. */
  transitive: number;
};

/** from → its consumers, each list in first-seen order and without duplicates. */
export function downstreamOf(edges: readonly Edge[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const { from, to } of edges) {
    if (from === to) continue;
    const list = out.get(from) ?? out.set(from, []).get(from)!;
    if (!list.includes(to)) list.push(to);
  }
  return out;
}

/** The technologies that receive data directly from `id`. */
export function directDependents(edges: readonly Edge[], id: string): string[] {
  return downstreamOf(edges).get(id) ?? [];
}

/** Every technology reachable from `id` along from → to edges (breadth first; `id` itself is never included). */
export function transitiveDependents(edges: readonly Edge[], id: string, downstream = downstreamOf(edges)): string[] {
  const seen = new Set<string>([id]);
  const order: string[] = [];
  const queue = [id];
  for (let i = 0; i < queue.length; i++) {
    for (const next of downstream.get(queue[i]) ?? []) {
      if (seen.has(next)) continue;
      seen.add(next);
      order.push(next);
      queue.push(next);
    }
  }
  return order;
}

/** Direct and transitive dependents of every node. */
export function dependentsCounts(nodes: readonly string[], edges: readonly Edge[]): Map<string, Dependents> {
  const downstream = downstreamOf(edges);
  return new Map(
    nodes.map((id) => [id, { direct: (downstream.get(id) ?? []).length, transitive: transitiveDependents(edges, id, downstream).length }]),
  );
}

/** Nodes that neither send nor receive anything, in the order given. */
export function silos(nodes: readonly string[], edges: readonly Edge[]): string[] {
  const linked = new Set<string>();
  for (const { from, to } of edges) {
    if (from === to) continue;
    linked.add(from);
    linked.add(to);
  }
  return nodes.filter((id) => !linked.has(id));
}

/**
 * Layer of each node for a left-to-right drawing: sources at 0, every other node one past its deepest
 * provider. Cycles are broken deterministically: when only nodes inside cycles remain, the one with the
 * fewest unplaced providers is placed next — on a tie the one fed by most placed providers (the entry to the
 * cycle), then the first in `nodes` order. Edges to unknown nodes are ignored.
 */
export function dependencyDepth(nodes: readonly string[], edges: readonly Edge[]): Map<string, number> {
  const known = new Set(nodes);
  const downstream = new Map<string, string[]>();
  const pending = new Map<string, number>(nodes.map((id) => [id, 0]));
  const fed = new Map<string, number>(nodes.map((id) => [id, 0]));
  for (const [from, tos] of downstreamOf(edges)) {
    if (!known.has(from)) continue;
    const list = tos.filter((to) => known.has(to));
    downstream.set(from, list);
    for (const to of list) pending.set(to, pending.get(to)! + 1);
  }
  const depth = new Map<string, number>(nodes.map((id) => [id, 0]));
  const placed = new Set<string>();
  const place = (id: string) => {
    placed.add(id);
    for (const to of downstream.get(id) ?? []) {
      if (placed.has(to)) continue; // a back edge of a broken cycle
      depth.set(to, Math.max(depth.get(to)!, depth.get(id)! + 1));
      pending.set(to, pending.get(to)! - 1);
      fed.set(to, fed.get(to)! + 1);
    }
  };
  while (placed.size < known.size) {
    const ready = nodes.filter((id) => !placed.has(id) && pending.get(id) === 0);
    if (ready.length > 0) {
      for (const id of ready) place(id);
      continue;
    }
    let next: string | undefined;
    const better = (id: string, than: string) => pending.get(id)! - pending.get(than)! || fed.get(than)! - fed.get(id)!;
    for (const id of nodes) if (!placed.has(id) && (next === undefined || better(id, next) < 0)) next = id;
    place(next!);
  }
  return depth;
}
