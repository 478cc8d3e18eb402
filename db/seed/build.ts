/**
 * Turns the client specs into table rows. Pure: no I/O, no clock, no Math.random — the same seed, as-of date
 * and password hash always give the same rows.
 */
import {
  actualBenefits,
  alignments,
  auditLog,
  benefitItems,
  costItems,
  goals,
  integrations,
  investments,
  kpiMeasurements,
  kpis,
  matchRules,
  memberships,
  organizations,
  risks,
  scenarios,
  scoringFactors,
  users,
} from "../schema";
import { addMonthsUtc, createCalendar, monthStartUtc } from "./calendar";
import { DEMO_BANKS } from "./bank";
import { bankExports } from "./bank/exports";
import type { BankExport } from "./bank/types";
import { accounting } from "./clients/accounting";
import { cafe } from "./clients/cafe";
import { manufacturer } from "./clients/manufacturer";
import { DEMO_USER_NAMES, DEMO_USERS } from "./accounts";
import { createRandom, type Random } from "./random";
import { kpiValues } from "./series";
import type { Calendar, ClientSpec, InvestmentSpec, KpiSpec } from "./types";

type Insert<T extends { $inferInsert: unknown }> = T["$inferInsert"];

/** The tables the demo fills, in insertion order: parents before children. */
export const SEED_TABLES = {
  users, organizations, memberships, goals, investments, costItems, kpis, benefitItems, risks, scoringFactors, alignments, kpiMeasurements,
  scenarios, integrations, matchRules, actualBenefits, auditLog,
} as const;

export type SeedRows = { [K in keyof typeof SEED_TABLES]: Insert<(typeof SEED_TABLES)[K]>[] };

/** The demo clients, in insertion order; the first one is the workspace the owner and viewer users belong to. */
export const DEMO_CLIENTS: ((cal: Calendar) => ClientSpec)[] = [cafe, manufacturer, accounting];

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const fixed = (value: number, digits: number) => value.toFixed(digits);

function fail(message: string): never {
  throw new Error(`demo seed: ${message}`);
}

/** What the rows of one workspace are built from. */
type OrgContext = {
  rows: SeedRows;
  spec: ClientSpec;
  orgId: string;
  onboardedAt: Date;
  base: Date;
  cal: Calendar;
  ids: Random;
  random: Random;
  userIds: Record<keyof typeof DEMO_USERS, string>;
};

const emptyRows = (): SeedRows => ({
  users: [], organizations: [], memberships: [], goals: [], investments: [], costItems: [], benefitItems: [],
  risks: [], scoringFactors: [], alignments: [], kpis: [], kpiMeasurements: [], scenarios: [], integrations: [], matchRules: [],
  actualBenefits: [], auditLog: [],
});

/** A benefit line that names a KPI, resolved to the KPI's id once the KPIs exist. */
type KpiLink = { row: SeedRows["benefitItems"][number]; kpi: NonNullable<InvestmentSpec["benefits"][number]["kpi"]> };

/** The demo users, who exist from before the earliest workspace was onboarded. */
function addUsers(rows: SeedRows, ids: Random, base: Date, specs: readonly ClientSpec[], passwordHash: string): OrgContext["userIds"] {
  const usersCreatedAt = new Date(addMonthsUtc(base, -Math.max(...specs.map((s) => s.historyMonths)) - 1).getTime() + 9 * HOUR);
  const userIds = {} as OrgContext["userIds"];
  for (const role of ["consultant", "owner", "viewer"] as const) {
    userIds[role] = ids.uuid();
    rows.users.push({ id: userIds[role], name: DEMO_USER_NAMES[role], email: DEMO_USERS[role], passwordHash, createdAt: usersCreatedAt });
  }
  return userIds;
}

/** The workspace and its members: the consultant everywhere, the owner and viewer in the first one. */
function addOrganization({ rows, spec, orgId, onboardedAt, userIds }: OrgContext, first: boolean): void {
  rows.organizations.push({ id: orgId, ...spec.org, createdAt: onboardedAt });
  rows.memberships.push({ orgId, userId: userIds.consultant, role: "owner", createdAt: onboardedAt });
  if (first) {
    rows.memberships.push({ orgId, userId: userIds.owner, role: "owner", createdAt: onboardedAt });
    rows.memberships.push({ orgId, userId: userIds.viewer, role: "viewer", createdAt: onboardedAt });
  }
}

