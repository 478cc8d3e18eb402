import { HowItem, HowPanel } from "@/components/scorecard/how-computed";
import { explain, TIME_DECAY_HALF_LIFE_MONTHS } from "@/lib/finance";
import { formatPercent, type Locale } from "@/lib/format";
import { BEFORE_AFTER_LEVEL, MIN_VALUES_PER_SIDE } from "@/lib/realisation/before-after";
import { REALISATION_THRESHOLDS } from "@/lib/realisation/benefits";
import { REALISED_FORMULA } from "@/lib/realisation/explain-money";

// The formula text comes from lib/finance and the realised-benefit explainer, so the explanation cannot drift from the arithmetic.
const roiFormula = explain.roi(1, 1).formula;

export function RealisationItems({ locale }: { locale: Locale }) {
  const pct = (v: number) => formatPercent(v, locale, 0);
  return (
    <>
      <HowItem term="The month">
        The chosen month, by default the last complete month. &quot;To date&quot; runs from the first month with an actual (a payment, a KPI value
        priced by a benefit line, or an amount entered) to the chosen month, inclusive; the plan is compared over the same months.
      </HowItem>
      <HowItem term="Planned benefits and costs">
        The business case&apos;s monthly benefits and costs (from the technology&apos;s benefit and cost lines, with ramp-up) in those months.
      </HowItem>
      <HowItem term="Realised benefits">
        <code className="font-mono text-xs">{REALISED_FORMULA}</code>. A benefit line names the KPI it is realised through and what one unit of
        change is worth; a month counts the KPI&apos;s value in that month. When the KPI got worse the figure is negative; it is never capped. When
        several technologies name one KPI its change is split by the KPI&apos;s attribution (equal parts, weighted by what each one&apos;s lines naming the KPI plan a year, or time decay
        from each go-live with a half-life of {TIME_DECAY_HALF_LIFE_MONTHS} months), and the parts add up to the whole change. Amounts entered by hand
        (a month&apos;s online revenue, say) are added as entered.
      </HowItem>
      <HowItem term="Actual costs">The payments filed under the technology, by the month they were booked in.</HowItem>
      <HowItem term="ROI to date, planned and realised">
        <code className="font-mono text-xs">{roiFormula}</code> with the planned benefits and costs, and with the realised benefits and the actual
        costs; &quot;—&quot; while there are no payments or no realised benefit to date.
      </HowItem>
      <HowItem term="Status">
        Realised benefits as a share of the planned ones over the same months: on plan at {pct(REALISATION_THRESHOLDS.onPlan)} or more, behind plan
        from {pct(REALISATION_THRESHOLDS.behindPlan)}, well behind plan below that. A proposal, or a technology without actuals, is not judged.
      </HowItem>
      <HowItem term="No actuals yet">Where nothing was measured or entered, the row says so and shows the plan alone.</HowItem>
    </>
  );
}

export function BenefitsHowComputed({ locale }: { locale: Locale }) {
  return (
    <HowPanel testId="benefits-how">
      <RealisationItems locale={locale} />
    </HowPanel>
  );
}

export function BeforeAfterHowComputed({ locale }: { locale: Locale }) {
  const level = formatPercent(BEFORE_AFTER_LEVEL, locale, 0);
  return (
    <HowPanel testId="before-after-how">
      <HowItem term="The windows">
        Before = the N months before the go-live month; after = the N months after it. The go-live month itself is a transition (part of it
        ran on the old way) and is left out of both. Only months with a value count: when fewer than N have one — for example because go-live
        was recent — the note says how many it rests on. The comparison uses every value entered so far, whatever month the figures above are shown for.
      </HowItem>
      <HowItem term="The change">
        Mean after − mean before, and that change relative to the mean before. Whether it is an improvement depends on the KPI&apos;s direction
        (higher or lower is better).
      </HowItem>
      <HowItem term="Does it stand out from the noise?">
        Welch&apos;s t-test, which allows the two windows different month-to-month variation:{" "}
        <code className="font-mono text-xs">t = (mean_after − mean_before) / √(s²_after/n_after + s²_before/n_before)</code>, with s² each
        window&apos;s sample variance, and Welch–Satterthwaite degrees of freedom{" "}
        <code className="font-mono text-xs">df = (s²_a/n_a + s²_b/n_b)² / ((s²_a/n_a)²/(n_a − 1) + (s²_b/n_b)²/(n_b − 1))</code>. The change
        stands out when |t| exceeds the two-sided {level} quantile of Student&apos;s t with df degrees of freedom; otherwise it is within the
        normal month-to-month variation. It needs at least {MIN_VALUES_PER_SIDE} values on each side. When every month on both sides has the
        same value there is no noise to compare with: a difference then stands out, no difference is no change.
      </HowItem>
      <HowItem term="What it does not say">
        A change that stands out happened around go-live; the test cannot tell whether the technology caused it or something else that changed at
        the same time (a season, a price change, a new hire).
      </HowItem>
    </HowPanel>
  );
}
