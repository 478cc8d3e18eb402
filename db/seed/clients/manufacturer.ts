/**
 * Precision Parts GmbH: CNC job shop, ~60 people, EUR. Sensors went in 10 months ago and unplanned downtime
 * and MTTR fall; the cloud ERP is over budget and 7 months late, so on-time delivery and cost per part lag.
 */
import { benefit, cost, type Calendar, type ClientSpec, type GoalSpec, type IntegrationSpec, type InvestmentSpec, type KpiSpec, type ScenarioSpec } from "../types";

const ORG: ClientSpec["org"] = {
  slug: "precision-parts", name: "Precision Parts GmbH", industry: "manufacturing", sizeBand: "small",
  employees: 60, currency: "EUR", locale: "de-DE", discountRate: "0.08", fiscalYearStartMonth: 1,
};

const goals = ({ month: m }: Calendar): GoalSpec[] => [
  { key: "otd", title: "On-time delivery 98%", perspective: "customer", targetText: "On-time-in-full deliveries from 89% to 98%", weight: 30, targetDate: m(9) },
  { key: "downtime", title: "Reduce unplanned downtime 30%", perspective: "internal_process", targetText: "Unplanned downtime from 46 to 32 hours a month", weight: 30, targetDate: m(6) },
  { key: "quote", title: "Shorten quote turnaround to 2 days", perspective: "customer", targetText: "Median quote turnaround from 6 to 2 working days", weight: 15, targetDate: m(12) },
  { key: "cost", title: "Lower cost per part 5%", perspective: "financial", targetText: "Average cost per part from €18.40 to €17.50", weight: 15, targetDate: m(12) },
  { key: "skills", title: "Upskill the shop floor on digital tools", perspective: "learning_growth", targetText: "Every operator trained on the ERP and the maintenance app", weight: 10, targetDate: m(6) },
];

const erpTech = ({ day: d, label }: Calendar): InvestmentSpec => ({
  key: "erp", name: "Cloud ERP", vendor: "Kestrel ERP", category: "erp", activity: "firm_infrastructure", status: "implementing",
  goLive: d(4, 1), usefulLifeMonths: 84, ownerName: "Jonas Weber (COO)",
  notes: `Go-live was planned for ${label(-3)}, moved twice, now ${label(4)}. Implementation budget €40,000; ≈ €58,000 committed after data-migration change requests. The subscription has run since ${label(-12)}.`,
  costs: [
    cost.oneTime("implementation", "Implementation partner, fixed fee", 40000, -14),
    cost.oneTime("implementation", "Change requests: data migration and MES interface", 18000, -5),
    cost.monthly("subscription", "45 users × €32/month", 1440, -12, { renewal: { date: d(12, 1), noticeDays: 90, upliftPct: 7 } }),
    cost.monthly("internal_staff", "Project lead backfill (0.3 FTE)", 1500, -14, { end: 6 }),
  ],
  benefits: [
    benefit.labour("Manual planning, re-keying and stock reconciliation", 160, 45, 4, { ramp: 6, confidence: 0.6 }),
    benefit.proxy("cost_reduction", "Lower inventory carrying cost", 1800, "monthly", 6, "≈ €120,000 less stock × 18%/year carrying cost", { ramp: 6, confidence: 0.5 }),
  ],
  risks: [
    { type: "implementation", title: "Data migration overran; go-live slipped 7 months", likelihood: 5, impact: 4, mitigation: "Weekly steering; fixed-price change order for the remaining migration", status: "open" },
    { type: "integration", title: "MES and CAD interfaces not ready for go-live", likelihood: 3, impact: 4, mitigation: "Manual CSV bridge for the first quarter", status: "mitigating" },
    { type: "vendor", title: "Partner consultant turnover", likelihood: 3, impact: 3, mitigation: "Named consultants in the change order", status: "open" },
  ],
  factors: [["Strategic fit", 30, 5, "qualitative"], ["Financial return", 25, 2, "quantitative"], ["Implementation risk", 20, 1, "quantitative"], ["Integration", 15, 3, "qualitative"], ["Vendor viability", 10, 4, "qualitative"]],
  align: { otd: 5, quote: 3, cost: 4 },
});

