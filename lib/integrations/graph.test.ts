import { describe, expect, it } from "vitest";
import { dependencyDepth, dependentsCounts, directDependents, silos, transitiveDependents, type Edge } from "./graph";

const e = (from: string, to: string): Edge => ({ from, to });

// The café: online ordering → POS → accounting; POS → loyalty; loyalty → POS (a cycle); MFA alone.
const cafe = [e("online", "pos"), e("pos", "accounting"), e("pos", "loyalty"), e("loyalty", "pos"), e("scheduling", "accounting")];
const cafeNodes = ["online", "pos", "accounting", "loyalty", "scheduling", "mfa"];

describe("dependents", () => {
  it("counts direct consumers only once per pair", () => {
    expect(directDependents([...cafe, e("pos", "accounting")], "pos")).toEqual(["accounting", "loyalty"]);
    expect(directDependents(cafe, "accounting")).toEqual([]);
    expect(directDependents(cafe, "unknown")).toEqual([]);
  });

  it("follows from → to edges transitively, breadth first", () => {
    expect(transitiveDependents(cafe, "online")).toEqual(["pos", "accounting", "loyalty"]);
    expect(transitiveDependents(cafe, "scheduling")).toEqual(["accounting"]);
    expect(transitiveDependents(cafe, "accounting")).toEqual([]);
  });

  it("terminates on cycles and never counts the technology itself", () => {
    expect(transitiveDependents(cafe, "pos")).toEqual(["accounting", "loyalty"]);
    expect(transitiveDependents(cafe, "loyalty")).toEqual(["pos", "accounting"]);
    const ring = [e("a", "b"), e("b", "c"), e("c", "a")];
    expect(transitiveDependents(ring, "a").sort()).toEqual(["b", "c"]);
    expect(transitiveDependents([e("a", "a")], "a")).toEqual([]);
  });

  it("gives direct and transitive counts for every node", () => {
    const counts = dependentsCounts(cafeNodes, cafe);
    expect(Object.fromEntries(counts)).toEqual({
      online: { direct: 1, transitive: 3 },
      pos: { direct: 2, transitive: 2 },
      accounting: { direct: 0, transitive: 0 },
      loyalty: { direct: 1, transitive: 2 },
      scheduling: { direct: 1, transitive: 1 },
      mfa: { direct: 0, transitive: 0 },
    });
  });

  it("handles a long chain without recursion limits", () => {
    const n = 5000;
    const chain = Array.from({ length: n - 1 }, (_, i) => e(`t${i}`, `t${i + 1}`));
    expect(transitiveDependents(chain, "t0")).toHaveLength(n - 1);
    expect(transitiveDependents(chain, `t${n - 1}`)).toHaveLength(0);
  });
});

describe("silos", () => {
  it("are the technologies that neither send nor receive", () => {
    expect(silos(cafeNodes, cafe)).toEqual(["mfa"]);
    expect(silos(["a", "b"], [])).toEqual(["a", "b"]);
    expect(silos(["a"], [e("a", "a")])).toEqual(["a"]); // a self-loop is no integration
    expect(silos(["a", "b", "c"], [e("b", "c")])).toEqual(["a"]);
  });
});

describe("dependencyDepth", () => {
  it("puts sources first and each consumer one past its deepest provider", () => {
    const depth = dependencyDepth(["a", "b", "c", "d"], [e("a", "b"), e("b", "c"), e("a", "c"), e("d", "c")]);
    expect(Object.fromEntries(depth)).toEqual({ a: 0, b: 1, c: 2, d: 0 });
  });

  it("breaks cycles deterministically and places every node", () => {
    const depth = dependencyDepth(cafeNodes, cafe);
    expect(Object.fromEntries(depth)).toEqual({ online: 0, pos: 1, accounting: 2, loyalty: 2, scheduling: 0, mfa: 0 });
    const ring = dependencyDepth(["a", "b", "c"], [e("a", "b"), e("b", "c"), e("c", "a")]);
    expect(Object.fromEntries(ring)).toEqual({ a: 0, b: 1, c: 2 });
    expect(dependencyDepth(["a", "b", "c"], [e("a", "b"), e("b", "c"), e("c", "a")])).toEqual(ring);
  });

  it("ignores edges to technologies it was not given", () => {
    expect(Object.fromEntries(dependencyDepth(["a"], [e("a", "ghost"), e("ghost", "a")]))).toEqual({ a: 0 });
  });
});

describe("dependencyDepth cycle entry", () => {
  it("enters a cycle where the data comes in, whatever the order of the nodes", () => {
    // loyalty ⇄ pos, fed by online: pos is the entry, so loyalty sits after it.
    const edges = [e("online", "pos"), e("pos", "loyalty"), e("loyalty", "pos")];
    expect(Object.fromEntries(dependencyDepth(["loyalty", "online", "pos"], edges))).toEqual({ loyalty: 2, online: 0, pos: 1 });
  });
});
