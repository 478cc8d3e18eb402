/**
 * Ledger & Co: accounting practice, ~18 people, GBP. The website chatbot launched 9 months ago deflects routine
 * questions (contacts per client and cost per contact fall, CSAT rises); the marketing automation tool is barely
 * used and renews soon — its notice deadline is about a month after the as-of date.
 */
import { benefit, cost, type Calendar, type ClientSpec, type GoalSpec, type IntegrationSpec, type InvestmentSpec, type KpiSpec, type ScenarioSpec } from "../types";

const ORG: ClientSpec["org"] = {
  slug: "ledger-and-co", name: "Ledger & Co Chartered Accountants", industry: "professional_services", sizeBand: "small",
  employees: 18, currency: "GBP", locale: "en-GB", discountRate: "0.08", fiscalYearStartMonth: 4,
};

const goals = ({ month: m }: Calendar): GoalSpec[] => [
  { key: "capacity", title: "Serve 20% more clients without new hires", perspective: "financial", targetText: "Clients per fee-earner from 42 to 50 with the same headcount", weight: 30, targetDate: m(12) },
  { key: "nps", title: "Raise client NPS to 50", perspective: "customer", targetText: "Client NPS from 28 to 50", weight: 25, targetDate: m(9) },
  { key: "breach", title: "Zero data breaches", perspective: "internal_process", targetText: "No reportable breach; every member of staff phishing-trained", weight: 25, targetDate: m(12) },
  { key: "advisory", title: "Grow advisory work to 30% of fees", perspective: "financial", targetText: "Advisory fees from 18% to 30% of total fees", weight: 10, targetDate: m(18) },
  { key: "skills", title: "Build digital skills across the team", perspective: "learning_growth", targetText: "Everyone confident with the practice's core tools; eNPS 25", weight: 10, targetDate: m(6) },
];

const practiceTech = ({ day: d }: Calendar): InvestmentSpec => ({
  key: "practice", name: "Practice management suite", vendor: "PracticeHub", category: "erp", activity: "firm_infrastructure", status: "live",
  goLive: d(-40, 1), usefulLifeMonths: 60, ownerName: "Helen Carter (Practice Manager)",
  notes: "Jobs, deadlines, time sheets and billing for ~750 clients; £45 per user per month.",
  costs: [
    cost.monthly("subscription", "18 users × £45/user/month", 810, -40, { renewal: { date: d(8, 1), noticeDays: 90, upliftPct: 9 } }),
    cost.oneTime("implementation", "Data migration and workflow setup", 4500, -41),
  ],
  benefits: [benefit.labour("Job tracking, time sheets and deadline chasing", 70, 35, -40, { ramp: 4, confidence: 0.9 })],
  risks: [{ type: "vendor", title: "Price rise at renewal", likelihood: 3, impact: 2, mitigation: "Negotiate a 3-year term before renewal", status: "open" }],
  factors: [["Strategic fit", 30, 5, "qualitative"], ["Financial return", 25, 4, "quantitative"], ["Ease of use", 20, 3, "qualitative"], ["Integration", 15, 4, "qualitative"], ["Vendor viability", 10, 4, "qualitative"]],
  align: { capacity: 4, breach: 1 },
});

const ocrTech = ({ day: d }: Calendar): InvestmentSpec => ({
  key: "ocr", name: "Document automation & OCR", vendor: "ScanSort", category: "process_automation", activity: "operations", status: "live",
  goLive: d(-22, 10), usefulLifeMonths: 48, ownerName: "Raj Patel (Operations)",
  notes: "Reads receipts, invoices and bank statements into the bookkeeping ledgers.",
  costs: [
    cost.monthly("subscription", "OCR plan, 3,000 documents/month", 320, -22),
    cost.oneTime("implementation", "Templates and practice-management integration", 2500, -22),
  ],
  // One hour a week less manual entry is 4.33 hours a month at £28.
  benefits: [benefit.labour("Manual keying of receipts, invoices and statements", 90, 28, -22, { ramp: 4, confidence: 0.85, kpi: { name: "Hours on manual data entry per week", valuePerUnit: 121.33 } })],
  risks: [{ type: "integration", title: "Unusual client documents need manual review", likelihood: 3, impact: 2, mitigation: "Review queue below a confidence threshold", status: "accepted" }],
  factors: [["Strategic fit", 30, 5, "qualitative"], ["Financial return", 30, 5, "quantitative"], ["Ease of use", 20, 4, "qualitative"], ["Integration", 20, 4, "qualitative"]],
  align: { capacity: 5 },
});

