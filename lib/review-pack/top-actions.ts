/**
 * The review pack's "top actions": the dashboard's alerts turned into things to do, most urgent first.
 * Pure, so the ranking is tested on fixtures.
 *
 * Order, and why: a renewal whose notice deadline (or, without one, renewal date) is within 30 days goes
 * first, since missing it commits another term; then KPIs in the red (furthest from target first); then
 * technologies below expected ROI (most negative NPV first); then technologies off plan to date in money
 * (furthest first); then the rest of the renewals within 90 days (soonest first); then goals no technology
 * serves.
 */
import type { DashboardAlerts } from "@/lib/dashboard/types";
import type { Perspective } from "@/lib/domain/values";

export const MAX_TOP_ACTIONS = 5;
/** A deadline this close is acted on before anything else. */
export const URGENT_DAYS = 30;

export type TopActionKind = "renewal" | "kpi_red" | "below_roi" | "off_plan" | "goal_unserved";

export interface TopAction {
  kind: TopActionKind;
  /** The technology, KPI or goal it is about. */
  id: string;
  /** What it is about, e.g. the technology's name. */
  subject: string;
  /** The date to act by ('YYYY-MM-DD'), when there is one. */
  dueDate: string | null;
  /** Days from today to `dueDate` (negative when past). */
  daysLeft: number | null;
  /** Only for renewals: whether `dueDate` is the notice deadline (else the renewal date). */
  noticeDeadline: boolean;
  /** The figures behind it: a KPI's attainment, a technology's NPV or how far it is off plan, in cents. */
  attainment: number | null;
  npvCents: number | null;
  offPlanCents: number | null;
  detail: string | null;
  perspective: Perspective | null;
}

/** A red KPI at the quarter's end; the scorecard gives these, not only the ones that turned red last month. */
export interface RedKpi {
  id: string;
  name: string;
  perspective: Perspective;
  attainment: number;
}

export interface TopActions {
  actions: TopAction[];
  /** Every candidate, so the page can say "5 of 9". */
  total: number;
}

const base = { dueDate: null, daysLeft: null, noticeDeadline: false, attainment: null, npvCents: null, offPlanCents: null, detail: null, perspective: null } as const;

/** The date that can still be acted on: the notice deadline while it is ahead, else the renewal itself. */
function renewalAction(r: DashboardAlerts["renewals"][number]): TopAction {
  const notice = r.noticeDeadline !== null && r.daysToNotice !== null && r.daysToNotice >= 0;
  return {
    ...base,
    kind: "renewal",
    id: r.investmentId,
    subject: r.name,
    dueDate: notice ? r.noticeDeadline : r.renewalDate,
    daysLeft: notice ? r.daysToNotice : r.daysToRenewal,
    noticeDeadline: notice,
  };
}

const bySubject = (a: TopAction, b: TopAction) => a.subject.localeCompare(b.subject) || a.id.localeCompare(b.id);
const byDays = (a: TopAction, b: TopAction) => (a.daysLeft ?? Infinity) - (b.daysLeft ?? Infinity) || bySubject(a, b);

export function rankTopActions(alerts: DashboardAlerts, redKpis: readonly RedKpi[], limit = MAX_TOP_ACTIONS): TopActions {
  const renewals = alerts.renewals.map(renewalAction).sort(byDays);
  const urgent = renewals.filter((r) => (r.daysLeft ?? Infinity) <= URGENT_DAYS);
  const later = renewals.filter((r) => (r.daysLeft ?? Infinity) > URGENT_DAYS);

  // The scorecard's red KPIs and the dashboard's "turned red" ones, once each.
  const red = new Map<string, RedKpi>();
  for (const k of alerts.kpisTurningRed) red.set(k.id, { id: k.id, name: k.name, perspective: k.perspective, attainment: k.attainment });
  for (const k of redKpis) red.set(k.id, k);
  const kpis = [...red.values()]
    .map((k): TopAction => ({ ...base, kind: "kpi_red", id: k.id, subject: k.name, attainment: k.attainment, perspective: k.perspective }))
    .sort((a, b) => (a.attainment ?? 0) - (b.attainment ?? 0) || bySubject(a, b));

  const roi = alerts.belowExpectedRoi
    .map((t): TopAction => ({ ...base, kind: "below_roi", id: t.id, subject: t.name, npvCents: t.npvCents, detail: t.detail || null }))
    .sort((a, b) => (a.npvCents ?? 0) - (b.npvCents ?? 0) || bySubject(a, b));
  const offPlan = alerts.offPlan
    .map((t): TopAction => ({ ...base, kind: "off_plan", id: t.id, subject: t.name, offPlanCents: t.offPlanCents, detail: t.detail || null }))
    .sort((a, b) => (b.offPlanCents ?? 0) - (a.offPlanCents ?? 0) || bySubject(a, b));

  const goals = alerts.goalsWithoutTechnology
    .map((g): TopAction => ({ ...base, kind: "goal_unserved", id: g.id, subject: g.title, perspective: g.perspective }))
    .sort(bySubject);

  const all = [...urgent, ...kpis, ...roi, ...offPlan, ...later, ...goals];
  return { actions: all.slice(0, Math.max(0, limit)), total: all.length };
}
