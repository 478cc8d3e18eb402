/**
 * Harbor Bakery & Café: 4 sites, ~45 people, USD. Online ordering went live 14 months ago and its share of
 * revenue climbs from 6% to 21%; the waste tracker is only proposed, so the food-waste KPIs stay red.
 */
import { expectedAt } from "../series";
import { benefit, cost, type ActualBenefitSpec, type Calendar, type ClientSpec, type GoalSpec, type IntegrationSpec, type InvestmentSpec, type KpiSpec, type ScenarioSpec } from "../types";

/** Sales across the four sites in a month (USD), before month-to-month noise; the bank's card fees and commissions follow it. */
export const CAFE_MONTHLY_SALES = 150_000;

/** The story of the online revenue share (% of sales) by month offset: 6% before online ordering, 21% last month. */
export const ONLINE_SHARE_PATH: KpiSpec["path"] = [[-24, 6], [-15, 6.2], [-12, 9.5], [-6, 16.5], [-1, 21]];
const ONLINE_SHARE_BEFORE = 6;
/** Contribution margin on an online order once the platform's commission is paid. */
const ONLINE_MARGIN = 0.3;

const ORG: ClientSpec["org"] = {
  slug: "harbor-bakery", name: "Harbor Bakery & Café", industry: "hospitality", sizeBand: "small",
  employees: 45, currency: "USD", locale: "en-US", discountRate: "0.10", fiscalYearStartMonth: 1,
};

const goals = ({ month: m, label }: Calendar): GoalSpec[] => [
  { key: "online", title: "Grow online orders to 25% of revenue", perspective: "financial", targetText: `Online orders ≥ 25% of sales by ${label(13)}`, weight: 35, targetDate: m(13) },
  { key: "waste", title: "Cut food waste 15%", perspective: "internal_process", targetText: "Food waste from 8.5% to 7.2% of purchases", weight: 20, targetDate: m(10) },
  { key: "repeat", title: "Lift repeat visits", perspective: "customer", targetText: "Repeat-visit rate from 38% to 45% of transactions", weight: 25, targetDate: m(12) },
  { key: "secure", title: "Run a secure, reliable back office", perspective: "internal_process", targetText: "No data loss; at most 1 till outage a month", weight: 10, targetDate: m(6) },
  { key: "team", title: "Keep a skilled, stable team", perspective: "learning_growth", targetText: "Turnover below 45%; 90% of staff trained on our tools", weight: 10, targetDate: m(12) },
];

const posTech = ({ day: d }: Calendar): InvestmentSpec => ({
  key: "pos", name: "Cloud POS (4 sites)", vendor: "TillCloud", category: "other", activity: "marketing_sales", status: "live",
  goLive: d(-30, 9), usefulLifeMonths: 60, ownerName: "Maya Torres (Operations)",
  notes: "Per-terminal subscription; replaced the legacy tills. Card fees are billed separately by the processor.",
  costs: [
    cost.oneTime("licence", "8 terminals, card readers and receipt printers", 6400, -30),
    cost.monthly("subscription", "8 terminals × $69/month", 552, -30, { renewal: { date: d(5, 9), noticeDays: 30, upliftPct: 9 } }),
    cost.oneTime("training", "Staff training at 4 sites", 900, -30),
  ],
  benefits: [
    benefit.labour("Faster checkout and end-of-day cash-up", 48, 16.5, -30, { ramp: 2, confidence: 0.9 }),
    benefit.proxy("cost_reduction", "Fewer till errors and voids", 250, "monthly", -30, "≈ 0.1% of card sales no longer lost to keying errors", { confidence: 0.7 }),
  ],
  risks: [{ type: "vendor", title: "Payment processing fees rise at renewal", likelihood: 3, impact: 2, mitigation: "Benchmark two other processors before the renewal date", status: "open" }],
  factors: [["Strategic fit", 25, 4, "qualitative"], ["Financial return", 25, 3, "quantitative"], ["Reliability", 20, 4, "quantitative"], ["Ease of use", 15, 5, "qualitative"], ["Vendor viability", 15, 4, "qualitative"]],
  align: { online: 2, repeat: 2, secure: 3 },
});

