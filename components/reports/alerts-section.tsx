import Link from "next/link";
import { Card } from "@/components/ui/card";
import type { DashboardAlerts } from "@/lib/dashboard/types";
import { label } from "@/lib/domain/labels";
import { formatDate, formatMoney, formatPercent, type Formats } from "@/lib/format";
import { ReportSection } from "./report-section";

const days = (n: number) => (n === 0 ? "today" : n < 0 ? `${-n} day${n === -1 ? "" : "s"} ago` : `in ${n} day${n === 1 ? "" : "s"}`);

function AlertList({ title, testId, children, count }: { title: string; testId: string; count: number; children: React.ReactNode }) {
  if (count === 0) return null;
  return (
    <Card padding="sm" className="mt-4 break-inside-avoid" data-testid={testId}>
      <h3 className="text-sm font-semibold text-slate-800">
        {title} <span className="font-normal text-slate-500">({count})</span>
      </h3>
      <ul className="mt-2 space-y-1.5 text-sm text-slate-700">{children}</ul>
    </Card>
  );
}

/** What needs attention: KPIs turning red, technologies behind their case, renewals coming up, goals nothing serves. */
export function AlertsSection({ alerts, count, slug, formats, today }: { alerts: DashboardAlerts; count: number; slug: string; formats: Formats; today: string }) {
  const { locale } = formats;
  const tech = (id: string, name: string) => (
    <Link href={`/w/${slug}/portfolio/${id}`} className="font-medium text-indigo-700 hover:underline print:text-slate-900 print:no-underline">
      {name}
    </Link>
  );
  return (
    <ReportSection id="report-alerts" title="Needs attention" testId="report-alerts">
      {count === 0 && <p className="text-sm text-slate-600">Nothing needs attention: no KPI turned red, no renewal is due within 90 days, every goal is served.</p>}
      <AlertList title="KPIs that turned red" testId="report-alerts-red" count={alerts.kpisTurningRed.length}>
        {alerts.kpisTurningRed.map((k) => (
          <li key={k.id}>
            <span className="font-medium text-slate-900">{k.name}</span> ({label(k.perspective)}) — {formatPercent(k.attainment, locale, 0)} of the way to target
            {k.previousRag ? `, ${k.previousRag} last month` : ", not measured last month"}
          </li>
        ))}
      </AlertList>
      <AlertList title={`Renewals and notice deadlines in the next 90 days (from ${formatDate(today, locale)})`} testId="report-alerts-renewals" count={alerts.renewals.length}>
        {alerts.renewals.map((r) => (
          <li key={`${r.investmentId}-${r.renewalDate}`}>
            {tech(r.investmentId, r.name)} renews on {formatDate(r.renewalDate, locale)} ({days(r.daysToRenewal)})
            {r.noticeDeadline && r.daysToNotice !== null && (
              <>
                ; <span className="font-medium text-amber-800">notice by {formatDate(r.noticeDeadline, locale)}</span> ({days(r.daysToNotice)})
              </>
            )}
          </li>
        ))}
      </AlertList>
      <AlertList title="Technologies below expected ROI" testId="report-alerts-roi" count={alerts.belowExpectedRoi.length}>
        {alerts.belowExpectedRoi.map((t) => (
          <li key={t.id}>
            {tech(t.id, t.name)} — {t.reason === "negative_npv" ? `NPV ${formatMoney(t.npvCents, formats)}` : "behind plan"}
            {t.detail && <span className="text-slate-500">: {t.detail}</span>}
          </li>
        ))}
      </AlertList>
      <AlertList title="Goals without a technology" testId="report-alerts-goals" count={alerts.goalsWithoutTechnology.length}>
        {alerts.goalsWithoutTechnology.map((g) => (
          <li key={g.id}>
            <span className="font-medium text-slate-900">{g.title}</span> ({label(g.perspective)})
          </li>
        ))}
      </AlertList>
    </ReportSection>
  );
}
