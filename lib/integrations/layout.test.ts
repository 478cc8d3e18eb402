import { describe, expect, it } from "vitest";
import { layoutIntegrationMap, NODE_H, NODE_W, truncate } from "./layout";
import type { MapNode } from "./types";

const node = (id: string, category: MapNode["category"] = "other", name = id): MapNode => ({ id, name, category, status: "live" });
const edge = (from: string, to: string) => ({ id: `${from}>${to}`, from, to, description: "" });

const nodes = [node("online", "ecommerce"), node("pos"), node("accounting"), node("loyalty", "crm"), node("mfa", "cybersecurity"), node("wifi", "marketing_automation")];
const edges = [edge("online", "pos"), edge("pos", "accounting"), edge("pos", "loyalty"), edge("loyalty", "pos")];

const overlaps = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.abs(a.x - b.x) < NODE_W && Math.abs(a.y - b.y) < NODE_H;

describe("layoutIntegrationMap", () => {
  const layout = layoutIntegrationMap(nodes, edges);
  const at = (id: string) => [...layout.nodes, ...layout.silos].find((n) => n.id === id)!;

  it("is deterministic whatever the input order", () => {
    expect(layoutIntegrationMap([...nodes].reverse(), [...edges].reverse())).toEqual({ ...layout, edges: [...layout.edges].reverse() });
  });

  it("puts providers left of their consumers, one column per dependency level", () => {
    expect(at("online").x).toBeLessThan(at("pos").x);
    expect(at("pos").x).toBeLessThan(at("accounting").x);
    expect(at("accounting").x).toBe(at("loyalty").x);
    expect(layout.nodes.map((n) => n.id).sort()).toEqual(["accounting", "loyalty", "online", "pos"]);
  });

  it("draws the link against the flow of a cycle as a loop, the others forwards", () => {
    expect(layout.edges.filter((e) => e.backward).map((e) => e.id)).toEqual(["loyalty>pos"]);
    for (const e of layout.edges) expect(e.path).toMatch(/^M [\d.]+ [\d.]+ C /);
  });

  it("sets silos apart below the graph, and keeps every node inside the canvas without overlaps", () => {
    expect(layout.silos.map((n) => n.id)).toEqual(["wifi", "mfa"]); // in category order: marketing automation, then cybersecurity
    const graphBottom = Math.max(...layout.nodes.map((n) => n.y + NODE_H));
    expect(layout.siloTop).toBeGreaterThan(graphBottom);
    for (const s of layout.silos) expect(s.y).toBeGreaterThan(layout.siloTop!);
    const all = [...layout.nodes, ...layout.silos];
    all.forEach((a, i) => {
      expect(a.x).toBeGreaterThanOrEqual(0);
      expect(a.x + NODE_W).toBeLessThanOrEqual(layout.width);
      expect(a.y + NODE_H).toBeLessThanOrEqual(layout.height);
      all.slice(i + 1).forEach((b) => expect(overlaps(a, b), `${a.id} / ${b.id}`).toBe(false));
    });
  });

  it("copes with no links, no technologies and links to unknown ones", () => {
    const lonely = layoutIntegrationMap([node("a"), node("b")], [edge("a", "ghost")]);
    expect(lonely.nodes).toEqual([]);
    expect(lonely.edges).toEqual([]);
    expect(lonely.silos.map((n) => n.id)).toEqual(["a", "b"]);
    const empty = layoutIntegrationMap([], []);
    expect(empty).toMatchObject({ nodes: [], edges: [], silos: [], siloTop: null });
  });

  it("shortens long names for the box, keeping short ones", () => {
    expect(truncate("Cloud POS")).toBe("Cloud POS");
    const long = truncate("Machine IoT sensors & predictive maintenance");
    expect(long.length).toBeLessThanOrEqual(25);
    expect(long.endsWith("…")).toBe(true);
  });
});
