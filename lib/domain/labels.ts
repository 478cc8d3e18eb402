import { humanize } from "@/lib/format";

// Where `humanize` reads wrongly ("Crm", "Analytics bi") or says too little.
const special: Record<string, string> = {
  crm: "CRM",
  erp: "ERP",
  ecommerce: "E-commerce",
  cx_automation: "CX automation / chatbot",
  process_automation: "RPA / process automation",
  analytics_bi: "Analytics / BI",
  marketing_sales: "Marketing & sales",
  hr_management: "HR management",
  licence: "Purchase / licence",
  maintenance: "Maintenance / support",
  infrastructure: "Infrastructure / energy",
  one_time: "One-time",
  intangible: "Intangible (financial proxy)",
  learning_growth: "Learning & growth",
  // Audit log entities, as the actions name them.
  kpi: "KPI",
  kpi_measurements: "KPI values",
  actualCost: "Payment",
  actualImport: "Imported payments file",
  matchRule: "Matching rule",
  actualBenefit: "Actual benefit",
};

/** The one label for any enum value of the domain (categories, statuses, perspectives, …). */
export const label = (value: string): string => special[value] ?? humanize(value);

export type RiskTone = "red" | "orange" | "amber" | "emerald";

/** A 5 × 5 likelihood × impact score in the bands a risk matrix colours. */
export function riskLevel(score: number): { label: "Critical" | "High" | "Medium" | "Low"; tone: RiskTone } {
  if (score >= 15) return { label: "Critical", tone: "red" };
  if (score >= 10) return { label: "High", tone: "orange" };
  if (score >= 5) return { label: "Medium", tone: "amber" };
  return { label: "Low", tone: "emerald" };
}
