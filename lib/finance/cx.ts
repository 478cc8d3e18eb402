/**
 * Customer-experience, growth and operations metrics. Rates and shares are fractions 0–1 (the UI
 * formats them as %); NPS keeps its native −100…100 scale. A zero denominator that makes a metric
 * meaningless (no survey responses, no customers) is an INVALID_INPUT error; MTBF and MTTR return
 * null when there were no failures / repairs, which is a normal, good month.
 */
import { invalid, requireFinite, requireNonNegative, requirePositive, requireProbability } from "./errors";

function count(value: number, name: string): number {
  if (!Number.isInteger(value) || value < 0) invalid(`${name} must be a whole number ≥ 0, got ${value}`);
  return value;
}

function share(part: number, whole: number, partName: string, wholeName: string): number {
  requireNonNegative(part, partName);
  requirePositive(whole, wholeName);
  if (part > whole) invalid(`${partName} (${part}) cannot exceed ${wholeName} (${whole})`);
  return part / whole;
}

/** Net Promoter Score: % promoters (9–10) − % detractors (0–6), −100…100. */
export function nps({ promoters, passives, detractors }: { promoters: number; passives: number; detractors: number }): number {
  const total = count(promoters, "promoters") + count(passives, "passives") + count(detractors, "detractors");
  if (total === 0) invalid("nps needs at least one survey response");
  return ((promoters - detractors) / total) * 100;
}

/** Customer satisfaction: share of respondents who answered satisfied (4–5 of 5), 0–1. */
export function csat({ satisfied, responses }: { satisfied: number; responses: number }): number {
  return share(count(satisfied, "satisfied"), count(responses, "responses"), "satisfied", "responses");
}

/** Customer effort score: the mean of the effort ratings (scale as surveyed, e.g. 1–7). */
export function ces(scores: readonly number[]): number {
  if (scores.length === 0) invalid("ces needs at least one rating");
  let sum = 0;
  scores.forEach((s, i) => (sum += requireFinite(s, `scores[${i}]`)));
  return sum / scores.length;
}

/** Customers lost during the period / customers at its start. */
export function churnRate({ customersAtStart, customersLost }: { customersAtStart: number; customersLost: number }): number {
  return share(customersLost, customersAtStart, "customersLost", "customersAtStart");
}

/** (customers at end − new customers) / customers at start: the share of the starting base kept. */
export function retentionRate(input: { customersAtStart: number; customersAtEnd: number; newCustomers: number }): number {
  const start = requirePositive(input.customersAtStart, "customersAtStart");
  const retained = requireNonNegative(input.customersAtEnd, "customersAtEnd") - requireNonNegative(input.newCustomers, "newCustomers");
  if (retained < 0) invalid("newCustomers cannot exceed customersAtEnd");
  if (retained > start) invalid("more customers retained than there were at the start");
  return retained / start;
}

/**
 * Customer lifetime value = revenue per customer per period × gross margin / churn per period
 * (expected lifetime = 1/churn periods). Same money unit as the revenue given.
 */
export function cltv(input: { revenuePerCustomer: number; grossMargin?: number; churnRate: number }): number {
  const revenue = requireNonNegative(input.revenuePerCustomer, "revenuePerCustomer");
  const margin = requireProbability(input.grossMargin ?? 1, "grossMargin");
  const churn = requireProbability(input.churnRate, "churnRate");
  if (churn === 0) invalid("churnRate must be above 0: with no churn the lifetime value is unbounded");
  return (revenue * margin) / churn;
}

/** Customer acquisition cost = sales and marketing spend / new customers won. */
export function cac({ salesAndMarketingSpend, newCustomers }: { salesAndMarketingSpend: number; newCustomers: number }): number {
  requireNonNegative(salesAndMarketingSpend, "salesAndMarketingSpend");
  if (count(newCustomers, "newCustomers") === 0) invalid("cac needs at least one new customer");
  return salesAndMarketingSpend / newCustomers;
}

export function cltvToCac(cltvValue: number, cacValue: number): number {
  requireNonNegative(cltvValue, "cltv");
  return cltvValue / requirePositive(cacValue, "cac");
}

/** Share of process instances (e.g. invoices) handled without manual work. */
export function processAutomationRate({ automated, total }: { automated: number; total: number }): number {
  return share(automated, total, "automated", "total");
}

/** Active users / users expected to use the tool. */
export function adoptionRate({ activeUsers, eligibleUsers }: { activeUsers: number; eligibleUsers: number }): number {
  return share(activeUsers, eligibleUsers, "activeUsers", "eligibleUsers");
}

/** (period − downtime) / period, any one time unit. */
export function uptime({ periodMinutes, downtimeMinutes }: { periodMinutes: number; downtimeMinutes: number }): number {
  return 1 - share(downtimeMinutes, periodMinutes, "downtimeMinutes", "periodMinutes");
}

/** Mean time between failures = operating time / failures; null with no failures. */
export function mtbf({ operatingHours, failures }: { operatingHours: number; failures: number }): number | null {
  requireNonNegative(operatingHours, "operatingHours");
  return count(failures, "failures") === 0 ? null : operatingHours / failures;
}

/** Mean time to repair = total repair time / repairs; null with no repairs. */
export function mttr({ repairHours, repairs }: { repairHours: number; repairs: number }): number | null {
  requireNonNegative(repairHours, "repairHours");
  return count(repairs, "repairs") === 0 ? null : repairHours / repairs;
}

/** Steady-state availability MTBF / (MTBF + MTTR). */
export function availability(mtbfHours: number, mttrHours: number): number {
  requireNonNegative(mtbfHours, "mtbf");
  requireNonNegative(mttrHours, "mttr");
  if (mtbfHours + mttrHours === 0) invalid("mtbf + mttr must be above 0");
  return mtbfHours / (mtbfHours + mttrHours);
}
