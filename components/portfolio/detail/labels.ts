import type { Investment, Risk } from "@/db/schema";
import type { RiskTone } from "@/lib/domain/labels";
import type { TimeQuadrant } from "@/lib/finance";

type BadgeColor = "slate" | "blue" | "amber" | "emerald" | "red" | "indigo";

export const statusColor: Record<Investment["status"], BadgeColor> = {
  proposed: "slate",
  approved: "blue",
  implementing: "amber",
  live: "emerald",
  retired: "slate",
};

export const quadrantColor: Record<TimeQuadrant, BadgeColor> = {
  invest: "emerald",
  tolerate: "blue",
  migrate: "amber",
  eliminate: "red",
};

/** Badge colours for the shared risk bands (Tremor has no orange badge tone worth using here). */
export const riskToneColor: Record<RiskTone, BadgeColor> = { red: "red", orange: "red", amber: "amber", emerald: "emerald" };

export const riskStatusColor: Record<Risk["status"], BadgeColor> = {
  open: "red",
  mitigating: "amber",
  accepted: "blue",
  closed: "slate",
};
