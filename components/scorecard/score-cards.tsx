import { Card } from "@/components/ui/card";
import { label } from "@/lib/domain/labels";
import type { Locale } from "@/lib/format";
import { formatScore } from "@/lib/scorecard/format";
import type { ScorecardView } from "@/lib/scorecard/types";
import { RagBadge } from "./rag-badge";

/** The overall score and one card per perspective: score, RAG in words, how many KPIs it rests on. */
export function ScoreCards({ view, locale }: { view: ScorecardView; locale: Locale }) {
  return (
    <section aria-labelledby="scores-heading" className="mt-6">
      <h2 id="scores-heading" className="sr-only">
        Scores
      </h2>
      <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-5">
        <Card className="ring-1 ring-indigo-200" data-testid="score-overall">
          <p className="text-sm text-slate-500">Overall</p>
          <div className="mt-1 flex items-center gap-2">
            <p className="text-3xl font-semibold tracking-tight tabular-nums text-slate-900" data-testid="score-overall-value">
              {formatScore(view.overall, locale)}
            </p>
            <RagBadge rag={view.overallRag} testId="score-overall-rag" />
          </div>
          <p className="mt-1 text-xs text-slate-500">Equal-weight mean of the perspectives with data</p>
        </Card>
        {view.perspectives.map((p) => (
          <Card key={p.perspective} data-testid={`score-${p.perspective}`}>
            <p className="text-sm text-slate-500">{label(p.perspective)}</p>
            <div className="mt-1 flex items-center gap-2">
              <p className="text-3xl font-semibold tracking-tight tabular-nums text-slate-900">{formatScore(p.score, locale)}</p>
              <RagBadge rag={p.rag} />
            </div>
            <p className="mt-1 text-xs text-slate-500">
              {p.kpiCount} KPI{p.kpiCount === 1 ? "" : "s"}
              {p.scoredCount < p.kpiCount && ` · ${p.kpiCount - p.scoredCount} without a value`}
            </p>
          </Card>
        ))}
      </div>
    </section>
  );
}