const sensorsTech = ({ day: d }: Calendar): InvestmentSpec => ({
  key: "sensors", name: "Machine IoT sensors & predictive maintenance", vendor: "SenseLine", category: "analytics_bi", activity: "operations", status: "live",
  goLive: d(-10, 14), usefulLifeMonths: 60, ownerName: "Ana Kovač (Maintenance)",
  notes: "Vibration and temperature sensors on 14 CNC machines; alerts go to the maintenance app.",
  costs: [
    cost.oneTime("licence", "14 sensor kits and gateways (purchase)", 14000, -11),
    cost.oneTime("implementation", "Installation and baseline calibration", 3500, -10),
    cost.monthly("subscription", "Predictive-maintenance platform", 690, -10, { renewal: { date: d(2, 14), noticeDays: 60, upliftPct: 5 } }),
  ],
  benefits: [
    benefit.proxy("cost_reduction", "Avoided unplanned downtime", 4480, "monthly", -10, "≈ 14 fewer downtime hours/month × €320 lost contribution per hour", {
      ramp: 4, confidence: 0.8, kpi: { name: "Unplanned downtime (hours per month)", valuePerUnit: 320 },
    }),
    // 20 hours a month at €48 for 1.5 hours off the mean time to repair: €640 per hour of MTTR.
    benefit.labour("Fewer emergency call-outs and less diagnosis time", 20, 48, -10, { ramp: 3, confidence: 0.85, kpi: { name: "Mean time to repair (hours)", valuePerUnit: 640 } }),
  ],
  risks: [{ type: "integration", title: "Sensor data gaps from Wi-Fi dead zones", likelihood: 2, impact: 2, mitigation: "Extra gateway in hall B", status: "closed" }],
  factors: [["Strategic fit", 30, 5, "qualitative"], ["Financial return", 30, 5, "quantitative"], ["Reliability", 20, 4, "quantitative"], ["Ease of use", 20, 4, "qualitative"]],
  align: { downtime: 5, otd: 3, cost: 2 },
});

const rpaTech = ({ day: d }: Calendar): InvestmentSpec => ({
  key: "rpa", name: "RPA for invoice processing", vendor: "FlowBots", category: "process_automation", activity: "firm_infrastructure", status: "live",
  goLive: d(-18, 5), usefulLifeMonths: 36, ownerName: "Petra Lang (Finance)",
  notes: "One unattended bot reads supplier invoices, matches them to purchase orders and posts them.",
  costs: [
    cost.annual("licence", "Unattended bot licence", 4800, -18, { renewal: { date: d(6, 5), noticeDays: 60, upliftPct: 9 } }),
    cost.oneTime("implementation", "Bot build for supplier invoices", 6500, -19),
  ],
  // ≈ 350 invoices a month: one minute less per invoice is 5.8 hours at €38.
  benefits: [benefit.labour("Supplier-invoice keying and matching", 55, 38, -18, { ramp: 3, confidence: 0.9, kpi: { name: "Invoice processing time (minutes)", valuePerUnit: 221.67 } })],
  risks: [{ type: "integration", title: "Bot breaks when the ERP replaces the old accounting system", likelihood: 4, impact: 3, mitigation: "Rebuild budgeted in the ERP change order", status: "open" }],
  factors: [["Financial return", 35, 5, "quantitative"], ["Strategic fit", 20, 3, "qualitative"], ["Reliability", 25, 4, "quantitative"], ["Ease of use", 20, 4, "qualitative"]],
  align: { cost: 3 },
});