const portalTech = ({ day: d }: Calendar): InvestmentSpec => ({
  key: "portal", name: "Client portal with e-signature", vendor: "ClientVault", category: "collaboration", activity: "service", status: "live",
  goLive: d(-16, 7), usefulLifeMonths: 48, ownerName: "Helen Carter (Practice Manager)",
  notes: "Secure document exchange and e-signature of accounts and tax returns.",
  costs: [
    cost.monthly("subscription", "Portal and e-signature bundle", 210, -16, { renewal: { date: d(8, 7), noticeDays: 30, upliftPct: 5 } }),
    cost.oneTime("implementation", "Branding, templates and client onboarding", 1200, -16),
  ],
  benefits: [
    benefit.labour("Chasing signatures and posting documents", 25, 28, -16, { ramp: 3, confidence: 0.9 }),
    benefit.proxy("cost_reduction", "Postage and printing", 180, "monthly", -16, "≈ 600 fewer letters/month × £0.30"),
  ],
  risks: [{ type: "security", title: "Clients share portal logins", likelihood: 2, impact: 4, mitigation: "Per-person invitations with two-factor sign-in", status: "mitigating" }],
  factors: [["Strategic fit", 30, 4, "qualitative"], ["Financial return", 20, 3, "quantitative"], ["Client experience", 30, 5, "qualitative"], ["Security", 20, 4, "qualitative"]],
  align: { nps: 4, capacity: 3, breach: 3 },
});

const marketingTech = ({ day: d }: Calendar): InvestmentSpec => ({
  key: "marketing", name: "Marketing automation", vendor: "MailSpark", category: "marketing_automation", activity: "marketing_sales", status: "live",
  goLive: d(-33, 1), usefulLifeMonths: 36, ownerName: "Oliver Grant (Partner)",
  notes: `Bought for advisory campaigns; only 2 of 18 staff use it. Renews on ${d(3, 1)} (+9%) unless cancelled 60 days before.`,
  costs: [
    cost.annual("subscription", "Pro plan, billed annually", 3600, -33, { renewal: { date: d(3, 1), noticeDays: 60, upliftPct: 9 } }),
    cost.oneTime("training", "Onboarding package", 800, -33),
  ],
  benefits: [benefit.proxy("revenue_increase", "Fees from clients won by campaigns", 300, "monthly", -30, "≈ 2 new clients/year × £1,800 annual fee", { ramp: 6, confidence: 0.4 })],
  risks: [
    { type: "implementation", title: "Low adoption: 2 of 18 staff use it", likelihood: 4, impact: 2, mitigation: "Decide before the notice date: train the partners or cancel", status: "open" },
    { type: "vendor", title: "Auto-renewal with 9% uplift", likelihood: 4, impact: 2, mitigation: "Notice date in the partners' diary", status: "open" },
  ],
  factors: [["Strategic fit", 25, 2, "qualitative"], ["Financial return", 25, 1, "quantitative"], ["Adoption", 30, 1, "quantitative"], ["Ease of use", 20, 2, "qualitative"]],
  align: { advisory: 1 },
});