const onlineTech = ({ day: d }: Calendar): InvestmentSpec => ({
  key: "online", name: "Online ordering & delivery integration", vendor: "OrderWave", category: "ecommerce", activity: "marketing_sales", status: "live",
  goLive: d(-14, 3), usefulLifeMonths: 48, ownerName: "Maya Torres (Operations)",
  notes: "Own web ordering plus delivery-app integration: monthly platform fee and ≈3% commission on online orders.",
  costs: [
    cost.oneTime("implementation", "Menu setup, POS and delivery-app integration", 2400, -15),
    cost.monthly("subscription", "Platform fee, 4 sites", 249, -14, { renewal: { date: d(10, 3), noticeDays: 60, upliftPct: 9 } }),
    cost.monthly("subscription", "Order commission ≈ 3% of online sales (estimate)", 1150, -14),
  ],
  benefits: [
    benefit.proxy("revenue_increase", "Contribution margin on incremental online orders", 5400, "monthly", -14, "≈ $18,000/month of incremental online sales × 30% contribution margin", { ramp: 9, confidence: 0.8 }),
    // Phone orders move online with the online share: 40 hours a month for 15 points, ≈ $44 a point.
    benefit.labour("Fewer phone orders taken by counter staff", 40, 16.5, -14, { ramp: 3, confidence: 0.85, kpi: { name: "Online revenue share", valuePerUnit: 44 } }),
  ],
  risks: [
    { type: "integration", title: "Delivery-app menu sync errors", likelihood: 3, impact: 2, mitigation: "Single menu source in the POS; nightly sync check", status: "mitigating" },
    { type: "vendor", title: "Commission model changes", likelihood: 2, impact: 3, mitigation: "Push customers to own web ordering (lower fee)", status: "open" },
  ],
  factors: [["Strategic fit", 30, 5, "qualitative"], ["Financial return", 25, 4, "quantitative"], ["Customer experience", 20, 4, "qualitative"], ["Integration", 15, 3, "qualitative"], ["Vendor viability", 10, 4, "qualitative"]],
  align: { online: 5, repeat: 3 },
});

const loyaltyTech = ({ day: d }: Calendar): InvestmentSpec => ({
  key: "loyalty", name: "Loyalty app & CRM", vendor: "Crumb Loyalty", category: "crm", activity: "marketing_sales", status: "live",
  goLive: d(-20, 15), usefulLifeMonths: 36, ownerName: "Sam Okafor (Marketing)",
  notes: "Stamp-card replacement with birthday offers and win-back emails; about $100/month.",
  costs: [
    cost.monthly("subscription", "Loyalty & CRM plan", 99, -20, { renewal: { date: d(4, 15), noticeDays: 30, upliftPct: 9 } }),
    cost.oneTime("training", "Setup, card migration and staff training", 600, -20),
  ],
  benefits: [
    benefit.proxy("revenue_increase", "Margin on extra repeat visits", 1650, "monthly", -20, "≈ 1,100 extra repeat visits/month × $15 basket × 10% net margin", {
      ramp: 6, confidence: 0.7, kpi: { name: "Repeat-visit rate", valuePerUnit: 235 },
    }),
  ],
  risks: [{ type: "compliance", title: "Marketing consent records incomplete", likelihood: 2, impact: 3, mitigation: "Double opt-in at sign-up; quarterly consent audit", status: "mitigating" }],
  factors: [["Strategic fit", 30, 4, "qualitative"], ["Financial return", 25, 3, "quantitative"], ["Customer experience", 25, 5, "qualitative"], ["Ease of use", 20, 4, "qualitative"]],
  align: { repeat: 5, online: 2 },
});