const cadTech = ({ day: d }: Calendar): InvestmentSpec => ({
  key: "cad", name: "CAD/CAM licences", vendor: "Vertex CAM", category: "other", activity: "technology_development", status: "live",
  goLive: d(-48, 1), usefulLifeMonths: 60, ownerName: "Tomasz Nowak (Engineering)",
  notes: "Four named seats; CNC programs are generated from the customer's 3D models.",
  costs: [cost.annual("subscription", "4 seats × €2,400/year", 9600, -48, { renewal: { date: d(12, 1), noticeDays: 90, upliftPct: 9 } })],
  benefits: [
    benefit.labour("CNC programming time saved", 40, 52, -48, { ramp: 3 }),
    benefit.proxy("cost_reduction", "Less scrap from first-article errors", 600, "monthly", -48, "≈ 25 fewer scrapped parts/month × €24", { confidence: 0.7 }),
  ],
  risks: [],
  factors: [["Strategic fit", 30, 4, "qualitative"], ["Financial return", 25, 4, "quantitative"], ["Ease of use", 20, 3, "qualitative"], ["Vendor viability", 25, 5, "qualitative"]],
  align: { quote: 3, cost: 2 },
});

const qmsTech = ({ day: d }: Calendar): InvestmentSpec => ({
  key: "qms", name: "Quality management software", vendor: "QualiTrack", category: "process_automation", activity: "operations", status: "live",
  goLive: d(-8, 1), usefulLifeMonths: 60, ownerName: "Sofia Marin (Quality)",
  notes: "Inspection plans, non-conformance reports and ISO 9001 document control.",
  costs: [
    cost.monthly("subscription", "QMS, 15 users", 390, -8),
    cost.oneTime("implementation", "Process mapping and document migration", 5000, -9),
  ],
  benefits: [
    benefit.proxy("cost_reduction", "Lower scrap and rework", 1500, "monthly", -8, "≈ 0.5% yield gain on €300,000/month of output", { ramp: 6, confidence: 0.7 }),
    benefit.risk("Avoided loss of the ISO 9001 certificate", 0.15, 80000, -8, { confidence: 0.6 }),
  ],
  risks: [{ type: "implementation", title: "Paper checklists still used on the night shift", likelihood: 3, impact: 2, mitigation: "Tablets at inspection stations", status: "mitigating" }],
  factors: [["Strategic fit", 30, 4, "qualitative"], ["Financial return", 25, 4, "quantitative"], ["Compliance", 25, 5, "qualitative"], ["Ease of use", 20, 3, "qualitative"]],
  align: { otd: 3, cost: 2 },
});

const fileserverTech = ({ day: d, label }: Calendar): InvestmentSpec => ({
  key: "fileserver", name: "On-premise file server", vendor: "In-house (2016 build)", category: "cloud_infrastructure", activity: "firm_infrastructure", status: "live",
  goLive: d(-100, 1), usefulLifeMonths: 84, ownerName: "Jonas Weber (COO)",
  notes: `Past its 7-year life since ${label(-16)}; operating system out of support, no off-site copy. Holds drawings and CNC programs — migrate to cloud storage.`,
  costs: [
    cost.oneTime("licence", "Server, storage and OS licences (purchase)", 7800, -100),
    cost.annual("maintenance", "Break-fix support by a local IT firm", 1800, -100),
    cost.monthly("infrastructure", "Power and cooling", 45, -100),
  ],
  benefits: [benefit.proxy("intangible", "Shared drive for drawings and CNC programs", 200, "monthly", -100, "Avoided cost of a basic cloud file share (≈ €200/month)", { confidence: 0.9 })],
  risks: [
    { type: "obsolescence", title: "Hardware out of warranty, OS out of support", likelihood: 5, impact: 4, mitigation: "Migrate to cloud storage within 6 months", status: "open" },
    { type: "security", title: "Ransomware with no off-site backup", likelihood: 3, impact: 5, mitigation: "Nightly USB copy taken off-site (interim)", status: "open" },
  ],
  factors: [["Strategic fit", 25, 1, "qualitative"], ["Financial return", 25, 2, "quantitative"], ["Reliability", 25, 1, "quantitative"], ["Security", 25, 1, "qualitative"]],
  align: {},
});

