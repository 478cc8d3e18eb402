import type { kpiDirections, Perspective } from "@/lib/domain/values";
import type { KpiUnit } from "./unit-rules";

export type KpiPreset = {
  key: string;
  name: string;
  perspective: Perspective;
  unit: KpiUnit;
  direction: (typeof kpiDirections)[number];
  description: string;
};

/** Common SMB measures to start a KPI from; the form fills the fields and the user sets baseline and target. */
export const kpiPresets: readonly KpiPreset[] = [
  // Financial
  { key: "cac", name: "Customer acquisition cost (CAC)", perspective: "financial", unit: "currency", direction: "lower", description: "Sales and marketing spend divided by new customers won in the month." },
  { key: "cltv", name: "Customer lifetime value (CLTV)", perspective: "financial", unit: "currency", direction: "higher", description: "Average margin a customer brings over the whole relationship." },
  { key: "cost_per_contact", name: "Cost per customer contact", perspective: "financial", unit: "currency", direction: "lower", description: "Service cost divided by the number of customer contacts handled." },
  { key: "online_revenue_share", name: "Online revenue share", perspective: "financial", unit: "percent", direction: "higher", description: "Share of revenue that comes through digital channels." },
  // Customer
  { key: "conversion_rate", name: "Conversion rate", perspective: "customer", unit: "percent", direction: "higher", description: "Share of visitors or leads that become paying customers." },
  { key: "nps", name: "Net Promoter Score (NPS)", perspective: "customer", unit: "score", direction: "higher", description: "Promoters minus detractors, from −100 to 100." },
  { key: "csat", name: "Customer satisfaction (CSAT)", perspective: "customer", unit: "percent", direction: "higher", description: "Share of surveyed customers who rate their experience as satisfied." },
  { key: "ces", name: "Customer effort score (CES)", perspective: "customer", unit: "score", direction: "lower", description: "How hard customers say it was to get their issue solved (e.g. 1–7)." },
  { key: "churn", name: "Customer churn rate", perspective: "customer", unit: "percent", direction: "lower", description: "Share of customers lost during the month." },
  { key: "first_response", name: "First-response time (hours)", perspective: "customer", unit: "duration", direction: "lower", description: "Average time until a customer's request gets its first answer." },
  // Internal process
  { key: "automation_rate", name: "Process automation rate", perspective: "internal_process", unit: "percent", direction: "higher", description: "Share of routine transactions handled without manual steps." },
  { key: "uptime", name: "System uptime", perspective: "internal_process", unit: "percent", direction: "higher", description: "Share of the month core systems were available." },
  { key: "mttr", name: "Mean time to repair (hours)", perspective: "internal_process", unit: "duration", direction: "lower", description: "Average time from an outage or defect report to its fix." },
  { key: "security_incidents", name: "Security incidents", perspective: "internal_process", unit: "count", direction: "lower", description: "Security incidents (phishing, malware, data leaks) recorded in the month." },
  { key: "time_to_market", name: "Time to market (days)", perspective: "internal_process", unit: "duration", direction: "lower", description: "Days from an approved idea to a product or change in customers' hands." },
  // Learning & growth
  { key: "adoption_rate", name: "Technology adoption rate", perspective: "learning_growth", unit: "percent", direction: "higher", description: "Share of intended users actively using the new tool each month." },
  { key: "enps", name: "Employee NPS (eNPS)", perspective: "learning_growth", unit: "score", direction: "higher", description: "Employee promoters minus detractors, from −100 to 100." },
  { key: "training_hours", name: "Training hours per employee", perspective: "learning_growth", unit: "duration", direction: "higher", description: "Hours of training per employee in the month." },
  { key: "digital_skills", name: "Staff trained on core tools", perspective: "learning_growth", unit: "percent", direction: "higher", description: "Share of staff who completed training on the tools they use." },
];

export function findPreset(key: string): KpiPreset | undefined {
  return kpiPresets.find((p) => p.key === key);
}
