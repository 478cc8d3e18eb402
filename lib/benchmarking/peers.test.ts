import { describe, expect, it } from "vitest";
import { selectPeers, type PeerCandidate } from "./peers";

const ws = (orgId: string, industry: string, sizeBand: PeerCandidate["sizeBand"] = "small"): PeerCandidate => ({ orgId, industry, sizeBand });
const ids = (selection: ReturnType<typeof selectPeers>) => selection.peers.map((p) => p.orgId);

describe("selectPeers", () => {
  const self = ws("self", "hospitality", "small");

  it("takes the other workspaces of the same industry when there are at least 3, never the workspace itself", () => {
    const all = [self, ws("a", "hospitality", "large"), ws("b", "Hospitality ", "micro"), ws("c", "hospitality"), ws("d", "retail")];
    const selection = selectPeers(self, all);
    expect(selection.basis).toBe("industry");
    expect(ids(selection)).toEqual(["a", "b", "c"]);
  });

  it("falls back to the same size band when fewer than 3 share the industry", () => {
    const all = [self, ws("a", "hospitality", "large"), ws("b", "retail", "small"), ws("c", "legal", "small"), ws("d", "hospitality", "small"), ws("e", "retail", "medium")];
    const selection = selectPeers(self, all);
    expect(selection.basis).toBe("size_band");
    expect(ids(selection)).toEqual(["b", "c", "d"]);
  });

  it("gives no peers when neither basis reaches 3, saying how many came closest", () => {
    const all = [self, ws("a", "hospitality", "large"), ws("b", "hospitality", "large"), ws("c", "retail", "small")];
    expect(selectPeers(self, all)).toEqual({ basis: null, peers: [], comparable: 2 });
    expect(selectPeers(self, [self])).toEqual({ basis: null, peers: [], comparable: 0 });
  });

  it("does not count the unset industry 'other' as an industry shared", () => {
    const vague = ws("self", "other", "medium");
    const all = [vague, ws("a", "other", "medium"), ws("b", "other", "large"), ws("c", "other", "large"), ws("d", "retail", "medium"), ws("e", "legal", "medium")];
    const selection = selectPeers(vague, all);
    expect(selection.basis).toBe("size_band");
    expect(ids(selection)).toEqual(["a", "d", "e"]);
  });
});
