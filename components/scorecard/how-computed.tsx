import { explain, RAG_THRESHOLDS } from "@/lib/finance";
import { formatPercent, type Locale } from "@/lib/format";

// The formula text comes from lib/finance, so the explanation cannot drift from the arithmetic.
const attainmentFormula = explain.attainment({ actual: 0, baseline: 0, target: 1, direction: "higher" }).formula;
export function HowComputed({ locale }: { locale: Locale }) {
  const pct = (v: number) => formatPercent(v, locale, 0);
  return (
    <details className="mt-4 rounded-lg border border-slate-200 bg-white p-4 text-sm text-slate-700" data-testid="scorecard-how">
      <summary className="cursor-pointer select-none font-medium text-indigo-700 hover:underline">How is this computed?</summary>
      <dl className="mt-3 space-y-3">
        <div>
          <dt className="font-medium text-slate-900">Attainment of a KPI</dt>
          <dd>
            <code className="font-mono text-xs">{attainmentFormula}</code>, using the KPI&apos;s latest value up to the chosen month. It works for
            &quot;lower is better&quot; KPIs too, whose target sits below their baseline.
          </dd>
        </div>
        <div>
          <dt className="font-medium text-slate-900">Perspective and overall scores</dt>
          <dd>
            A perspective&apos;s score is the mean of its KPIs&apos; attainments weighted by each KPI&apos;s weight (Σ weight × attainment / Σ weight).
            The overall score is the plain mean of the perspectives that have data. KPIs without a value yet are left out.
          </dd>
        </div>
        <div>
          <dt className="font-medium text-slate-900">RAG status</dt>
          <dd>
            Green at {pct(RAG_THRESHOLDS.green)} or more, amber from {pct(RAG_THRESHOLDS.amber)}, red below.
          </dd>
        </div>
        <div>
          <dt className="font-medium text-slate-900">Forecast</dt>
          <dd>
            A least-squares linear trend through the KPI&apos;s latest run of consecutive monthly values, projected to its target date with a {pct(0.95)}{" "}
            prediction interval (ŷ ± t · s · √(1 + 1/n + (x₀ − x̄)²/Sxx)), kept within the range a value of the KPI&apos;s unit can be entered
            in (a percentage never above 100, a count never below zero) and rounded as the KPI is shown. &quot;On track&quot; when the
            projected value meets the target; it needs at least 3 values. &quot;Target met&quot; when the latest value already meets the target,
            before or after the target date; &quot;Target date passed&quot; when it did not.
          </dd>
        </div>
      </dl>
    </details>
  );
}
