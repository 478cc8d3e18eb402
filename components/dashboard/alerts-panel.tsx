import Link from "next/link";
import { Card } from "@/components/ui/card";
import type { DashboardAlerts } from "@/lib/dashboard/types";
import { label } from "@/lib/domain/labels";
import type { Perspective } from "@/lib/domain/values";
import { formatDate, formatMoney, formatPercent, type Formats, type Locale } from "@/lib/format";
import { formatScore } from "@/lib/scorecard/format";
import { toMonthParam } from "@/lib/scorecard/month";
import { daysLeft, timeToAct } from "./format";

const link = "font-medium text-indigo-700 hover:underline";
const item = "py-2 text-sm text-slate-700";
/** A deadline this close is shown as urgent. */
const URGENT_DAYS = 14;

/** Each group shows its first few; the rest are one link away, so a large portfolio keeps a short page. */
export const ALERTS_SHOWN = 5;

type Props = { alerts: DashboardAlerts; slug: string; month: string; formats: Formats };

function Group<T>({ id, title, items, more, children }: { id: string; title: string; items: readonly T[]; more: { href: string; label: string }; children: (item: T, i: number) => React.ReactNode }) {
  if (items.length === 0) return null;
  const hidden = items.length - ALERTS_SHOWN;
  return (
    <section aria-labelledby={`${id}-heading`} data-testid={id} className="mt-4 first:mt-0">
      <h3 id={`${id}-heading`} className="text-sm font-semibold text-slate-900">
        {title} <span className="font-normal text-slate-500">({items.length})</span>
      </h3>
      <ul className="divide-y divide-slate-100">{items.slice(0, ALERTS_SHOWN).map(children)}</ul>
      {hidden > 0 && (
        <Link href={more.href} className="text-xs font-medium text-indigo-700 hover:underline" data-testid={`${id}-more`}>
          {hidden} more: {more.label} →
        </Link>
      )}
    </section>
  );
}

/** A KPI or a goal: its name linking to where it is dealt with, its perspective, and any detail under it. */
function PerspectiveItem({ testId, href, name, perspective, children }: { testId: string; href: string; name: string; perspective: Perspective; children?: React.ReactNode }) {
  return (
    <li className={item} data-testid={testId}>
      <Link href={href} className={link}>
        {name}
      </Link>{" "}
      <span className="text-slate-500">({label(perspective)})</span>
      {children}
    </li>
  );
}

function KpiTurningRed({ k, href, locale }: { k: DashboardAlerts["kpisTurningRed"][number]; href: string; locale: Locale }) {
  return (
    <PerspectiveItem testId="alert-kpi-red-item" href={href} name={k.name} perspective={k.perspective}>
      <span className="block text-xs text-rose-700">
        {formatScore(k.attainment, locale)} attainment, {k.previousRag ? `${k.previousRag} the month before` : "not measured the month before"}
      </span>
    </PerspectiveItem>
  );
}

function BelowExpectedRoi({ t, slug, formats }: { t: DashboardAlerts["belowExpectedRoi"][number]; slug: string; formats: Formats }) {
  return (
    <li className={item} data-testid="alert-roi-item">
      <Link href={`/w/${slug}/portfolio/${t.id}`} className={link}>
        {t.name}
      </Link>
      <span className="block text-xs text-slate-600">
        {t.detail}
        <span className="tabular-nums">
          {" "}
          · NPV {formatMoney(t.npvCents, formats)}
          {t.roi !== null && ` · ROI ${formatPercent(t.roi, formats.locale)}`}
        </span>
      </span>
    </li>
  );
}

function OffPlan({ t, slug }: { t: DashboardAlerts["offPlan"][number]; slug: string }) {
  return (
    <li className={item} data-testid="alert-off-plan-item">
      <Link href={`/w/${slug}/portfolio/${t.id}#plan-vs-actual-heading`} className={link}>
        {t.name}
      </Link>
      <span className="block text-xs tabular-nums text-slate-600">{t.detail}</span>
    </li>
  );
}

