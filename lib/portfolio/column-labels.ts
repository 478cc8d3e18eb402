import { riskLevel, type RiskTone } from "@/lib/domain/labels";
import type { CompletenessGap, PortfolioRow } from "@/lib/portfolio/types";
import type { TableColumn } from "@/lib/portfolio/table-query";
import type { TimeQuadrant } from "@/lib/finance";

// Shared by the table headers, the column menu and the CSV export, so all three say the same thing.

export const columnLabels: Record<TableColumn, string> = {
  name: "Technology",
  category: "Category",
  vendor: "Vendor",
  status: "Status",
  annualRunRateCents: "Annual run-rate",
  tcoCents: "TCO",
  roi: "ROI",
  npvCents: "NPV",
  irrAnnual: "IRR",
  paybackMonths: "Payback (months)",
  alignmentScore: "Alignment",
  riskScore: "Risk",
  timeQuadrant: "TIME",
  nextRenewal: "Next renewal",
  missing: "Completeness",
};

export const quadrantLabels: Record<TimeQuadrant, string> = {
  tolerate: "Tolerate",
  invest: "Invest",
  migrate: "Migrate",
  eliminate: "Eliminate",
};

export const gapLabels: Record<CompletenessGap, string> = {
  owner: "No owner",
  benefit: "No benefit",
  goal: "No goal",
  risk: "No risk",
};

export const missingFilterLabels = { ...gapLabels, any: "Anything missing" } as const;

/** Why a figure is blank, so "—" never looks like a bug. */
export function nullReason(column: TableColumn, row: PortfolioRow): string {
  const noBenefit = row.missing.includes("benefit");
  switch (column) {
    case "roi":
      return "No costs recorded, so there is nothing to return on";
    case "irrAnnual":
      return noBenefit ? "No benefit recorded: the cash flow never turns positive" : "The cash flow never changes sign, so there is no IRR";
    case "paybackMonths":
      return noBenefit ? "No benefit recorded" : "Does not pay back within the analysis horizon";
    case "alignmentScore":
      return "Serves no goal yet";
    case "riskScore":
      return "No risk assessed";
    case "nextRenewal":
      return "No recurring cost with a renewal date";
    case "timeQuadrant":
      return row.status === "retired" ? "Retired: off the TIME map" : "Proposed: on the TIME map once approved";
    default:
      return "Not available";
  }
}

const toneClass: Record<RiskTone, string> = {
  red: "bg-red-50 text-red-700 ring-red-200",
  orange: "bg-orange-50 text-orange-700 ring-orange-200",
  amber: "bg-amber-50 text-amber-800 ring-amber-200",
  emerald: "bg-emerald-50 text-emerald-700 ring-emerald-200",
};

/** The shared risk bands, styled for the table. */
export function riskBadge(score: number): { label: string; className: string } {
  const level = riskLevel(score);
  return { label: level.label, className: toneClass[level.tone] };
}
