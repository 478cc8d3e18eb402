import { db } from "@/db";
import { actualBenefits, actualCosts, goals, kpis, matchRules } from "@/db/schema";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { MISSING_TARGET_MESSAGE } from "@/lib/goals/schemas";
import { SOURCE_REFUSED_MESSAGE } from "@/lib/templates/schemas";
import { createInvestment } from "@/test/factories";
import { unique } from "@/test/snapshot";
import { NOT_FOUND, type World } from "@/test/world";

/**
 * For each workspace-scoped action, payloads for workspace A that name one of B's records. `b` picks the
 * foreign value: the test runs each payload with B's real value and again with a value that names nothing,
 * and the two answers must be the same (not yours and does not exist look alike), with A and B unchanged.
 * An action that takes no reference to another record says why instead.
 */
export type ForeignCase = {
  label: string;
  message: string;
  /** The fields the refusal points at: only the one naming B's record. */
  fields?: string[];
  payload: (w: World, b: (value: string) => string) => Promise<Record<string, unknown>> };
export type ForeignEntry = ForeignCase[] | { none: string };

const aGoal = async (a: TenantCtx) => (await db.insert(goals).values({ orgId: a.orgId, title: `Goal ${unique()}`, perspective: "customer" }).returning())[0];
const aKpi = async (a: TenantCtx) =>
  (await db.insert(kpis).values({ orgId: a.orgId, name: `KPI ${unique()}`, perspective: "customer", unit: "score", direction: "higher", baseline: "1", target: "2" }).returning())[0];
const kpiFields = { perspective: "customer", unit: "score", direction: "higher", baseline: "1", target: "2" };
const techFields = { vendor: "", category: "crm", valueChainActivity: "service", status: "live", usefulLifeMonths: "36", notes: "" };
const ALIGNMENT_GONE = "One of the goals no longer exists. Reload and try again.";
const MEMBER_GONE = "That member is no longer in this workspace.";
const NOT_IN_WORKSPACE = "That technology is not in this workspace. Reload and try again.";

const aPayment = async (ws: TenantCtx) =>
  (await db.insert(actualCosts).values({ orgId: ws.orgId, bookedOn: "2026-01-15", amountCents: 4_900, payee: `Payee ${unique()}`, source: "imported", fingerprint: `file:${unique()}` }).returning())[0];
const aRule = async (ws: TenantCtx) =>
  (await db.insert(matchRules).values({ orgId: ws.orgId, position: 1, field: "payee", pattern: `Vendor ${unique()}`, investmentId: (await createInvestment(ws)).id }).returning())[0];
const CHECK_FIELDS = "Please check the highlighted fields.";
const KPI_GONE = "One of the KPIs no longer exists. Reload and try again.";
const benefitNaming = (kpiId: string) => [{ category: "cost_reduction", kind: "one_time", amount: "10", startMonth: "2026-01", kpiId, valuePerUnit: "5" }];
const anActualBenefit = async (ws: TenantCtx) =>
  (await db.insert(actualBenefits).values({ orgId: ws.orgId, investmentId: (await createInvestment(ws)).id, month: "2026-01-01", amountCents: 1_000 }).returning())[0];