const edrTech = ({ day: d }: Calendar): InvestmentSpec => ({
  key: "edr", name: "Endpoint security", vendor: "ShieldPoint", category: "cybersecurity", activity: "firm_infrastructure", status: "live",
  goLive: d(-14, 10), usefulLifeMonths: 36, ownerName: "Jonas Weber (COO)",
  notes: "Managed detection and response on all PCs, laptops and the machine-control terminals.",
  costs: [cost.monthly("subscription", "55 devices × €4.50/month", 247.5, -14)],
  benefits: [benefit.risk("Avoided ransomware outage and recovery", 0.06, 180000, -14, { confidence: 0.8 })],
  risks: [],
  factors: [["Risk reduction", 40, 5, "qualitative"], ["Strategic fit", 20, 3, "qualitative"], ["Financial return", 20, 3, "quantitative"], ["Ease of use", 20, 4, "qualitative"]],
  align: { otd: 1 },
});

const cpqTech = ({ day: d }: Calendar): InvestmentSpec => ({
  key: "cpq", name: "Quote configurator (CPQ)", vendor: "QuoteFast", category: "crm", activity: "marketing_sales", status: "approved",
  goLive: d(5, 1), usefulLifeMonths: 48, ownerName: "Tomasz Nowak (Engineering)",
  notes: "Approved; starts after the ERP go-live because it needs the ERP item master.",
  costs: [
    cost.oneTime("implementation", "Pricing rules and CAD import", 8500, 3),
    cost.monthly("subscription", "6 users × €75/month", 450, 5),
  ],
  benefits: [
    benefit.labour("Estimating time per quote", 60, 45, 5, { ramp: 4, confidence: 0.7 }),
    benefit.proxy("revenue_increase", "Margin on extra orders won by faster quotes", 2500, "monthly", 6, "≈ 2 extra orders/month × €5,000 × 25% margin", { ramp: 6, confidence: 0.5 }),
  ],
  risks: [{ type: "integration", title: "Depends on the ERP item master", likelihood: 4, impact: 3, mitigation: "Start after ERP go-live; current price list meanwhile", status: "open" }],
  factors: [["Strategic fit", 30, 5, "qualitative"], ["Financial return", 30, 4, "quantitative"], ["Implementation effort", 20, 3, "quantitative"], ["Ease of use", 20, 4, "qualitative"]],
  align: { quote: 5 },
});

const portalTech = (): InvestmentSpec => ({
  key: "portal", name: "Supplier portal", vendor: "SupplyDesk", category: "process_automation", activity: "procurement", status: "proposed",
  goLive: null, usefulLifeMonths: 36, ownerName: "Petra Lang (Finance)",
  notes: "Proposal: suppliers confirm orders and delivery dates online instead of by email.",
  costs: [
    cost.oneTime("implementation", "Supplier onboarding", 3000, 6),
    cost.monthly("subscription", "Portal plan", 290, 6),
  ],
  benefits: [benefit.labour("Chasing order confirmations and delivery dates", 35, 38, 7, { ramp: 4, confidence: 0.6 })],
  risks: [{ type: "vendor", title: "Small suppliers refuse to use the portal", likelihood: 3, impact: 2, mitigation: "Email fallback for small suppliers", status: "open" }],
  factors: [["Strategic fit", 25, 3, "qualitative"], ["Financial return", 35, 3, "quantitative"], ["Ease of use", 20, 3, "qualitative"], ["Implementation effort", 20, 3, "quantitative"]],
  align: { otd: 2 },
});

const tabletsTech = (): InvestmentSpec => ({
  key: "tablets", name: "Shop-floor data capture tablets", vendor: "FloorLog", category: "collaboration", activity: "operations", status: "proposed",
  goLive: null, usefulLifeMonths: 48, ownerName: "Ana Kovač (Maintenance)",
  notes: "Proposal: operators book job times and scrap on tablets instead of paper job cards.",
  costs: [
    cost.oneTime("licence", "12 rugged tablets (purchase)", 7200, 6),
    cost.monthly("subscription", "Data-capture app", 240, 6),
  ],
  benefits: [benefit.labour("Paper job cards typed up by planners", 30, 38, 7, { ramp: 3, confidence: 0.7 })],
  risks: [],
  factors: [["Strategic fit", 30, 3, "qualitative"], ["Financial return", 30, 3, "quantitative"], ["Ease of use", 20, 4, "qualitative"], ["Implementation effort", 20, 3, "quantitative"]],
  align: { otd: 2, skills: 3 },
});