const chatbotTech = ({ day: d, label }: Calendar): InvestmentSpec => ({
  key: "chatbot", name: "AI website chatbot", vendor: "AskLedger AI", category: "cx_automation", activity: "service", status: "live",
  goLive: d(-9, 1), usefulLifeMonths: 36, ownerName: "Raj Patel (Operations)",
  notes: `Launched ${label(-9)}. Answers routine questions (deadlines, documents needed, fees) from the practice's knowledge base and hands over to staff when unsure.`,
  costs: [
    cost.oneTime("implementation", "Knowledge base build and website integration", 2000, -10),
    cost.monthly("subscription", "Chatbot plan, 1,000 conversations/month", 149, -9),
    cost.oneTime("training", "Staff training on hand-over and review", 600, -9),
  ],
  benefits: [
    // ≈ 750 clients × 1.9 contacts a month before the chatbot: each £1 off the cost per contact saves ≈ £1,400.
    benefit.cxDeflection("Routine questions answered without staff", 400, 5.25, 0.1, -9, { ramp: 3, confidence: 0.8, kpi: { name: "Cost per client contact", valuePerUnit: 1400 } }),
    // £150 a month for the 12 points of CSAT the plan expects: £12.50 a point.
    benefit.proxy("intangible", "Answers out of hours", 150, "monthly", -9, "≈ 1 extra client retained/year × £1,800 annual fee", {
      ramp: 3, confidence: 0.5, kpi: { name: "Client satisfaction (CSAT)", valuePerUnit: 12.5 },
    }),
  ],
  risks: [{ type: "compliance", title: "Chatbot gives wrong tax advice", likelihood: 2, impact: 4, mitigation: "Answers limited to the reviewed knowledge base; disclaimer and hand-over", status: "mitigating" }],
  factors: [["Strategic fit", 30, 5, "qualitative"], ["Financial return", 25, 4, "quantitative"], ["Client experience", 20, 4, "qualitative"], ["Ease of use", 15, 3, "qualitative"], ["Vendor viability", 10, 4, "qualitative"]],
  align: { nps: 5, capacity: 4 },
});

const backupTech = ({ day: d }: Calendar): InvestmentSpec => ({
  key: "backup", name: "Managed backup", vendor: "VaultSafe", category: "cybersecurity", activity: "firm_infrastructure", status: "live",
  goLive: d(-30, 1), usefulLifeMonths: 36, ownerName: "Raj Patel (Operations)",
  notes: "Off-site, immutable backup of the file store and mailboxes; monthly restore test.",
  costs: [cost.monthly("subscription", "Managed backup, 2 TB with monthly restore test", 180, -30)],
  benefits: [benefit.risk("Avoided loss from ransomware or data loss", 0.1, 50000, -30)],
  risks: [],
  factors: [["Risk reduction", 40, 5, "qualitative"], ["Reliability", 30, 5, "quantitative"], ["Financial return", 30, 3, "quantitative"]],
  align: { breach: 4 },
});

const phishingTech = ({ day: d }: Calendar): InvestmentSpec => ({
  key: "phishing", name: "Phishing awareness training", vendor: "PhishWise", category: "cybersecurity", activity: "hr_management", status: "live",
  goLive: d(-12, 1), usefulLifeMonths: 36, ownerName: "Helen Carter (Practice Manager)",
  notes: "Monthly simulated phishing emails and five-minute lessons.",
  costs: [cost.monthly("training", "18 staff × £3/user/month", 54, -12)],
  benefits: [benefit.risk("Avoided breach from credential phishing", 0.15, 40000, -12, { ramp: 3, confidence: 0.8 })],
  risks: [],
  factors: [["Risk reduction", 40, 5, "qualitative"], ["Adoption", 30, 4, "quantitative"], ["Financial return", 30, 4, "quantitative"]],
  align: { breach: 5, skills: 3 },
});

const bankfeedsTech = ({ day: d }: Calendar): InvestmentSpec => ({
  key: "bankfeeds", name: "Bookkeeping automation (bank-feed rules)", vendor: "FeedFlow", category: "process_automation", activity: "operations", status: "approved",
  goLive: d(2, 1), usefulLifeMonths: 36, ownerName: "Raj Patel (Operations)",
  notes: "Approved; rules categorise bank transactions for the 120 bookkeeping clients.",
  costs: [
    cost.oneTime("implementation", "Rule library for 120 bookkeeping clients", 1800, 1),
    cost.monthly("subscription", "Rules engine add-on", 95, 2),
  ],
  benefits: [benefit.labour("Categorising bank transactions", 40, 28, 2, { ramp: 3, confidence: 0.75 })],
  risks: [{ type: "implementation", title: "Rules misclassify transactions", likelihood: 2, impact: 3, mitigation: "Monthly sample review by a senior", status: "open" }],
  factors: [["Strategic fit", 30, 4, "qualitative"], ["Financial return", 35, 4, "quantitative"], ["Ease of use", 15, 4, "qualitative"], ["Implementation effort", 20, 4, "quantitative"]],
  align: { capacity: 4 },
});

