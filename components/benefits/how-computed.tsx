import { HowItem, HowPanel } from "@/components/scorecard/how-computed";
import { explain } from "@/lib/finance";
import { formatPercent, type Locale } from "@/lib/format";
import { BEFORE_AFTER_LEVEL, MIN_VALUES_PER_SIDE } from "@/lib/realisation/before-after";
import { REALISATION_THRESHOLDS } from "@/lib/realisation/benefits";

// The formula text comes from lib/finance, so the explanation cannot drift from the arithmetic.
const attainmentFormula = explain.attainment({ actual: 0, baseline: 0, target: 1, direction: "higher" }).formula;
const roiFormula = explain.roi(1, 1).formula;

export function RealisationItems({ locale }: { locale: Locale }) {
  const pct = (v: number) => formatPercent(v, locale, 0);
  return (
    <>
      <HowItem term="The month">
        The chosen month, by default the last complete month, within the months that have a value of a linked KPI. &quot;To date&quot; includes that month.
      </HowItem>
      <HowItem term="Planned benefits and costs to date">
        The business case&apos;s monthly benefits and costs (from the technology&apos;s benefit and cost items, with ramp-up) added up from its first
        month to the chosen month, inclusive.
      </HowItem>
      <HowItem term="Realisation">
        The plain mean of the attainments of the technology&apos;s linked KPIs at the chosen month, each from its latest value up to that month:{" "}
        <code className="font-mono text-xs">{attainmentFormula}</code>. KPIs without a value yet, or whose target sits on the
        wrong side of their baseline, are left out. Attainment measures progress towards each KPI&apos;s final target, so early in a ramp-up it can
        read low even when the technology is on course.
      </HowItem>
      <HowItem term="Realised benefits to date">Planned benefits to date × realisation, rounded to the cent: the share of the plan the KPIs bear out.</HowItem>
      <HowItem term="ROI to date, planned and realised">
        <code className="font-mono text-xs">{roiFormula}</code> with the costs to date and, respectively, the planned or the realised benefits to
        date; &quot;—&quot; while there are no costs to date. The plan ROI is the business case&apos;s ROI over the technology&apos;s whole useful life.
      </HowItem>
      <HowItem term="Status">
        On plan at a realisation of {pct(REALISATION_THRESHOLDS.onPlan)} or more, behind plan from {pct(REALISATION_THRESHOLDS.behindPlan)}, well
        behind plan below that.
      </HowItem>
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