const schedulingTech = ({ day: d }: Calendar): InvestmentSpec => ({
  key: "scheduling", name: "Staff scheduling app", vendor: "RotaReady", category: "collaboration", activity: "hr_management", status: "live",
  goLive: d(-26, 1), usefulLifeMonths: 36, ownerName: "Maya Torres (Operations)",
  notes: "Rotas, shift swaps and time clock; $4 per user per month.",
  costs: [cost.monthly("subscription", "45 staff × $4/user/month", 180, -26)],
  benefits: [
    benefit.labour("Rota planning and shift-swap admin", 30, 24, -26, { ramp: 2 }),
    benefit.proxy("cost_reduction", "Less unplanned overtime", 600, "monthly", -26, "≈ 40 overtime hours/month avoided × $15 premium", { confidence: 0.6 }),
  ],
  risks: [],
  factors: [["Strategic fit", 20, 3, "qualitative"], ["Financial return", 30, 4, "quantitative"], ["Adoption", 30, 5, "quantitative"], ["Ease of use", 20, 4, "qualitative"]],
  align: { team: 4 },
});

const accountingTech = ({ day: d }: Calendar): InvestmentSpec => ({
  key: "accounting", name: "Cloud accounting", vendor: "LedgerLite", category: "other", activity: "firm_infrastructure", status: "live",
  goLive: d(-40, 1), usefulLifeMonths: 60, ownerName: "Priya Shah (Finance)",
  notes: "Bookkeeping, payroll add-on and bank feeds; the outside accountant has read access.",
  costs: [cost.monthly("subscription", "Accounting plan with payroll add-on", 85, -40)],
  benefits: [benefit.labour("Bank reconciliation and bookkeeping", 14, 30, -40, { ramp: 1 })],
  risks: [],
  factors: [["Financial return", 40, 4, "quantitative"], ["Reliability", 30, 5, "quantitative"], ["Ease of use", 30, 4, "qualitative"]],
  align: {},
});

const mixerTech = ({ day: d }: Calendar): InvestmentSpec => ({
  key: "mixer", name: "Automated dough mixer", vendor: "Bakeline Equipment", category: "hardware", activity: "operations", status: "live",
  goLive: d(-16, 20), usefulLifeMonths: 60, ownerName: "Luca Romano (Head Baker)",
  notes: "Spiral mixer with automated water and flour dosing at the central bakery; saves ~6 labour hours a week.",
  costs: [
    cost.oneTime("licence", "Spiral mixer with automated dosing (purchase)", 5000, -16),
    cost.annual("maintenance", "Annual service contract", 500, -16),
  ],
  // One hour a week less dough prep is 4.33 hours a month at $16.
  benefits: [benefit.labour("Manual mixing and dough prep (~6 hours/week)", 26, 16, -16, { ramp: 1, confidence: 0.9, kpi: { name: "Dough prep labour hours per week", valuePerUnit: 69.33 } })],
  risks: [{ type: "obsolescence", title: "Single mixer is a point of failure for morning bake", likelihood: 2, impact: 3, mitigation: "Keep the old mixer as backup; 48-hour service response", status: "accepted" }],
  factors: [["Financial return", 40, 5, "quantitative"], ["Strategic fit", 20, 3, "qualitative"], ["Reliability", 25, 4, "quantitative"], ["Ease of use", 15, 4, "qualitative"]],
  align: { waste: 1 },
});

const wasteTech = (): InvestmentSpec => ({
  key: "waste", name: "Inventory & waste tracker", vendor: "WasteLess", category: "analytics_bi", activity: "inbound_logistics", status: "proposed",
  goLive: null, usefulLifeMonths: 36, ownerName: "Luca Romano (Head Baker)",
  notes: "Proposal: log waste at each station, set par levels per site, order from forecasts. Quote valid 90 days.",
  costs: [
    cost.oneTime("implementation", "Setup, recipes and par levels for 4 sites", 1200, 2),
    cost.monthly("subscription", "4 sites × $59/month", 236, 2),
    cost.oneTime("training", "Kitchen team training", 400, 2),
  ],
  benefits: [
    benefit.proxy("cost_reduction", "15% less food waste", 720, "monthly", 3, "15% of ≈ $4,800/month of discarded stock", { ramp: 4, confidence: 0.75 }),
    benefit.labour("Faster stock counts and ordering", 12, 16.5, 3, { ramp: 2, confidence: 0.8 }),
  ],
  risks: [{ type: "implementation", title: "Kitchen staff skip waste logging at peak times", likelihood: 3, impact: 3, mitigation: "Tablet at each station; weekly review by the head baker", status: "open" }],
  factors: [["Strategic fit", 30, 5, "qualitative"], ["Financial return", 30, 5, "quantitative"], ["Ease of use", 20, 3, "qualitative"], ["Implementation effort", 20, 4, "quantitative"]],
  align: { waste: 5 },
});

