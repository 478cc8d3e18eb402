import { eq } from "drizzle-orm";
import Papa from "papaparse";
import { expect } from "vitest";
import { db } from "@/db";
import { actualBenefits, actualCosts, goals, integrations, invitations, kpis, matchRules, memberships, organizations } from "@/db/schema";
import type { Role } from "@/lib/domain/values";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { CSV_COLUMNS } from "@/lib/portfolio/csv-import";
import { newInvitationToken } from "@/lib/members/tokens";
import { addMember, createInvestment, createTenant } from "@/test/factories";
import { unique } from "@/test/snapshot";

export { auditCount, snapshot, unique } from "@/test/snapshot";

/**
 * Every server action module, every workspace-scoped action in it with the least role that may run it and
 * a payload it accepts, and the exports that are not workspace-scoped. Import it after mocking
 * `@/lib/auth`, `next/cache`, `next/headers` and `next/navigation` (vi.mock is hoisted above imports).
 */

export const modules = {
  "lib/kpis/actions.ts": await import("@/lib/kpis/actions"),
  "lib/portfolio/actions.ts": await import("@/lib/portfolio/actions"),
  "lib/portfolio/import-actions.ts": await import("@/lib/portfolio/import-actions"),
  "lib/goals/actions.ts": await import("@/lib/goals/actions"),
  "lib/integrations/actions.ts": await import("@/lib/integrations/actions"),
  "lib/scenarios/actions.ts": await import("@/lib/scenarios/actions"),
  "lib/budget/actions.ts": await import("@/lib/budget/actions"),
  "lib/settings/actions.ts": await import("@/lib/settings/actions"),
  "lib/members/actions.ts": await import("@/lib/members/actions"),
  "lib/auth/actions.ts": await import("@/lib/auth/actions"),
  "lib/workspaces/actions.ts": await import("@/lib/workspaces/actions"),
  "lib/templates/actions.ts": await import("@/lib/templates/actions"),
  "lib/workspace-data/actions.ts": await import("@/lib/workspace-data/actions"),
  "lib/actuals/actions.ts": await import("@/lib/actuals/actions"),
  "lib/actuals/rule-actions.ts": await import("@/lib/actuals/rule-actions"),
  "lib/actuals/import-actions.ts": await import("@/lib/actuals/import-actions"),
  "lib/actuals/benefit-actions.ts": await import("@/lib/actuals/benefit-actions"),
} as const;
export type ModulePath = keyof typeof modules;

/** Exports that are not workspace-scoped (no slug, no membership): they are checked by their own tests. */
export const NOT_WORKSPACE_SCOPED: Partial<Record<ModulePath, string[]>> = {
  "lib/auth/actions.ts": ["signInWithPassword", "signUp", "signOutAction"],
  "lib/workspaces/actions.ts": ["createWorkspace"],
  "lib/members/actions.ts": ["acceptInvitationAction", "signUpFromInvitation", "signOutToInvitation"],
};

export type Action = (slug: string, raw: Record<string, unknown>) => Promise<{ ok: boolean; message?: string }>;
export type Row = {
  module: ModulePath;
  name: string;
  role: Role;
  /** Whether a successful run writes audit rows (reads and previews write none). */
  audits: boolean;
  /** Creates what the payload refers to in the workspace (its owner is `ws`; the acting user is `actorId`) and returns the payload. */
  payload: (ws: TenantCtx, actorId: string) => Promise<Record<string, unknown>>;
  /** A further check after an allowed run, for actions whose effect is not an audit row. */
  verify?: (ws: TenantCtx) => Promise<void>;
};