const faxTech = ({ day: d, label }: Calendar): InvestmentSpec => ({
  key: "fax", name: "Fax-to-email gateway", vendor: "FaxLink", category: "other", activity: "procurement", status: "retired",
  goLive: d(-84, 1), usefulLifeMonths: 60, ownerName: "Petra Lang (Finance)",
  notes: `Retired in ${label(-20)}: the last suppliers moved to email orders.`,
  costs: [
    cost.oneTime("licence", "Gateway appliance (purchase)", 1900, -84),
    cost.monthly("subscription", "Fax line", 35, -84, { end: -21 }),
    cost.oneTime("decommissioning", "Line cancellation and disposal", 150, -20),
  ],
  benefits: [benefit.labour("Scanning and filing supplier faxes", 6, 30, -84, { end: -21 })],
  risks: [],
  factors: [["Strategic fit", 50, 1, "qualitative"], ["Financial return", 50, 2, "quantitative"]],
  align: {},
});

const kpis = ({ month: m }: Calendar): KpiSpec[] => [
  { name: "Cost per part", perspective: "financial", unit: "currency", direction: "lower", baseline: 18.4, target: 17.5, targetDate: m(12), goal: "cost", path: [[-22, 18.5], [-1, 18.05]], noise: 0.06 },
  { name: "ROI realised on the digital portfolio", perspective: "financial", unit: "percent", direction: "higher", baseline: 0, target: 25, targetDate: m(12), path: [[-22, 4], [-10, 8], [-1, 19]], noise: 0.8 },
  { name: "Maintenance cost per machine hour", perspective: "financial", unit: "currency", direction: "lower", baseline: 4.8, target: 4, targetDate: m(6), investment: "sensors", goal: "cost", path: [[-22, 4.85], [-11, 4.8], [-1, 3.95]], noise: 0.05 },
  { name: "Cost per supplier invoice", perspective: "financial", unit: "currency", direction: "lower", baseline: 6.5, target: 2.5, targetDate: m(-6), investment: "rpa", path: [[-22, 6.5], [-18, 6.3], [-14, 3.2], [-1, 2.6]], noise: 0.12 },
  { name: "On-time delivery", perspective: "customer", unit: "percent", direction: "higher", baseline: 89, target: 98, targetDate: m(9), investment: "erp", goal: "otd", path: [[-22, 88.5], [-1, 93]], noise: 0.5 },
  { name: "Quote turnaround (working days)", perspective: "customer", unit: "duration", direction: "lower", baseline: 6, target: 2, targetDate: m(12), goal: "quote", path: [[-22, 6.2], [-1, 3.2]], noise: 0.2 },
  { name: "Customer complaints per month", perspective: "customer", unit: "count", direction: "lower", baseline: 9, target: 4, targetDate: m(6), investment: "qms", path: [[-22, 9], [-9, 8.5], [-1, 5.2]], noise: 0.4, integer: true },
  { name: "Unplanned downtime (hours per month)", perspective: "internal_process", unit: "duration", direction: "lower", baseline: 46, target: 32, targetDate: m(6), investment: "sensors", goal: "downtime", path: [[-22, 46.5], [-11, 45.5], [-10, 41], [-7, 34], [-1, 30.5]], noise: 0.9 },
  { name: "Mean time to repair (hours)", perspective: "internal_process", unit: "duration", direction: "lower", baseline: 5.5, target: 3.5, targetDate: m(6), investment: "sensors", goal: "downtime", path: [[-22, 5.6], [-11, 5.5], [-9, 4.6], [-6, 4.2], [-1, 3.8]], noise: 0.12 },
  { name: "First-pass yield", perspective: "internal_process", unit: "percent", direction: "higher", baseline: 94, target: 97.5, targetDate: m(9), investment: "qms", path: [[-22, 94], [-9, 94.2], [-1, 96.8]], noise: 0.15 },
  { name: "Invoice processing time (minutes)", perspective: "internal_process", unit: "duration", direction: "lower", baseline: 12, target: 3, targetDate: m(-6), investment: "rpa", path: [[-22, 12.2], [-18, 11.8], [-14, 4], [-1, 2.6]], noise: 0.25 },
  { name: "Security incidents", perspective: "internal_process", unit: "count", direction: "lower", baseline: 3, target: 0, targetDate: m(3), investment: "edr", path: [[-22, 2.5], [-14, 2], [-8, 0.5], [-1, 0]], noise: 0.2, integer: true },
  { name: "ERP milestones completed", perspective: "internal_process", unit: "percent", direction: "higher", baseline: 0, target: 100, targetDate: m(4), investment: "erp", goal: "otd", path: [[-22, 0], [-14, 5], [-8, 30], [-4, 40], [-1, 48]], noise: 0 },
  { name: "Staff trained on the ERP", perspective: "learning_growth", unit: "percent", direction: "higher", baseline: 0, target: 100, targetDate: m(4), investment: "erp", goal: "skills", path: [[-22, 0], [-9, 0], [-6, 20], [-1, 72]], noise: 1 },
  { name: "Operators using the maintenance app", perspective: "learning_growth", unit: "percent", direction: "higher", baseline: 0, target: 90, targetDate: m(0), investment: "sensors", goal: "skills", path: [[-22, 0], [-11, 0], [-10, 25], [-5, 75], [-1, 89]], noise: 1.5 },
  { name: "Training hours per employee per month", perspective: "learning_growth", unit: "duration", direction: "higher", baseline: 1.5, target: 3, targetDate: m(6), goal: "skills", path: [[-22, 1.4], [-1, 3.3]], noise: 0.1 },
];