const securityTech = ({ day: d }: Calendar): InvestmentSpec => ({
  key: "security", name: "MFA & cloud backup", vendor: "SecureStack", category: "cybersecurity", activity: "firm_infrastructure", status: "live",
  goLive: d(-10, 6), usefulLifeMonths: 36, ownerName: "Priya Shah (Finance)",
  notes: "Multi-factor sign-in for admin accounts and daily backup of accounting and POS exports.",
  costs: [
    cost.monthly("subscription", "MFA for 12 admin accounts + cloud backup", 117, -10),
    cost.oneTime("implementation", "Setup by IT partner", 350, -10),
  ],
  benefits: [benefit.risk("Avoided loss from account takeover or data loss", 0.08, 60000, -10, { confidence: 0.8 })],
  risks: [{ type: "security", title: "Shared till logins bypass MFA", likelihood: 3, impact: 3, mitigation: "Individual logins on every terminal", status: "mitigating" }],
  factors: [["Risk reduction", 40, 5, "qualitative"], ["Strategic fit", 20, 3, "qualitative"], ["Financial return", 20, 2, "quantitative"], ["Ease of use", 20, 4, "qualitative"]],
  align: { secure: 5 },
});

const kdsTech = ({ day: d }: Calendar): InvestmentSpec => ({
  key: "kds", name: "Kitchen display system", vendor: "TillCloud", category: "process_automation", activity: "operations", status: "implementing",
  goLive: d(1, 15), usefulLifeMonths: 48, ownerName: "Luca Romano (Head Baker)",
  notes: "Screens replace printed tickets; online and counter orders in one queue.",
  costs: [
    cost.oneTime("licence", "4 kitchen screens and mounts", 2200, -1),
    cost.monthly("subscription", "KDS add-on, 4 sites", 120, 1),
  ],
  benefits: [
    benefit.labour("Fewer remade and missed orders", 20, 16.5, 1, { ramp: 2, confidence: 0.7 }),
    benefit.proxy("cost_reduction", "Less food remade", 300, "monthly", 1, "≈ 150 fewer remade items/month × $2 food cost", { ramp: 2, confidence: 0.7 }),
  ],
  risks: [{ type: "integration", title: "Online orders not routed to screens at launch", likelihood: 2, impact: 3, mitigation: "End-to-end test with OrderWave before go-live", status: "open" }],
  factors: [["Strategic fit", 25, 4, "qualitative"], ["Financial return", 25, 3, "quantitative"], ["Customer experience", 25, 4, "qualitative"], ["Implementation effort", 25, 4, "quantitative"]],
  align: { online: 3, waste: 2 },
});

const wifiTech = ({ day: d }: Calendar): InvestmentSpec => ({
  key: "wifi", name: "Guest Wi-Fi with marketing opt-in", vendor: "NetHarbor", category: "marketing_automation", activity: "marketing_sales", status: "approved",
  goLive: d(3, 1), usefulLifeMonths: 36, ownerName: "Sam Okafor (Marketing)",
  notes: "Approved at the last review; sign-ups feed the loyalty CRM.",
  costs: [
    cost.oneTime("infrastructure", "Access points at 4 sites", 1600, 2),
    cost.monthly("subscription", "Captive portal & analytics", 60, 3),
  ],
  benefits: [benefit.proxy("revenue_increase", "Margin on return visits from Wi-Fi sign-ups", 450, "monthly", 3, "≈ 300 return visits/month × $15 basket × 10% net margin", { ramp: 6, confidence: 0.5 })],
  risks: [{ type: "compliance", title: "Consent wording for email capture", likelihood: 2, impact: 2, mitigation: "Reuse the loyalty app's consent text", status: "open" }],
  factors: [["Strategic fit", 30, 3, "qualitative"], ["Financial return", 30, 2, "quantitative"], ["Customer experience", 20, 4, "qualitative"], ["Ease of use", 20, 4, "qualitative"]],
  align: { repeat: 3 },
});