/** Ids by spec key, for the rows that refer to one (unknown or duplicate keys fail). */
function keyedIds(ctx: OrgContext, keys: readonly string[], what: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const key of keys) {
    if (map.has(key)) fail(`${ctx.spec.org.slug}: duplicate ${what} key ${key}`);
    map.set(key, ctx.ids.uuid());
  }
  return map;
}

function lookup(ctx: OrgContext, map: Map<string, string>, key: string | undefined, what: string): string | null {
  if (key === undefined) return null;
  return map.get(key) ?? fail(`${ctx.spec.org.slug}: unknown ${what} ${key}`);
}

function addKpi(ctx: OrgContext, kpi: KpiSpec, investmentIds: Map<string, string>, goalIds: Map<string, string>): string {
  const { rows, spec, orgId, onboardedAt, base, cal, userIds } = ctx;
  const kpiId = ctx.ids.uuid();
  rows.kpis.push({
    orgId, id: kpiId, name: kpi.name, perspective: kpi.perspective, unit: kpi.unit, direction: kpi.direction,
    baseline: fixed(kpi.baseline, 2), target: fixed(kpi.target, 2), targetDate: kpi.targetDate, weight: "1.000",
    investmentId: lookup(ctx, investmentIds, kpi.investment, "investment"), goalId: lookup(ctx, goalIds, kpi.goal, "goal"),
    createdAt: onboardedAt,
  });
  const months = kpi.months ?? spec.historyMonths;
  if (months < 18 || months > 24) fail(`${kpi.name}: ${months} months of history (18–24 expected)`);
  const noise = ctx.random.fork(`kpi:${spec.org.slug}:${kpi.name}`);
  const offsets = Array.from({ length: months }, (_, i) => i - months); // −months … −1
  const values = kpiValues(kpi, offsets, noise);
  offsets.forEach((offset, i) => {
    // Entered in the last days of the month it measures, during the afternoon.
    const enteredAt = new Date(addMonthsUtc(base, offset + 1).getTime() - noise.int(1, 4) * DAY + noise.int(13, 17) * HOUR);
    rows.kpiMeasurements.push({
      orgId, kpiId, period: cal.month(offset), value: fixed(values[i], 2), note: "", enteredBy: userIds.consultant, enteredAt,
    });
  });
  return kpiId;
}

function linkBenefitsToKpis(ctx: OrgContext, links: readonly KpiLink[], kpiIds: Map<string, string>): void {
  for (const { row, kpi } of links) {
    row.kpiId = kpiIds.get(kpi.name) ?? fail(`${ctx.spec.org.slug}: benefit "${row.description}" names unknown KPI ${kpi.name}`);
    row.valuePerUnitCents = Math.round(kpi.valuePerUnit * 100);
  }
}

/** The matching rules the consultant set up for the client's bank exports; ids from their own generator. */
function addMatchRules(ctx: OrgContext, investmentIds: Map<string, string>): void {
  const { spec, orgId, onboardedAt } = ctx;
  const ruleIds = ctx.random.fork(`rules:${spec.org.slug}`);
  DEMO_BANKS[spec.org.slug]?.rules.forEach((rule, position) => {
    ctx.rows.matchRules.push({
      orgId, id: ruleIds.uuid(), position, field: rule.field, pattern: rule.pattern,
      investmentId: lookup(ctx, investmentIds, rule.investment, "investment")!, costCategory: rule.category, createdAt: onboardedAt,
    });
  });
}

/** Benefits entered as money, each month's amount within a few percent of the story's. */
function addActualBenefits(ctx: OrgContext, investmentIds: Map<string, string>): void {
  const { spec, orgId, base, cal } = ctx;
  const random = ctx.random.fork(`actual-benefits:${spec.org.slug}`);
  for (const entry of spec.actualBenefits ?? []) {
    const investmentId = lookup(ctx, investmentIds, entry.investment, "investment")!;
    for (const [offset, amount] of entry.months) {
      // Entered when the month's statement arrived, early in the next month.
      const enteredAt = new Date(addMonthsUtc(base, offset + 1).getTime() + random.int(2, 6) * DAY + 10 * HOUR);
      ctx.rows.actualBenefits.push({
        orgId, id: random.uuid(), investmentId, month: cal.month(offset), amountCents: Math.round(amount * random.normal(100, 3)),
        description: entry.description, source: "typed", createdAt: enteredAt, updatedAt: enteredAt,
      });
    }
  }
}