const INTEGRATIONS: IntegrationSpec[] = [
  ["sensors", "erp", "Machine hours and maintenance alerts"],
  ["tablets", "erp", "Production confirmations and scrap counts"],
  ["erp", "qms", "Batches and inspection orders"],
  ["qms", "erp", "Inspection results and quality holds"],
  ["rpa", "erp", "Posted supplier invoices"],
  ["cad", "cpq", "Part geometry and machining times"],
  ["cpq", "erp", "Won quotes as sales orders"],
  ["erp", "portal", "Purchase orders"],
  ["portal", "erp", "Order confirmations and delivery notes"],
];

const SCENARIOS: ScenarioSpec[] = [
  { name: "Cloud ERP — likely", kind: "likely", investment: "erp", benefitMultiplier: 1, costMultiplier: 1.1, delayMonths: 0, adoptionRate: 0.9 },
  { name: "Cloud ERP — pessimistic", kind: "pessimistic", investment: "erp", benefitMultiplier: 0.75, costMultiplier: 1.35, delayMonths: 6, adoptionRate: 0.8 },
  { name: "Sensors — optimistic", kind: "optimistic", investment: "sensors", benefitMultiplier: 1.25, costMultiplier: 1, delayMonths: 0, adoptionRate: 1 },
];

export function manufacturer(cal: Calendar): ClientSpec {
  return {
    org: ORG,
    historyMonths: 22,
    goals: goals(cal),
    investments: [erpTech, sensorsTech, rpaTech, cadTech, qmsTech, fileserverTech, edrTech, cpqTech, portalTech, tabletsTech, faxTech].map((build) => build(cal)),
    kpis: kpis(cal),
    // Who sends data to whom (from → to). The file server and endpoint security stay silos; the fax gateway is retired.
    integrations: INTEGRATIONS,
    scenarios: SCENARIOS,
  };
}