const technology = (overrides: Record<string, unknown> = {}) => ({
  name: `Chatbot ${unique()}`,
  vendor: "Botly",
  category: "cx_automation",
  valueChainActivity: "service",
  status: "proposed",
  usefulLifeMonths: "36",
  notes: "",
  ...overrides,
});
const kpi = (overrides: Record<string, unknown> = {}) => ({
  name: `NPS ${unique()}`,
  perspective: "customer",
  unit: "score",
  direction: "higher",
  baseline: "28",
  target: "50",
  ...overrides,
});
const goal = (overrides: Record<string, unknown> = {}) => ({ title: `Goal ${unique()}`, perspective: "customer", weight: "10", targetText: "NPS ≥ 50", ...overrides });
const scenario = { scope: "portfolio", kind: "pessimistic", benefitMultiplier: "0.6", costMultiplier: "1.2", delayMonths: "4", adoptionRate: "0.75" };
const csv = () =>
  Papa.unparse({
    fields: CSV_COLUMNS,
    data: [{ name: `Imported ${unique()}`, vendor: "Acme", category: "CRM", value_chain_activity: "service", status: "live", useful_life_months: "36" }].map((r) =>
      CSV_COLUMNS.map((c) => (r as Record<string, string>)[c] ?? ""),
    ),
  });

const insertGoal = async (ws: TenantCtx) => (await db.insert(goals).values({ orgId: ws.orgId, title: `Goal ${unique()}`, perspective: "customer" }).returning())[0];
const insertKpi = async (ws: TenantCtx) =>
  (await db.insert(kpis).values({ orgId: ws.orgId, name: `KPI ${unique()}`, perspective: "customer", unit: "score", direction: "higher", baseline: "10", target: "20" }).returning())[0];

const insertPayment = async (ws: TenantCtx, payee = `Payee ${unique()}`) =>
  (await db.insert(actualCosts).values({ orgId: ws.orgId, bookedOn: "2026-01-15", amountCents: 4_900, payee, source: "typed", fingerprint: `typed:${unique()}` }).returning())[0];
const insertRule = async (ws: TenantCtx, pattern = `Vendor ${unique()}`, position = 1) =>
  (await db.insert(matchRules).values({ orgId: ws.orgId, position, field: "payee", pattern, investmentId: (await createInvestment(ws)).id }).returning())[0];
const insertActualBenefit = async (ws: TenantCtx) =>
  (await db.insert(actualBenefits).values({ orgId: ws.orgId, investmentId: (await createInvestment(ws)).id, month: "2026-01-01", amountCents: 250_000 }).returning())[0];
/** A one-payment bank file no other run repeats, so every import adds (and audits) its payment. */
const bankCsv = () => `Date,Payee,Amount\n2026-01-15,Payee ${unique()},-49.00\n`;
const ruleInput = async (ws: TenantCtx) => ({ field: "payee", pattern: `Vendor ${unique()}`, investmentId: (await createInvestment(ws)).id, costCategory: "subscription" });

