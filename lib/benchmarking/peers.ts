/**
 * Which of a consultant's other workspaces a workspace is compared with: those in the same industry, or, when
 * fewer than MIN_PEERS share it, those in the same size band. Pure, so the rules are tested on fixtures.
 */
import type { SizeBand } from "./metrics";

/** Below this many peers a median would all but name a client, so nothing is shown. */
export const MIN_PEERS = 3;

export type PeerBasis = "industry" | "size_band";

export interface PeerCandidate {
  orgId: string;
  industry: string;
  sizeBand: SizeBand;
}

export type PeerSelection<T> = { basis: PeerBasis; peers: T[] } | { basis: null; peers: []; comparable: number };

// "other" is the default for a workspace whose industry was never set: it says nothing two clients share.
const industryKey = (industry: string) => {
  const key = industry.trim().toLowerCase();
  return key === "" || key === "other" ? null : key;
};

export function selectPeers<T extends PeerCandidate>(self: PeerCandidate, workspaces: readonly T[], min = MIN_PEERS): PeerSelection<T> {
  const others = workspaces.filter((w) => w.orgId !== self.orgId);
  const industry = industryKey(self.industry);
  const sameIndustry = industry === null ? [] : others.filter((w) => industryKey(w.industry) === industry);
  if (sameIndustry.length >= min) return { basis: "industry", peers: sameIndustry };
  const sameSize = others.filter((w) => w.sizeBand === self.sizeBand);
  if (sameSize.length >= min) return { basis: "size_band", peers: sameSize };
  return { basis: null, peers: [], comparable: Math.max(sameIndustry.length, sameSize.length) };
}
