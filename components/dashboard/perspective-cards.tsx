import Link from "next/link";
import { cardClass } from "@/components/ui/card";
import { EmptyPointer } from "@/components/scorecard/empty-state";
import { RagBadge } from "@/components/scorecard/rag-badge";
import { label } from "@/lib/domain/labels";
import type { DashboardView, PerspectiveCard } from "@/lib/dashboard/types";
import type { Locale } from "@/lib/format";
import { formatScore } from "@/lib/scorecard/format";
import { toMonthParam } from "@/lib/scorecard/month";
import { Change } from "./change";
import { describeScoreChange, plural } from "./format";

type Props = { view: Pick<DashboardView, "perspectives" | "overall" | "month">; slug: string; previousMonth: string | null; locale: Locale };

const linkCard = cardClass({
  padding: "sm",
  className: "block h-full hover:border-indigo-300 hover:shadow focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-500",
});

function NoKpis({ slug }: { slug: string }) {
  return (
    <EmptyPointer
      className="mt-3 p-6"
      testId="perspectives-empty"
      title="No KPIs yet"
      before="Define the measures you review each month on the "
      link={{ href: `/w/${slug}/kpis`, text: "KPIs page" }}
      after=" to score the financial, customer, internal-process and learning & growth perspectives."
    />
  );
}

/** One perspective's score, RAG and change, as a card that opens the scorecard. */
function PerspectiveLink({ p, href, previousMonth, locale }: { p: PerspectiveCard; href: string; previousMonth: string | null; locale: Locale }) {
  return (
    <Link href={href} className={linkCard} data-testid={`perspective-${p.perspective}`}>
      <h3 className="text-sm text-slate-500">{label(p.perspective)}</h3>
      <div className="mt-1 flex items-center gap-2">
        <p className="text-2xl font-semibold tracking-tight tabular-nums text-slate-900" data-testid={`perspective-${p.perspective}-score`}>
          {formatScore(p.score, locale)}
        </p>
        <RagBadge rag={p.rag} />
      </div>
      <div className="mt-1">
        <Change change={describeScoreChange(p.change, previousMonth)} testId={`perspective-${p.perspective}-change`} />
      </div>
      <p className="mt-1 text-xs text-slate-500">{p.kpiCount === 0 ? "No KPIs in this perspective" : `${p.scoredCount} of ${plural(p.kpiCount, "KPI")} scored`}</p>
    </Link>
  );
}

/** The four balanced-scorecard perspectives at the chosen month, each opening the scorecard there. */
export function PerspectiveCards({ view, slug, previousMonth, locale }: Props) {
  const kpis = view.perspectives.reduce((n, p) => n + p.kpiCount, 0);
  const href = `/w/${slug}/scorecard?month=${toMonthParam(view.month)}`;
  return (
    <section aria-labelledby="perspectives-heading" className="mt-8" data-testid="perspectives">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="perspectives-heading" className="text-lg font-semibold text-slate-900">
          Scorecard perspectives
        </h2>
        {kpis > 0 && (
          <p className="flex items-center gap-2 text-sm text-slate-600" data-testid="perspectives-overall">
            Overall <span className="font-semibold tabular-nums text-slate-900">{formatScore(view.overall.score, locale)}</span>
            <RagBadge rag={view.overall.rag} />
          </p>
        )}
      </div>
      {kpis === 0 ? (
        <NoKpis slug={slug} />
      ) : (
        <ul className="mt-3 grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
          {view.perspectives.map((p) => (
            <li key={p.perspective}>
              <PerspectiveLink p={p} href={href} previousMonth={previousMonth} locale={locale} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
