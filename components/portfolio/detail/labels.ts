import { format, parseISO } from "date-fns";
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

/** '2026-03-01' → "Mar 2026". */
export const formatMonth = (month: string) => format(parseISO(month), "MMM yyyy");
/** '2026-03-15' → "15 Mar 2026". */
export const formatDate = (date: string) => format(parseISO(date), "d MMM yyyy");
