/**
 * The one cache of computed figures: results per workspace, reused while the workspace's change marker is
 * the same. The marker is read from the database on every request (db/queries/portfolio.ts `changeMarker`:
 * the latest audit id, which only writes move, and the day), so several app processes each keep their own
 * copy and none serves a stale one. Values are frozen and shared between requests: never mutate one.
 */
import { deepFreeze } from "@/lib/deep-freeze";

export interface MarkerCache<V> {
  /** The value for (workspace, key) computed under `marker`, or `compute()`'s result, remembered. */
  get(orgId: string, marker: string, key: string, compute: () => Promise<V>): Promise<V>;
  /** The value remembered for (workspace, key) under `marker`, if any: for callers that compute many workspaces at once. */
  peek(orgId: string, marker: string, key: string): V | undefined;
  /** Remembers a value computed under `marker` (frozen), and returns it. */
  set(orgId: string, marker: string, key: string, value: V): V;
}

/**
 * A cache of up to `maxWorkspaces` workspaces (least recently computed dropped first), each with up to
 * `maxKeys` values (a month, a scope) under one marker; a new marker drops the workspace's old values.
 */
export function markerCache<V>({ maxWorkspaces = 200, maxKeys = 24 }: { maxWorkspaces?: number; maxKeys?: number } = {}): MarkerCache<V> {
  const entries = new Map<string, { marker: string; values: Map<string, V> }>();
  const cache: MarkerCache<V> = {
    peek(orgId, marker, key) {
      const hit = entries.get(orgId);
      return hit?.marker === marker ? hit.values.get(key) : undefined;
    },
    set(orgId, marker, key, raw) {
      const value = deepFreeze(raw);
      let entry = entries.get(orgId);
      if (entry?.marker !== marker) entry = { marker, values: new Map() };
      entries.delete(orgId); // re-insert: the Map's order is then least recently computed first
      entries.set(orgId, entry);
      if (entries.size > maxWorkspaces) entries.delete(entries.keys().next().value!);
      entry.values.set(key, value);
      if (entry.values.size > maxKeys) entry.values.delete(entry.values.keys().next().value!);
      return value;
    },
    async get(orgId, marker, key, compute) {
      return cache.peek(orgId, marker, key) ?? cache.set(orgId, marker, key, await compute());
    },
  };
  return cache;
}