const legacyTech = ({ day: d, label }: Calendar): InvestmentSpec => ({
  key: "legacy", name: "Legacy till system", vendor: "Registrar 2000", category: "other", activity: "marketing_sales", status: "retired",
  goLive: d(-96, 1), usefulLifeMonths: 84, ownerName: "Maya Torres (Operations)",
  notes: `Replaced by the cloud POS in ${label(-30)}; data exported and kept for tax records.`,
  costs: [
    cost.oneTime("licence", "Till server and 6 terminals (purchase)", 9800, -96),
    cost.annual("maintenance", "Support contract", 1200, -96, { end: -31 }),
    cost.oneTime("decommissioning", "Data export and disposal", 400, -30),
  ],
  benefits: [benefit.labour("Electronic cash-up instead of manual tills", 20, 14, -96, { end: -31 })],
  risks: [],
  factors: [["Strategic fit", 25, 1, "qualitative"], ["Financial return", 25, 2, "quantitative"], ["Reliability", 25, 2, "quantitative"], ["Vendor viability", 25, 1, "qualitative"]],
  align: {},
});

const kpis = ({ month: m }: Calendar): KpiSpec[] => [
  { name: "Online revenue share", perspective: "financial", unit: "percent", direction: "higher", baseline: 6, target: 25, targetDate: m(13), investment: "online", goal: "online", path: ONLINE_SHARE_PATH, noise: 0.5 },
  { name: "Technology spend as % of revenue", perspective: "financial", unit: "percent", direction: "lower", baseline: 3.2, target: 2.8, targetDate: m(12), path: [[-24, 3.3], [-14, 3.35], [-1, 2.9]], noise: 0.025 },
  { name: "Average order value", perspective: "financial", unit: "currency", direction: "higher", baseline: 14.2, target: 15.5, targetDate: m(6), path: [[-24, 14.1], [-1, 15.7]], noise: 0.1 },
  { name: "Food cost as % of sales", perspective: "financial", unit: "percent", direction: "lower", baseline: 32, target: 29, targetDate: m(10), goal: "waste", path: [[-24, 32.3], [-1, 31.3]], noise: 0.3 },
  { name: "Repeat-visit rate", perspective: "customer", unit: "percent", direction: "higher", baseline: 38, target: 45, targetDate: m(12), investment: "loyalty", goal: "repeat", path: [[-24, 37.8], [-20, 38], [-1, 43.5]], noise: 0.35 },
  { name: "Average review rating", perspective: "customer", unit: "score", direction: "higher", baseline: 4.2, target: 4.6, targetDate: m(6), path: [[-24, 4.2], [-1, 4.65]], noise: 0.03, min: 1, max: 5 },
  { name: "Net Promoter Score", perspective: "customer", unit: "score", direction: "higher", baseline: 32, target: 45, targetDate: m(12), goal: "repeat", path: [[-24, 31], [-1, 47]], noise: 1.5 },
  { name: "Online order delivery time (minutes)", perspective: "customer", unit: "duration", direction: "lower", baseline: 44, target: 35, targetDate: m(6), investment: "online", path: [[-14, 44], [-8, 40], [-1, 37.5]], noise: 0.35 },
  { name: "Food waste (% of purchases)", perspective: "internal_process", unit: "percent", direction: "lower", baseline: 8.5, target: 7.2, targetDate: m(10), investment: "waste", goal: "waste", path: [[-24, 8.6], [-1, 8.4]], noise: 0.15 },
  { name: "Dough prep labour hours per week", perspective: "internal_process", unit: "duration", direction: "lower", baseline: 30, target: 24, targetDate: m(-6), investment: "mixer", path: [[-24, 30.5], [-17, 30], [-14, 24.5], [-1, 23.5]], noise: 0.35 },
  { name: "Till outages per month", perspective: "internal_process", unit: "count", direction: "lower", baseline: 3, target: 1, targetDate: m(6), investment: "pos", goal: "secure", path: [[-24, 3], [-1, 0.6]], noise: 0.35, integer: true },
  { name: "Stock-outs per month", perspective: "internal_process", unit: "count", direction: "lower", baseline: 14, target: 6, targetDate: m(10), investment: "waste", goal: "waste", path: [[-24, 14.5], [-1, 12.5]], noise: 1, integer: true },
  { name: "Staff trained on our tools", perspective: "learning_growth", unit: "percent", direction: "higher", baseline: 20, target: 90, targetDate: m(12), goal: "team", path: [[-24, 20], [-1, 80]], noise: 1.5 },
  { name: "Staff turnover (annualised)", perspective: "learning_growth", unit: "percent", direction: "lower", baseline: 65, target: 45, targetDate: m(12), goal: "team", path: [[-24, 66], [-1, 50.5]], noise: 0.8 },
  { name: "Shift swaps handled in the app", perspective: "learning_growth", unit: "percent", direction: "higher", baseline: 0, target: 80, targetDate: m(0), investment: "scheduling", path: [[-24, 35], [-1, 84]], noise: 2 },
  { name: "Admin accounts with MFA", perspective: "learning_growth", unit: "percent", direction: "higher", baseline: 8, target: 100, targetDate: m(2), investment: "security", goal: "secure", path: [[-24, 8], [-11, 8], [-10, 58], [-6, 92], [-1, 100]], noise: 0.8 },
];