function addScenarios(ctx: OrgContext, investmentIds: Map<string, string>): void {
  const { orgId, onboardedAt } = ctx;
  for (const scenario of ctx.spec.scenarios) {
    ctx.rows.scenarios.push({
      orgId, id: ctx.ids.uuid(), investmentId: scenario.investment === null ? null : lookup(ctx, investmentIds, scenario.investment, "investment"),
      name: scenario.name, kind: scenario.kind, benefitMultiplier: fixed(scenario.benefitMultiplier, 3),
      costMultiplier: fixed(scenario.costMultiplier, 3), delayMonths: scenario.delayMonths, adoptionRate: fixed(scenario.adoptionRate, 3),
      createdAt: onboardedAt,
    });
  }
}

/** Ids from their own generator, so adding links never shifts any other row's id. */
function addIntegrations(ctx: OrgContext, investmentIds: Map<string, string>): void {
  const { spec, orgId, onboardedAt } = ctx;
  const linkIds = ctx.random.fork(`integrations:${spec.org.slug}`);
  const seenLinks = new Set<string>();
  for (const [fromKey, toKey, description] of spec.integrations ?? []) {
    const fromInvestmentId = lookup(ctx, investmentIds, fromKey, "investment")!;
    const toInvestmentId = lookup(ctx, investmentIds, toKey, "investment")!;
    if (fromKey === toKey) fail(`${spec.org.slug}: integration ${fromKey} → itself`);
    if (seenLinks.has(`${fromKey}>${toKey}`)) fail(`${spec.org.slug}: duplicate integration ${fromKey} → ${toKey}`);
    seenLinks.add(`${fromKey}>${toKey}`);
    ctx.rows.integrations.push({ orgId, id: linkIds.uuid(), fromInvestmentId, toInvestmentId, description, createdAt: onboardedAt });
  }
}

/** Every row of one workspace, ids drawn in a fixed order. */
function addWorkspace(ctx: OrgContext, first: boolean): void {
  const { rows, spec, orgId, onboardedAt } = ctx;
  addOrganization(ctx, first);
  const goalIds = keyedIds(ctx, spec.goals.map((g) => g.key), "goal");
  spec.goals.forEach(({ key, ...fields }) => rows.goals.push({ orgId, id: goalIds.get(key)!, ...fields, createdAt: onboardedAt }));
  const investmentIds = new Map<string, string>();
  const links: KpiLink[] = [];
  for (const investment of spec.investments) {
    if (investmentIds.has(investment.key)) fail(`${spec.org.slug}: duplicate investment key ${investment.key}`);
    const id = ctx.ids.uuid();
    investmentIds.set(investment.key, id);
    links.push(...addInvestment(rows, { orgId, id, spec: investment, goalIds, cal: ctx.cal, ids: ctx.ids, createdAt: onboardedAt, slug: spec.org.slug }));
  }
  const kpiIds = new Map(spec.kpis.map((kpi) => [kpi.name, addKpi(ctx, kpi, investmentIds, goalIds)]));
  linkBenefitsToKpis(ctx, links, kpiIds);
  addScenarios(ctx, investmentIds);
  addIntegrations(ctx, investmentIds);
  addMatchRules(ctx, investmentIds);
  addActualBenefits(ctx, investmentIds);
  rows.auditLog.push({
    orgId, userId: ctx.userIds.consultant, action: "seed", entity: "organization", entityId: orgId, before: null,
    after: { slug: spec.org.slug, name: spec.org.name, goals: spec.goals.length, investments: spec.investments.length, kpis: spec.kpis.length },
    createdAt: onboardedAt,
  });
}

export function buildSeedRows(args: { seed: number; asOf: Date; passwordHash: string }): SeedRows {
  const random = createRandom(args.seed);
  const ids = random.fork("ids");
  const base = monthStartUtc(args.asOf);
  const cal = createCalendar(base);
  const specs = DEMO_CLIENTS.map((client) => client(cal));
  const rows = emptyRows();
  const userIds = addUsers(rows, ids, base, specs, args.passwordHash);
  specs.forEach((spec, index) => {
    const orgId = ids.uuid();
    const onboardedAt = new Date(addMonthsUtc(base, -spec.historyMonths).getTime() + 10 * HOUR);
    addWorkspace({ rows, spec, orgId, onboardedAt, base, cal, ids, random, userIds }, index === 0);
  });
  return rows;
}