export const ROWS: Row[] = [
  { module: "lib/kpis/actions.ts", name: "createKpi", role: "admin", audits: true, payload: async () => kpi() },
  { module: "lib/kpis/actions.ts", name: "updateKpi", role: "admin", audits: true, payload: async (ws) => kpi({ id: (await insertKpi(ws)).id }) },
  { module: "lib/kpis/actions.ts", name: "deleteKpi", role: "admin", audits: true, payload: async (ws) => ({ id: (await insertKpi(ws)).id }) },
  {
    module: "lib/kpis/actions.ts",
    name: "saveKpiValues",
    role: "member",
    audits: true,
    payload: async (ws) => ({ period: "2026-01", values: [{ kpiId: (await insertKpi(ws)).id, value: "42", note: "" }] }),
  },

  { module: "lib/portfolio/actions.ts", name: "createTechnology", role: "member", audits: true, payload: async () => technology() },
  {
    module: "lib/portfolio/actions.ts",
    name: "updateTechnology",
    role: "member",
    audits: true,
    payload: async (ws) => {
      const row = await createInvestment(ws);
      return technology({ id: row.id, version: String(row.version) });
    },
  },
  {
    module: "lib/portfolio/actions.ts",
    name: "deleteTechnology",
    role: "member",
    audits: true,
    payload: async (ws) => {
      const row = await createInvestment(ws);
      return { id: row.id, version: String(row.version) };
    },
  },
  { module: "lib/portfolio/import-actions.ts", name: "previewImport", role: "member", audits: false, payload: async () => ({ csv: csv() }) },
  { module: "lib/portfolio/import-actions.ts", name: "importTechnologies", role: "member", audits: true, payload: async () => ({ csv: csv() }) },

  { module: "lib/goals/actions.ts", name: "createGoal", role: "admin", audits: true, payload: async () => goal() },
  { module: "lib/goals/actions.ts", name: "updateGoal", role: "admin", audits: true, payload: async (ws) => goal({ id: (await insertGoal(ws)).id }) },
  { module: "lib/goals/actions.ts", name: "deleteGoal", role: "admin", audits: true, payload: async (ws) => ({ id: (await insertGoal(ws)).id }) },
  {
    module: "lib/goals/actions.ts",
    name: "saveAlignments",
    role: "admin",
    audits: true,
    payload: async (ws) => ({ cells: [{ investmentId: (await createInvestment(ws)).id, goalId: (await insertGoal(ws)).id, strength: 4, was: 0 }] }),
  },

  {
    module: "lib/integrations/actions.ts",
    name: "addIntegration",
    role: "member",
    audits: true,
    payload: async (ws) => ({ technologyId: (await createInvestment(ws)).id, direction: "sends", otherId: (await createInvestment(ws)).id, description: "" }),
  },
  {
    module: "lib/integrations/actions.ts",
    name: "removeIntegration",
    role: "member",
    audits: true,
    payload: async (ws) => {
      const [from, to] = [await createInvestment(ws), await createInvestment(ws)];
      const [row] = await db.insert(integrations).values({ orgId: ws.orgId, fromInvestmentId: from.id, toInvestmentId: to.id }).returning();
      return { id: row.id };
    },
  },

  { module: "lib/scenarios/actions.ts", name: "saveScenario", role: "admin", audits: true, payload: async () => scenario },
  { module: "lib/scenarios/actions.ts", name: "runScenarioMonteCarlo", role: "viewer", audits: false, payload: async () => ({ scope: "portfolio", distribution: "pert", seed: "42" }) },
  { module: "lib/budget/actions.ts", name: "optimizeProposals", role: "viewer", audits: false, payload: async () => ({ budget: "5000", objective: "npv" }) },
  {
    module: "lib/settings/actions.ts",
    name: "updateWorkspaceSettings",
    role: "admin",
    audits: true,
    payload: async () => ({ name: `Renamed ${unique()}`, industry: "hospitality", sizeBand: "small", employees: "18", currency: "EUR", discountRate: "8", fiscalYearStartMonth: "1", locale: "en-GB" }),
  },

  { module: "lib/members/actions.ts", name: "inviteMember", role: "admin", audits: true, payload: async () => ({ email: `invitee-${unique()}@example.com`, role: "member" }) },
  {
    module: "lib/members/actions.ts",
    name: "revokeInvitation",
    role: "admin",
    audits: true,
    payload: async (ws) => {
      const { tokenHash } = newInvitationToken();
      const [row] = await db
        .insert(invitations)
        .values({ orgId: ws.orgId, email: `pending-${unique()}@example.com`, role: "member", tokenHash, invitedBy: ws.userId, expiresAt: new Date(Date.now() + 86_400_000) })
        .returning();
      return { id: row.id };
    },
  },
  { module: "lib/members/actions.ts", name: "changeMemberRole", role: "admin", audits: true, payload: async (ws) => ({ userId: (await addMember(ws, "member")).userId, role: "viewer" }) },
  { module: "lib/members/actions.ts", name: "removeMember", role: "admin", audits: true, payload: async (ws) => ({ userId: (await addMember(ws, "member")).userId }) },
  { module: "lib/members/actions.ts", name: "transferOwnership", role: "owner", audits: true, payload: async (ws) => ({ userId: (await addMember(ws, "admin")).userId }) },

  {
    module: "lib/templates/actions.ts",
    name: "applyTemplate",
    role: "admin",
    audits: true,
    // The acting user is an admin of the source whatever their role here, so only this workspace's role decides.
    payload: async (_ws, actorId) => {
      const source = await createTenant("owner");
      await db.insert(memberships).values({ orgId: source.orgId, userId: actorId, role: "admin" });
      await db.insert(goals).values({ orgId: source.orgId, title: `Template goal ${unique()}`, perspective: "customer" });
      return { source: source.org.slug };
    },
  },
  { module: "lib/actuals/actions.ts", name: "createActualCost", role: "member", audits: true, payload: async () => ({ bookedOn: "2026-02-03", amount: "49.00", payee: "Shopify", description: "" }) },
  {
    module: "lib/actuals/actions.ts",
    name: "updateActualCost",
    role: "member",
    audits: true,
    payload: async (ws) => {
      const row = await insertPayment(ws);
      return { id: row.id, version: String(row.version), investmentId: (await createInvestment(ws)).id, costCategory: "subscription", amount: "51.00" };
    },
  },
  { module: "lib/actuals/actions.ts", name: "deleteActualCost", role: "member", audits: true, payload: async (ws) => ({ id: (await insertPayment(ws)).id }) },
  { module: "lib/actuals/rule-actions.ts", name: "createMatchRule", role: "member", audits: true, payload: ruleInput },
  {
    module: "lib/actuals/rule-actions.ts",
    name: "updateMatchRule",
    role: "member",
    audits: true,
    payload: async (ws) => {
      const rule = await insertRule(ws);
      return { ...(await ruleInput(ws)), id: rule.id, version: String(rule.version) };
    },
  },
  { module: "lib/actuals/import-actions.ts", name: "previewBankImport", role: "member", audits: false, payload: async () => ({ csv: bankCsv() }) },
  { module: "lib/actuals/import-actions.ts", name: "commitBankImport", role: "member", audits: true, payload: async () => ({ csv: bankCsv(), fileName: "bank.csv" }) },
  { module: "lib/actuals/rule-actions.ts", name: "deleteMatchRule", role: "member", audits: true, payload: async (ws) => ({ id: (await insertRule(ws)).id }) },
  {
    module: "lib/actuals/rule-actions.ts",
    name: "moveMatchRule",
    role: "member",
    audits: true,
    payload: async (ws) => {
      await insertRule(ws, `Vendor ${unique()}`, 1);
      return { id: (await insertRule(ws, `Vendor ${unique()}`, 2)).id, direction: "up" };
    },
  },
  {
    module: "lib/actuals/rule-actions.ts",
    name: "applyRulesToUnmatched",
    role: "member",
    audits: true,
    payload: async (ws) => {
      const pattern = `Vendor ${unique()}`;
      await insertRule(ws, pattern);
      await insertPayment(ws, `${pattern.toUpperCase()} 1234`);
      return {};
    },
  },

  {
    module: "lib/workspace-data/actions.ts",
    name: "deleteWorkspaceAction",
    role: "owner",
    // Its audit rows go with the workspace; the check is that the workspace is gone.
    audits: false,
    payload: async (ws) => ({ confirmName: ws.org.name }),
    verify: async (ws) => expect(await db.select().from(organizations).where(eq(organizations.id, ws.orgId))).toEqual([]),
  },
  {
    module: "lib/actuals/benefit-actions.ts",
    name: "createActualBenefit",
    role: "member",
    audits: true,
    payload: async (ws) => ({ investmentId: (await createInvestment(ws)).id, month: "2026-02", amount: "2500.00", description: "Online revenue" }),
  },
  {
    module: "lib/actuals/benefit-actions.ts",
    name: "updateActualBenefit",
    role: "member",
    audits: true,
    payload: async (ws) => {
      const row = await insertActualBenefit(ws);
      return { id: row.id, version: String(row.version), month: "2026-01", amount: "2600.00", description: "" };
    },
  },
  { module: "lib/actuals/benefit-actions.ts", name: "deleteActualBenefit", role: "member", audits: true, payload: async (ws) => ({ id: (await insertActualBenefit(ws)).id }) },
];

export function actionOf(row: Row): Action {
  const fn = (modules[row.module] as Record<string, unknown>)[row.name];
  if (typeof fn !== "function") throw new Error(`${row.module} does not export ${row.name}`);
  return fn as Action;
}