const INTEGRATIONS: IntegrationSpec[] = [
  ["online", "pos", "Online orders and payments into the tills"],
  ["online", "kds", "Delivery and pick-up orders to the kitchen"],
  ["pos", "accounting", "Daily sales, tips and sales-tax totals"],
  ["pos", "loyalty", "Transactions for points"],
  ["loyalty", "pos", "Member rewards applied at checkout"],
  ["pos", "kds", "Dine-in tickets to the kitchen"],
  ["pos", "waste", "Items sold, for stock levels"],
  ["scheduling", "accounting", "Approved hours for payroll"],
  ["wifi", "loyalty", "Opted-in guest emails"],
];

const SCENARIOS: ScenarioSpec[] = [
  { name: "Portfolio — likely", kind: "likely", investment: null, benefitMultiplier: 1, costMultiplier: 1, delayMonths: 0, adoptionRate: 1 },
  { name: "Online ordering — optimistic", kind: "optimistic", investment: "online", benefitMultiplier: 1.2, costMultiplier: 1, delayMonths: 0, adoptionRate: 1 },
  { name: "Waste tracker — pessimistic", kind: "pessimistic", investment: "waste", benefitMultiplier: 0.7, costMultiplier: 1.15, delayMonths: 3, adoptionRate: 0.8 },
];

export function cafe(cal: Calendar): ClientSpec {
  return {
    org: ORG,
    historyMonths: 24,
    goals: goals(cal),
    investments: [posTech, onlineTech, loyaltyTech, schedulingTech, accountingTech, mixerTech, wasteTech, securityTech, kdsTech, wifiTech, legacyTech].map((build) => build(cal)),
    kpis: kpis(cal),
    // Who sends data to whom (from → to). The mixer and MFA & backup stay silos; the retired till is off the map.
    integrations: INTEGRATIONS,
    scenarios: SCENARIOS,
    actualBenefits: [onlineMargin()],
  };
}

/** The margin on online orders beyond the 6% share of sales before online ordering, as OrderWave's monthly statement shows it. */
function onlineMargin(): ActualBenefitSpec {
  const months: [number, number][] = [];
  for (let offset = -14; offset <= -1; offset++) {
    const share = expectedAt(ONLINE_SHARE_PATH, offset) - ONLINE_SHARE_BEFORE;
    months.push([offset, Math.round(((CAFE_MONTHLY_SALES * share) / 100) * ONLINE_MARGIN)]);
  }
  return { investment: "online", description: "Margin on online orders above the pre-launch share (OrderWave monthly statement)", months };
}
