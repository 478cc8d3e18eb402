import Link from "next/link";
import { ReportSection } from "@/components/reports/report-section";
import { label } from "@/lib/domain/labels";
import { formatDate, formatMoney, formatPercent, type Formats } from "@/lib/format";
import type { TopAction, TopActions } from "@/lib/review-pack/top-actions";

const days = (n: number) => (n === 0 ? "today" : n < 0 ? `${-n} day${n === -1 ? "" : "s"} ago` : `in ${n} day${n === 1 ? "" : "s"}`);

function What({ action, slug, formats }: { action: TopAction; slug: string; formats: Formats }) {
  const tech = (
    <Link href={`/w/${slug}/portfolio/${action.id}`} className="font-medium text-indigo-700 hover:underline print:text-slate-900 print:no-underline">
      {action.subject}
    </Link>
  );
  switch (action.kind) {
    case "renewal":
      return (
        <>
          Decide whether to renew {tech}: {action.noticeDeadline ? "give notice by" : "it renews on"} {action.dueDate ? formatDate(action.dueDate, formats.locale) : "—"}
          {action.daysLeft !== null && <span className="text-slate-500"> ({days(action.daysLeft)})</span>}
        </>
      );
    case "kpi_red":
      return (
        <>
          Recover <span className="font-medium text-slate-900">{action.subject}</span> ({label(action.perspective!)}): red, {formatPercent(action.attainment ?? 0, formats.locale, 0)} of the way to target
        </>
      );
    case "below_roi":
      return (
        <>
          Review the case for {tech}: NPV {formatMoney(action.npvCents ?? 0, formats)}
          {action.detail && <span className="text-slate-500"> — {action.detail}</span>}
        </>
      );
    case "off_plan":
      return (
        <>
          Bring {tech} back to plan: {formatMoney(action.offPlanCents ?? 0, formats)} worse than planned to date
          {action.detail && <span className="text-slate-500"> — {action.detail}</span>}
        </>
      );
    case "goal_unserved":
      return (
        <>
          Find a technology for the goal <span className="font-medium text-slate-900">{action.subject}</span> ({label(action.perspective!)})
        </>
      );
  }
}

/** The few things to do next, most urgent first (see lib/review-pack/top-actions.ts for the order). */
export function TopActionsSection({ top, slug, formats }: { top: TopActions; slug: string; formats: Formats }) {
  const more = top.total - top.actions.length;
  return (
    <ReportSection
      id="review-pack-actions"
      title="Top actions"
      testId="review-pack-actions"
      description="Deadlines within 30 days first, then KPIs in the red, technologies below their expected return, technologies off plan, later renewals and goals no technology serves."
    >
      {top.actions.length === 0 ? (
        <p className="text-sm text-slate-600">Nothing needs action: no KPI is red, no renewal is due within 90 days, every technology meets its case and every goal is served.</p>
      ) : (
        <ol className="list-decimal space-y-1.5 pl-5 text-sm text-slate-700">
          {top.actions.map((a) => (
            <li key={`${a.kind}-${a.id}-${a.dueDate ?? ""}`} data-testid="review-pack-action" data-kind={a.kind}>
              <What action={a} slug={slug} formats={formats} />
            </li>
          ))}
        </ol>
      )}
      {more > 0 && (
        <p className="mt-2 text-xs text-slate-500">
          {more} more item{more === 1 ? "" : "s"} on the monthly review.
        </p>
      )}
    </ReportSection>
  );
}
