/**
 * The headline figures of one workspace for the consultant's overview, from rows the query read: pure, so
 * it is tested on fixtures. The money is the portfolio valuation at the month (lib/portfolio/valuation.ts),
 * the one the dashboard's tiles read; the scorecard is on each KPI's latest value by the month.
 */
import { dateInMonth } from "@/lib/dashboard/month";
import type { Role } from "@/lib/domain/values";
import { perspectives, type Perspective } from "@/lib/domain/values";
import type { Rag } from "@/lib/finance";
import type { Locale } from "@/lib/format";
import { annualRunRateCents, type EvaluatedTechnology } from "@/lib/portfolio/metrics";
import { valuePortfolio } from "@/lib/portfolio/valuation";
import { buildScorecard } from "@/lib/scorecard/build";
import type { KpiDefinitionRow, MeasurementRow } from "@/lib/scorecard/types";

export interface WorkspaceFiguresInput {
  /** The month the figures stand at ('YYYY-MM-01'): the overview uses the last complete month. */
  month: string;
  annualDiscountRate: number;
  technologies: readonly EvaluatedTechnology[];
  kpis: readonly KpiDefinitionRow[];
  /** Each KPI's latest value with period ≤ month (one row per KPI). */
  latestValues: readonly MeasurementRow[];
}

export type PerspectiveScore = { score: number | null; rag: Rag | null };

export interface WorkspaceFigures {
  technologyCount: number;
  /** Undiscounted ROI to date (the dashboard's ROI tile); null while no costs are recorded. */
  roi: number | null;
  /** NPV to date in minor units, at the workspace's discount rate (the dashboard's NPV tile). */
  npvCents: number;
  /** Recurring costs active in the month, annualised (the dashboard's run-rate tile). */
  annualSpendCents: number;
  perspectives: Record<Perspective, PerspectiveScore>;
  /** KPIs whose latest value by the month is red. */
  redKpis: number;
}

export interface WorkspaceOverviewRow extends WorkspaceFigures {
  slug: string;
  name: string;
  industry: string;
  role: Role;
  currency: string;
  /** How the workspace writes its figures: each row is shown as its own dashboard shows it. */
  locale: Locale;
  /** The month the figures stand at ('YYYY-MM-01'). */
  month: string;
  /** The workspace's latest month with any KPI value ('YYYY-MM-01'), or null. */
  lastMonthWithData: string | null;
}

export function workspaceFigures({ month, annualDiscountRate, technologies, kpis, latestValues }: WorkspaceFiguresInput): WorkspaceFigures {
  const { toDate } = valuePortfolio(technologies, annualDiscountRate, month);
  const at = dateInMonth(month);
  const annualSpendCents = technologies.reduce((sum, t) => sum + annualRunRateCents(t.items, at), 0);

  const scorecard = buildScorecard({ kpis, measurements: latestValues, bounds: { earliest: month, latest: month }, requestedMonth: month });
  const byPerspective = new Map(scorecard.perspectives.map((p) => [p.perspective, { score: p.score, rag: p.rag }]));
  return {
    technologyCount: technologies.length,
    roi: toDate.roi,
    npvCents: toDate.npvCents,
    annualSpendCents,
    perspectives: Object.fromEntries(perspectives.map((p) => [p, byPerspective.get(p) ?? { score: null, rag: null }])) as Record<Perspective, PerspectiveScore>,
    redKpis: scorecard.perspectives.reduce((n, p) => n + p.kpis.filter((k) => k.rag === "red").length, 0),
  };
}