const analyticsTech = (): InvestmentSpec => ({
  key: "analytics", name: "Client analytics dashboards", vendor: "InsightBoard", category: "analytics_bi", activity: "service", status: "proposed",
  goLive: null, usefulLifeMonths: 36, ownerName: "Oliver Grant (Partner)",
  notes: "Proposal: monthly management packs for owner-managed clients, sold as advisory.",
  costs: [
    cost.oneTime("implementation", "Dashboard templates", 3000, 4),
    cost.monthly("subscription", "20 client dashboards", 250, 4),
  ],
  benefits: [benefit.proxy("revenue_increase", "Advisory fees from monthly management packs", 1500, "monthly", 5, "≈ 5 clients × £300/month advisory fee", { ramp: 9, confidence: 0.5 })],
  risks: [{ type: "vendor", title: "Young vendor with a small customer base", likelihood: 3, impact: 3, mitigation: "Data-export clause in the contract", status: "open" }],
  factors: [["Strategic fit", 30, 4, "qualitative"], ["Financial return", 30, 3, "quantitative"], ["Client experience", 20, 4, "qualitative"], ["Vendor viability", 20, 2, "qualitative"]],
  align: { advisory: 5, nps: 2 },
});

const taxdeskTech = ({ day: d, label }: Calendar): InvestmentSpec => ({
  key: "taxdesk", name: "Desktop tax software", vendor: "TaxPro Desktop", category: "other", activity: "operations", status: "retired",
  goLive: d(-120, 1), usefulLifeMonths: 120, ownerName: "Helen Carter (Practice Manager)",
  notes: `Retired in ${label(-12)} when tax returns moved into the practice management suite.`,
  costs: [
    cost.annual("licence", "Per-practice licence", 2400, -120, { end: -13 }),
    cost.oneTime("decommissioning", "Archive of prior-year returns", 500, -12),
  ],
  benefits: [benefit.labour("Tax return preparation vs. paper forms", 50, 28, -120, { end: -13 })],
  risks: [],
  factors: [["Strategic fit", 40, 1, "qualitative"], ["Financial return", 30, 2, "quantitative"], ["Vendor viability", 30, 1, "qualitative"]],
  align: {},
});

const kpis = ({ month: m }: Calendar): KpiSpec[] => [
  { name: "Clients per fee-earner", perspective: "financial", unit: "count", direction: "higher", baseline: 42, target: 50.4, targetDate: m(12), investment: "ocr", goal: "capacity", path: [[-20, 42], [-1, 48]], noise: 0.4 },
  { name: "Advisory share of fees", perspective: "financial", unit: "percent", direction: "higher", baseline: 18, target: 30, targetDate: m(18), goal: "advisory", path: [[-20, 17.5], [-1, 21]], noise: 0.5 },
  { name: "Cost per client contact", perspective: "financial", unit: "currency", direction: "lower", baseline: 4.8, target: 2.5, targetDate: m(3), investment: "chatbot", goal: "capacity", path: [[-20, 4.85], [-10, 4.8], [-9, 4.5], [-4, 2.8], [-1, 2.35]], noise: 0.1 },
  { name: "Marketing cost per new client", perspective: "financial", unit: "currency", direction: "lower", baseline: 320, target: 220, targetDate: m(0), investment: "marketing", goal: "advisory", path: [[-20, 330], [-1, 355]], noise: 12 },
  { name: "Client NPS", perspective: "customer", unit: "score", direction: "higher", baseline: 28, target: 50, targetDate: m(9), goal: "nps", path: [[-20, 27], [-9, 31], [-1, 44]], noise: 1 },
  { name: "Client satisfaction (CSAT)", perspective: "customer", unit: "percent", direction: "higher", baseline: 78, target: 90, targetDate: m(3), investment: "chatbot", goal: "nps", path: [[-20, 78], [-10, 79], [-6, 86], [-1, 90.5]], noise: 0.7 },
  { name: "Contacts per client per month", perspective: "customer", unit: "count", direction: "lower", baseline: 1.9, target: 1.3, targetDate: m(3), investment: "chatbot", goal: "capacity", path: [[-20, 1.92], [-10, 1.9], [-5, 1.45], [-1, 1.28]], noise: 0.03 },
  { name: "First-response time (hours)", perspective: "customer", unit: "duration", direction: "lower", baseline: 20, target: 4, targetDate: m(3), investment: "chatbot", goal: "nps", path: [[-20, 21], [-10, 20], [-7, 6], [-1, 2.5]], noise: 0.6 },
  { name: "Document turnaround (days)", perspective: "customer", unit: "duration", direction: "lower", baseline: 7, target: 3, targetDate: m(6), investment: "portal", goal: "nps", path: [[-20, 7.2], [-16, 7], [-1, 3.9]], noise: 0.2 },
  { name: "Process automation rate", perspective: "internal_process", unit: "percent", direction: "higher", baseline: 15, target: 45, targetDate: m(12), investment: "ocr", goal: "capacity", path: [[-20, 16], [-1, 38]], noise: 0.8 },
  { name: "Data-protection incidents", perspective: "internal_process", unit: "count", direction: "lower", baseline: 2, target: 0, targetDate: m(12), goal: "breach", path: [[-20, 1.5], [-12, 1], [-1, 0]], noise: 0.2, integer: true },
  { name: "Backup restore tests passed", perspective: "internal_process", unit: "percent", direction: "higher", baseline: 80, target: 100, targetDate: m(0), investment: "backup", goal: "breach", path: [[-20, 88], [-1, 100]], noise: 1.5 },
  { name: "Hours on manual data entry per week", perspective: "internal_process", unit: "duration", direction: "lower", baseline: 60, target: 30, targetDate: m(12), investment: "ocr", goal: "capacity", path: [[-20, 48], [-15, 40], [-1, 35]], noise: 0.8 },
  { name: "Phishing simulation click rate", perspective: "learning_growth", unit: "percent", direction: "lower", baseline: 22, target: 5, targetDate: m(0), investment: "phishing", goal: "breach", path: [[-20, 23], [-12, 22], [-1, 5.2]], noise: 0.4 },
  { name: "Marketing tool adoption", perspective: "learning_growth", unit: "percent", direction: "higher", baseline: 0, target: 70, targetDate: m(-6), investment: "marketing", path: [[-20, 14], [-1, 11]], noise: 0.8 },
  { name: "Employee NPS (eNPS)", perspective: "learning_growth", unit: "score", direction: "higher", baseline: 5, target: 25, targetDate: m(6), goal: "skills", path: [[-20, 4], [-1, 19.5]], noise: 0.8 },
];

