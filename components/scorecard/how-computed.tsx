import type { ReactNode } from "react";
import { cardClass } from "@/components/ui/card";
import { explain, RAG_THRESHOLDS } from "@/lib/finance";
import { formatPercent, type Locale } from "@/lib/format";

// The formula text comes from lib/finance, so the explanation cannot drift from the arithmetic.
const attainmentFormula = explain.attainment({ actual: 0, baseline: 0, target: 1, direction: "higher" }).formula;

/** One term of a "How is this computed?" panel and its explanation. */
export function HowItem({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt className="font-medium text-slate-900">{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** A page's "How is this computed?": a panel behind a native disclosure, so it opens with the keyboard. */
export function HowPanel({ testId, children }: { testId: string; children: ReactNode }) {
  return (
    <details className={cardClass({ padding: "sm", className: "mt-4 text-sm text-slate-700" })} data-testid={testId}>
      <summary className="cursor-pointer select-none font-medium text-indigo-700 hover:underline">How is this computed?</summary>
      <dl className="mt-3 space-y-3">{children}</dl>
    </details>
  );
}

export function HowComputed({ locale }: { locale: Locale }) {
  const pct = (v: number) => formatPercent(v, locale, 0);
  return (
    <HowPanel testId="scorecard-how">
      <HowItem term="Attainment of a KPI">
        <code className="font-mono text-xs">{attainmentFormula}</code>, using the KPI&apos;s latest value up to the chosen month. It works for
        &quot;lower is better&quot; KPIs too, whose target sits below their baseline.
      </HowItem>
      <HowItem term="Perspective and overall scores">
        A perspective&apos;s score is the mean of its KPIs&apos; attainments weighted by each KPI&apos;s weight (Σ weight × attainment / Σ weight).
        The overall score is the plain mean of the perspectives that have data. KPIs without a value yet are left out.
      </HowItem>
      <HowItem term="RAG status">
        Green at {pct(RAG_THRESHOLDS.green)} or more, amber from {pct(RAG_THRESHOLDS.amber)}, red below.
      </HowItem>
      <HowItem term="Forecast">
        A least-squares linear trend through the KPI&apos;s latest run of consecutive monthly values, projected to its target date with a {pct(0.95)}{" "}
        prediction interval (ŷ ± t · s · √(1 + 1/n + (x₀ − x̄)²/Sxx)), kept within the range a value of the KPI&apos;s unit can be entered
        in (a percentage never above 100, a count never below zero) and rounded as the KPI is shown. &quot;On track&quot; when the
        projected value meets the target; it needs at least 3 values. &quot;Target met&quot; when the latest value already meets the target,
        before or after the target date; &quot;Target date passed&quot; when it did not.
      </HowItem>
    </HowPanel>
  );
}