function Renewal({ r, slug, locale }: { r: DashboardAlerts["renewals"][number]; slug: string; locale: Locale }) {
  const urgent = r.daysToNotice !== null ? r.daysToNotice <= URGENT_DAYS : r.daysToRenewal <= URGENT_DAYS;
  return (
    <li className={item} data-testid="alert-renewal-item">
      <Link href={`/w/${slug}/portfolio/${r.investmentId}`} className={link}>
        {r.name}
      </Link>{" "}
      renews on <span className="tabular-nums">{formatDate(r.renewalDate, locale)}</span> ({daysLeft(r.daysToRenewal)})
      {r.noticeDeadline && r.daysToNotice !== null && (
        <span className={`block text-xs ${urgent ? "font-medium text-rose-700" : "text-slate-600"}`}>
          {r.daysToNotice < 0 ? "Notice deadline was " : "Give notice by "}
          <span className="tabular-nums">{formatDate(r.noticeDeadline, locale)}</span> ({timeToAct(r.daysToNotice)})
        </span>
      )}
    </li>
  );
}

/** The five groups, each showing its first few with a link to the page that lists them all. */
function AlertGroups({ alerts, slug, month, formats }: Props) {
  const { locale } = formats;
  const scorecard = `/w/${slug}/scorecard?month=${toMonthParam(month)}`;
  const goals = `/w/${slug}/goals`;
  return (
    <div className="mt-3">
      <Group id="alert-kpi-red" title="KPIs turning red" items={alerts.kpisTurningRed} more={{ href: scorecard, label: "see the scorecard" }}>
        {(k) => <KpiTurningRed key={k.id} k={k} href={scorecard} locale={locale} />}
      </Group>
      <Group id="alert-roi" title="Below their expected ROI" items={alerts.belowExpectedRoi} more={{ href: `/w/${slug}/portfolio?sort=npvCents&dir=asc`, label: "the portfolio by NPV" }}>
        {(t) => <BelowExpectedRoi key={`${t.id}-${t.reason}`} t={t} slug={slug} formats={formats} />}
      </Group>
      <Group id="alert-off-plan" title="Furthest off plan" items={alerts.offPlan} more={{ href: `/w/${slug}/actuals`, label: "see the actuals" }}>
        {(t) => <OffPlan key={t.id} t={t} slug={slug} />}
      </Group>
      <Group
        id="alert-renewal"
        title="Renewals and notice deadlines in the next 90 days"
        items={alerts.renewals}
        more={{ href: `/w/${slug}/portfolio?sort=nextRenewal`, label: "the portfolio by renewal date" }}
      >
        {(r, i) => <Renewal key={`${r.investmentId}-${r.renewalDate}-${i}`} r={r} slug={slug} locale={locale} />}
      </Group>
      <Group id="alert-goal" title="Goals with no technology" items={alerts.goalsWithoutTechnology} more={{ href: goals, label: "see the goals" }}>
        {(g) => <PerspectiveItem key={g.id} testId="alert-goal-item" href={goals} name={g.title} perspective={g.perspective} />}
      </Group>
    </div>
  );
}

/** What needs a decision: KPIs turning red, technologies behind their case or off their plan, renewals and goals nothing serves. */
export function AlertsPanel(props: Props) {
  const { kpisTurningRed, belowExpectedRoi, offPlan, renewals, goalsWithoutTechnology } = props.alerts;
  const total = kpisTurningRed.length + belowExpectedRoi.length + offPlan.length + renewals.length + goalsWithoutTechnology.length;
  return (
    <section aria-labelledby="alerts-heading" className="h-full">
      <Card padding="sm" className="h-full" data-testid="alerts">
        <h2 id="alerts-heading" className="text-lg font-semibold text-slate-900">
          Needs attention
        </h2>
        {total === 0 ? (
          <p className="mt-4 rounded-lg bg-emerald-50 px-3 py-3 text-sm text-emerald-800" data-testid="alerts-empty">
            Nothing needs attention: no KPI turned red, every technology is on its business case and none with actuals is far off its plan, no renewal or notice deadline falls in the
            next 90 days and every goal has a technology serving it.
          </p>
        ) : (
          <AlertGroups {...props} />
        )}
      </Card>
    </section>
  );
}