/** Each demo workspace's bank exports, as the consultant imports them once the workspace exists. */
export function buildBankImports(args: { seed: number; asOf: Date }): { slug: string; files: BankExport[] }[] {
  const random = createRandom(args.seed);
  const cal = createCalendar(monthStartUtc(args.asOf));
  return DEMO_CLIENTS.map((client) => client(cal).org.slug)
    .filter((slug) => DEMO_BANKS[slug] !== undefined)
    .map((slug) => ({ slug, files: bankExports(DEMO_BANKS[slug], cal, random.fork(`bank:${slug}`)) }));
}

function addInvestment(
  rows: SeedRows,
  ctx: { orgId: string; id: string; spec: InvestmentSpec; goalIds: Map<string, string>; cal: Calendar; ids: Random; createdAt: Date; slug: string },
): KpiLink[] {
  const { orgId, id: investmentId, spec, cal, ids, createdAt } = ctx;
  const where = `${ctx.slug}/${spec.key}`;
  if ((spec.status === "proposed") !== (spec.goLive === null)) fail(`${where}: go-live date must be null exactly when proposed`);
  if (spec.costs.length < 1 || spec.costs.length > 4) fail(`${where}: 1–4 cost items expected`);
  if (spec.benefits.length < 1 || spec.benefits.length > 3) fail(`${where}: 1–3 benefit items expected`);

  rows.investments.push({
    orgId, id: investmentId, name: spec.name, vendor: spec.vendor, category: spec.category, valueChainActivity: spec.activity,
    status: spec.status, goLiveDate: spec.goLive, usefulLifeMonths: spec.usefulLifeMonths, ownerName: spec.ownerName,
    notes: spec.notes, version: 1, createdAt, updatedAt: createdAt,
  });

  for (const item of spec.costs) {
    rows.costItems.push({
      orgId, id: ids.uuid(), investmentId, category: item.category, description: item.description, kind: item.kind,
      frequency: item.frequency, amountCents: Math.round(item.amount * 100), startMonth: cal.month(item.start),
      endMonth: item.end === undefined ? null : cal.month(item.end), renewalDate: item.renewal?.date ?? null,
      noticeDays: item.renewal?.noticeDays ?? null,
      annualUpliftPct: item.renewal === undefined ? null : fixed(item.renewal.upliftPct, 3), createdAt,
    });
  }
  const links = addBenefitItems(rows, { orgId, investmentId, benefits: spec.benefits, cal, ids, createdAt });
  for (const risk of spec.risks) {
    rows.risks.push({ orgId, id: ids.uuid(), investmentId, ...risk, createdAt });
  }

  const total = spec.factors.reduce((sum, [, weight]) => sum + weight, 0);
  if (total !== 100) fail(`${where}: scoring weights sum to ${total}, not 100`);
  for (const [name, weight, score, kind] of spec.factors) {
    if (!Number.isInteger(score) || score < 1 || score > 5) fail(`${where}: score ${score} outside 1–5`);
    rows.scoringFactors.push({ orgId, id: ids.uuid(), investmentId, name, weight: fixed(weight, 2), score, kind });
  }

  for (const [goalKey, strength] of Object.entries(spec.align)) {
    const goalId = ctx.goalIds.get(goalKey) ?? fail(`${where}: unknown goal ${goalKey}`);
    if (!Number.isInteger(strength) || strength < 0 || strength > 5) fail(`${where}: alignment ${strength} outside 0–5`);
    rows.alignments.push({ orgId, investmentId, goalId, strength });
  }
  return links;
}

/** The benefit lines; those naming a KPI get its id once the KPIs exist (the links returned). */
function addBenefitItems(
  rows: SeedRows,
  ctx: { orgId: string; investmentId: string; benefits: InvestmentSpec["benefits"]; cal: Calendar; ids: Random; createdAt: Date },
): KpiLink[] {
  const { orgId, investmentId, cal, ids, createdAt } = ctx;
  const links: KpiLink[] = [];
  for (const item of ctx.benefits) {
    const row: SeedRows["benefitItems"][number] = {
      orgId, id: ids.uuid(), investmentId, category: item.category, description: item.description, kind: item.kind,
      frequency: item.frequency, amountCents: item.amountCents, startMonth: cal.month(item.start),
      endMonth: item.end === undefined ? null : cal.month(item.end), rampUpMonths: item.rampUpMonths,
      confidence: fixed(item.confidence, 3), calculator: item.calculator, kpiId: null, valuePerUnitCents: null, createdAt,
    };
    rows.benefitItems.push(row);
    if (item.kpi) links.push({ row, kpi: item.kpi });
  }
  return links;
}