const INTEGRATIONS: IntegrationSpec[] = [
  ["practice", "ocr", "Client list and document requests"],
  ["ocr", "practice", "Extracted figures filed to the client record"],
  ["portal", "practice", "Signed engagement letters and client uploads"],
  ["practice", "portal", "Documents for e-signature"],
  ["bankfeeds", "practice", "Categorised bank transactions"],
  ["chatbot", "practice", "Qualified enquiries as new leads"],
  ["practice", "marketing", "Client segments for campaigns"],
  ["practice", "analytics", "Client financials for dashboards"],
];

const SCENARIOS: ScenarioSpec[] = [
  { name: "Portfolio — likely", kind: "likely", investment: null, benefitMultiplier: 1, costMultiplier: 1, delayMonths: 0, adoptionRate: 1 },
  { name: "Chatbot — optimistic", kind: "optimistic", investment: "chatbot", benefitMultiplier: 1.2, costMultiplier: 1, delayMonths: 0, adoptionRate: 0.95 },
  { name: "Marketing automation — pessimistic", kind: "pessimistic", investment: "marketing", benefitMultiplier: 0.5, costMultiplier: 1.09, delayMonths: 0, adoptionRate: 0.2 },
];

export function accounting(cal: Calendar): ClientSpec {
  return {
    org: ORG,
    historyMonths: 20,
    goals: goals(cal),
    investments: [practiceTech, ocrTech, portalTech, marketingTech, chatbotTech, backupTech, phishingTech, bankfeedsTech, analyticsTech, taxdeskTech].map((build) => build(cal)),
    kpis: kpis(cal),
    // Who sends data to whom (from → to). Managed backup and phishing training stay silos; the desktop tax software is retired.
    integrations: INTEGRATIONS,
    scenarios: SCENARIOS,
    // One client won by a campaign, fourteen months ago, on a £1,200 annual fee: far below the plan's £300 a month.
    actualBenefits: [{ investment: "marketing", description: "Fees from clients won by campaigns", months: Array.from({ length: 20 }, (_, i): [number, number] => [i - 20, i - 20 >= -14 ? 100 : 0]) }],
  };
}
