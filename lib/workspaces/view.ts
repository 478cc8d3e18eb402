/**
 * The consultant's overview: every workspace the user belongs to with its headline figures, read in batches
 * through db/queries (overviewReads) and composed by lib/workspaces/overview.ts with the portfolio valuation.
 */
import "server-only";
import { listWorkspacesForUser } from "@/db/queries/tenants";
import { overviewReads } from "@/db/queries/workspaces-overview";
import { withScope } from "@/db/scope";
import { markerCache } from "@/lib/cache/marker-cache";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { DEFAULT_LOCALE, isLocale } from "@/lib/format";
import { evaluatePortfolio, type TechnologyItems } from "@/lib/portfolio/metrics";
import { lastCompleteMonth } from "@/lib/portfolio/timeline";
import type { KpiDefinitionRow, MeasurementRow } from "@/lib/scorecard/types";
import { workspaceFigures, type WorkspaceOverviewRow } from "./overview";

/** Rows of many workspaces, by workspace (and within one, in the order the query returned them). */
function byOrg<T extends { orgId: string }>(rows: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) (map.get(row.orgId) ?? map.set(row.orgId, []).get(row.orgId)!).push(row);
  return map;
}

function byInvestment<T extends { investmentId: string }>(rows: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) (map.get(row.investmentId) ?? map.set(row.investmentId, []).get(row.investmentId)!).push(row);
  return map;
}

type Figures = ReturnType<typeof workspaceFigures> & { lastMonthWithData: string | null };

/** Figures per workspace, reused until its next write or the next day (as the portfolio's are). */
const computed = markerCache<Figures>({ maxWorkspaces: 500, maxKeys: 1 });

/**
 * Every workspace the user belongs to, with its headline figures as its dashboard shows them for the
 * last complete month: ROI and NPV to date, annual technology spend (run-rate), the four perspective scores,
 * red KPIs. One read for the memberships and one for their change markers; the workspaces that changed
 * since their figures were computed are read again, nine reads covering all of them, whatever their
 * number; the arithmetic is lib/workspaces/overview.ts. Rows come by workspace name. One transaction,
 * scoped to the user and their workspaces.
 */
export async function getWorkspacesOverview(userId: string, today = new Date()): Promise<WorkspaceOverviewRow[]> {
  // Row-level security: the user's own memberships first, then every one of their workspaces.
  return withScope({ userId }, async () => {
    const member = await overviewReads.memberships(userId);
    return withScope({ orgIds: member.map((m) => m.orgId), userId }, () => overview(member, today));
  });
}

async function overview(member: Awaited<ReturnType<typeof overviewReads.memberships>>, today: Date): Promise<WorkspaceOverviewRow[]> {
  if (member.length === 0) return [];
  const month = lastCompleteMonth(today);
  const markers = new Map((await overviewReads.markers(member.map((m) => m.orgId))).map((r) => [r.orgId, r.latest]));
  // The same marker as changeMarker (db/queries/portfolio.ts): the write mark and the day.
  const markerOf = (orgId: string) => `${markers.get(orgId) ?? 0}:${today.toISOString().slice(0, 10)}`;
  const known = new Map(member.map((m) => [m.orgId, computed.peek(m.orgId, markerOf(m.orgId), month)]));
  const stale = member.filter((m) => known.get(m.orgId) === undefined);
  if (stale.length > 0) {
    const fresh = await computeFigures(stale, month, today);
    for (const m of stale) known.set(m.orgId, computed.set(m.orgId, markerOf(m.orgId), month, fresh.get(m.orgId)!));
  }
  return member.map((m) => ({
    slug: m.slug,
    name: m.name,
    industry: m.industry,
    role: m.role,
    currency: m.currency,
    locale: isLocale(m.locale) ? m.locale : DEFAULT_LOCALE,
    month,
    ...known.get(m.orgId)!,
  }));
}

/** The figures of the given workspaces: nine reads, each covering all of them. */
async function computeFigures(member: Awaited<ReturnType<typeof overviewReads.memberships>>, month: string, today: Date): Promise<Map<string, Figures>> {
  const orgIds = member.map((m) => m.orgId);
  const [invs, costs, benefits, riskRows, factors, aligned, definitions, values, lastMonths] = await Promise.all([
    overviewReads.investments(orgIds),
    overviewReads.costs(orgIds),
    overviewReads.benefits(orgIds),
    overviewReads.risks(orgIds),
    overviewReads.factors(orgIds),
    overviewReads.alignments(orgIds),
    overviewReads.kpis(orgIds),
    overviewReads.latestValues(orgIds, month),
    overviewReads.lastMeasuredMonths(orgIds),
  ]);
  const invsByOrg = byOrg(invs);
  const costsByInv = byInvestment(costs);
  const benefitsByInv = byInvestment(benefits);
  const risksByInv = byInvestment(riskRows);
  const factorsByInv = byInvestment(factors);
  const alignedByInv = byInvestment(aligned);
  const kpisByOrg = byOrg(definitions);
  const valuesByOrg = byOrg(values);
  const lastMonth = new Map(lastMonths.map((r) => [r.orgId, r.latest]));

  return new Map(
    member.map((m) => {
      const items: TechnologyItems[] = (invsByOrg.get(m.orgId) ?? []).map((investment) => ({
        investment,
        costs: costsByInv.get(investment.id) ?? [],
        benefits: benefitsByInv.get(investment.id) ?? [],
        risks: risksByInv.get(investment.id) ?? [],
        factors: factorsByInv.get(investment.id) ?? [],
        alignments: (alignedByInv.get(investment.id) ?? []).map(({ goalId, strength, goalWeight }) => ({ goalId, strength, goalWeight })),
      }));
      const annualDiscountRate = Number(m.discountRate ?? 0.08);
      const kpiRows: KpiDefinitionRow[] = (kpisByOrg.get(m.orgId) ?? []).map(({ orgId: _orgId, ...k }) => k);
      const latestValues: MeasurementRow[] = (valuesByOrg.get(m.orgId) ?? []).map(({ kpiId, period, value }) => ({ kpiId, period, value }));
      const figures = workspaceFigures({
        month,
        annualDiscountRate,
        technologies: evaluatePortfolio(items, annualDiscountRate, today),
        kpis: kpiRows,
        latestValues,
      });
      return [m.orgId, { ...figures, lastMonthWithData: lastMonth.get(m.orgId) ?? null }];
    }),
  );
}

/** The workspace switcher: every workspace the signed-in user belongs to. */
export const loadWorkspaceSwitcher = (ctx: TenantCtx) => listWorkspacesForUser(ctx.userId);