export const FOREIGN: Record<string, ForeignEntry> = {
  createKpi: [
    { label: "linked to B's technology", message: "Please check the highlighted fields.", fields: ["investmentId"], payload: async (w, b) => ({ name: `KPI ${unique()}`, ...kpiFields, investmentId: b(w.foreign.tech.id) }) },
    { label: "linked to B's goal", message: "Please check the highlighted fields.", fields: ["goalId"], payload: async (w, b) => ({ name: `KPI ${unique()}`, ...kpiFields, goalId: b(w.foreign.goal.id) }) },
  ],
  updateKpi: [
    { label: "B's KPI", message: NOT_FOUND, payload: async (w, b) => ({ id: b(w.foreign.kpi.id), name: `KPI ${unique()}`, ...kpiFields }) },
    { label: "A's KPI linked to B's technology", message: "Please check the highlighted fields.", fields: ["investmentId"], payload: async (w, b) => ({ id: (await aKpi(w.a)).id, name: `KPI ${unique()}`, ...kpiFields, investmentId: b(w.foreign.tech.id) }) },
  ],
  deleteKpi: [{ label: "B's KPI", message: NOT_FOUND, payload: async (w, b) => ({ id: b(w.foreign.kpi.id) }) }],
  saveKpiValues: [
    { label: "a value for B's KPI", message: NOT_FOUND, payload: async (w, b) => ({ period: "2026-01", values: [{ kpiId: b(w.foreign.kpi.id), value: "5", note: "" }] }) },
    {
      label: "A's KPI and B's KPI in one month",
      message: NOT_FOUND,
      payload: async (w, b) => ({ period: "2026-01", values: [{ kpiId: (await aKpi(w.a)).id, value: "5", note: "" }, { kpiId: b(w.foreign.kpi.id), value: "5", note: "" }] }),
    },
  ],
  createTechnology: [
    { label: "aligned to B's goal", message: ALIGNMENT_GONE, fields: ["alignments.0.goalId"], payload: async (w, b) => ({ name: `Tech ${unique()}`, ...techFields, alignments: [{ goalId: b(w.foreign.goal.id), strength: "3" }] }) },
    { label: "a benefit realised through B's KPI", message: KPI_GONE, fields: ["benefits.0.kpiId"], payload: async (w, b) => ({ name: `Tech ${unique()}`, ...techFields, benefits: benefitNaming(b(w.foreign.kpi.id)) }) },
  ],
  updateTechnology: [
    { label: "B's technology", message: NOT_FOUND, payload: async (w, b) => ({ id: b(w.foreign.tech.id), version: String(w.foreign.tech.version), name: `Tech ${unique()}`, ...techFields }) },
    {
      label: "A's technology aligned to B's goal",
      message: ALIGNMENT_GONE,
      fields: ["alignments.0.goalId"],
      payload: async (w, b) => {
        const tech = await createInvestment(w.a);
        return { id: tech.id, version: String(tech.version), name: tech.name, ...techFields, alignments: [{ goalId: b(w.foreign.goal.id), strength: "3" }] };
      },
    },
  ],
  deleteTechnology: [{ label: "B's technology", message: NOT_FOUND, payload: async (w, b) => ({ id: b(w.foreign.tech.id), version: String(w.foreign.tech.version) }) }],
  previewImport: { none: "a CSV names no record; names are checked against A's technologies only" },
  importTechnologies: { none: "a CSV names no record; names are checked against A's technologies only" },
  previewBankImport: { none: "a bank file names no record; duplicates and rules are looked up in A's ledger only" },
  commitBankImport: [
    {
      label: "accepting a rule for B's technology",
      message: "Please check the highlighted fields.",
      fields: ["investmentId"],
      payload: async (w, b) => ({ csv: `Date,Payee,Amount\n2026-01-15,Payee ${unique()},-49.00\n`, acceptRules: [{ field: "payee", pattern: "Payee", investmentId: b(w.foreign.tech.id), costCategory: null }] }),
    },
  ],
  createGoal: { none: "a goal refers to nothing else" },
  updateGoal: [{ label: "B's goal", message: NOT_FOUND, payload: async (w, b) => ({ id: b(w.foreign.goal.id), title: `Goal ${unique()}`, perspective: "customer", weight: "1", targetText: "Met" }) }],
  deleteGoal: [{ label: "B's goal", message: NOT_FOUND, payload: async (w, b) => ({ id: b(w.foreign.goal.id) }) }],
  saveAlignments: [
    {
      label: "B's technology with A's goal",
      message: MISSING_TARGET_MESSAGE,
      payload: async (w, b) => ({ cells: [{ investmentId: b(w.foreign.tech.id), goalId: (await aGoal(w.a)).id, strength: 4, was: 0 }] }),
    },
    {
      label: "A's technology with B's goal",
      message: MISSING_TARGET_MESSAGE,
      payload: async (w, b) => ({ cells: [{ investmentId: (await createInvestment(w.a)).id, goalId: b(w.foreign.goal.id), strength: 4, was: 0 }] }),
    },
  ],
  addIntegration: [
    { label: "from B's technology", message: NOT_IN_WORKSPACE, fields: ["technologyId"], payload: async (w, b) => ({ technologyId: b(w.foreign.tech.id), direction: "sends", otherId: (await createInvestment(w.a)).id, description: "" }) },
    { label: "to B's technology", message: NOT_IN_WORKSPACE, fields: ["otherId"], payload: async (w, b) => ({ technologyId: (await createInvestment(w.a)).id, direction: "sends", otherId: b(w.foreign.tech.id), description: "" }) },
  ],
  removeIntegration: [{ label: "B's integration", message: NOT_FOUND, payload: async (w, b) => ({ id: b(w.foreign.integration.id) }) }],
  saveScenario: [
    {
      label: "a case for B's technology",
      message: NOT_FOUND,
      payload: async (w, b) => ({ scope: b(w.foreign.tech.id), kind: "likely", benefitMultiplier: "1", costMultiplier: "1", delayMonths: "0", adoptionRate: "1" }),
    },
  ],
  runScenarioMonteCarlo: [{ label: "a run over B's technology", message: NOT_FOUND, payload: async (w, b) => ({ scope: b(w.foreign.tech.id), distribution: "pert", seed: "1" }) }],
  optimizeProposals: { none: "a budget names no record; the answer's rows are checked for B's names" },
  updateWorkspaceSettings: { none: "the workspace is the one in the URL; no id is sent" },
  inviteMember: { none: "an email address, not a record: inviting someone who is in B is allowed" },
  revokeInvitation: [{ label: "B's invitation", message: "That invitation is no longer pending.", payload: async (w, b) => ({ id: b(w.foreign.invitation.id) }) }],
  changeMemberRole: [{ label: "B's member", message: MEMBER_GONE, payload: async (w, b) => ({ userId: b(w.foreign.memberId), role: "viewer" }) }],
  removeMember: [{ label: "B's member", message: MEMBER_GONE, payload: async (w, b) => ({ userId: b(w.foreign.memberId) }) }],
  transferOwnership: [{ label: "to B's member", message: MEMBER_GONE, payload: async (w, b) => ({ userId: b(w.foreign.memberId) }) }],
  applyTemplate: [{ label: "from B, where the user is only a member", message: SOURCE_REFUSED_MESSAGE, payload: async (w, b) => ({ source: b(w.b.org.slug) }) }],
  createActualCost: [
    { label: "filed under B's technology", message: CHECK_FIELDS, fields: ["investmentId"], payload: async (w, b) => ({ bookedOn: "2026-01-15", amount: "49", payee: "Shopify", investmentId: b(w.foreign.tech.id) }) },
  ],
  updateActualCost: [
    {
      label: "B's payment",
      message: NOT_FOUND,
      payload: async (w, b) => {
        const theirs = await aPayment(w.b);
        return { id: b(theirs.id), version: String(theirs.version), investmentId: "" };
      },
    },
    {
      label: "A's payment filed under B's technology",
      message: CHECK_FIELDS,
      fields: ["investmentId"],
      payload: async (w, b) => {
        const mine = await aPayment(w.a);
        return { id: mine.id, version: String(mine.version), investmentId: b(w.foreign.tech.id) };
      },
    },
  ],
  deleteActualCost: [{ label: "B's payment", message: NOT_FOUND, payload: async (w, b) => ({ id: b((await aPayment(w.b)).id) }) }],
  createMatchRule: [
    { label: "for B's technology", message: CHECK_FIELDS, fields: ["investmentId"], payload: async (w, b) => ({ field: "payee", pattern: "Shopify", investmentId: b(w.foreign.tech.id) }) },
  ],
  updateMatchRule: [
    {
      label: "B's rule",
      message: NOT_FOUND,
      payload: async (w, b) => {
        const theirs = await aRule(w.b);
        return { id: b(theirs.id), version: String(theirs.version), field: "payee", pattern: "Shopify", investmentId: (await createInvestment(w.a)).id };
      },
    },
    {
      label: "A's rule pointed at B's technology",
      message: CHECK_FIELDS,
      fields: ["investmentId"],
      payload: async (w, b) => {
        const mine = await aRule(w.a);
        return { id: mine.id, version: String(mine.version), field: "payee", pattern: "Shopify", investmentId: b(w.foreign.tech.id) };
      },
    },
  ],
  deleteMatchRule: [{ label: "B's rule", message: NOT_FOUND, payload: async (w, b) => ({ id: b((await aRule(w.b)).id) }) }],
  moveMatchRule: [{ label: "B's rule", message: NOT_FOUND, payload: async (w, b) => ({ id: b((await aRule(w.b)).id), direction: "up" }) }],
  createActualBenefit: [
    { label: "for B's technology", message: NOT_FOUND, payload: async (w, b) => ({ investmentId: b(w.foreign.tech.id), month: "2026-01", amount: "10" }) },
  ],
  updateActualBenefit: [
    {
      label: "B's entry",
      message: NOT_FOUND,
      payload: async (w, b) => {
        const theirs = await anActualBenefit(w.b);
        return { id: b(theirs.id), version: String(theirs.version), month: "2026-02", amount: "20" };
      },
    },
  ],
  deleteActualBenefit: [{ label: "B's entry", message: NOT_FOUND, payload: async (w, b) => ({ id: b((await anActualBenefit(w.b)).id) }) }],
  applyRulesToUnmatched: { none: "it names no record: A's rules run over A's unmatched payments only" },
  deleteWorkspaceAction: [{ label: "confirmed with B's name", message: "Type the workspace's name exactly as shown to delete it.", payload: async (w, b) => ({ confirmName: b(w.b.org.name) }) }],
};
