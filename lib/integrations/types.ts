import type { investmentCategories, investmentStatuses } from "@/lib/domain/values";
import type { Dependents } from "./graph";

export type MapNode = {
  id: string;
  name: string;
  category: (typeof investmentCategories)[number];
  status: (typeof investmentStatuses)[number];
};

/** A link: `from` sends data to `to`, which depends on it. */
export type MapEdge = { id: string; from: string; to: string; description: string };

export type IntegrationMap = {
  nodes: MapNode[];
  edges: MapEdge[];
  /** Ids of the nodes without any link, in name order. */
  silos: string[];
  /** Per node id. */
  dependents: Record<string, Dependents>;
};

export type IntegrationLink = { id: string; otherId: string; otherName: string; otherStatus: MapNode["status"]; description: string };

export type TechnologyIntegrations = {
  technology: { id: string; name: string };
  /** This technology → other (the others depend on it). */
  sendsTo: IntegrationLink[];
  /** Other → this technology (it depends on them). */
  receivesFrom: IntegrationLink[];
  /** Every other technology of the workspace, for the link picker. */
  options: { id: string; name: string }[];
  dependents: Dependents & { names: string[] };
};
