import { cardClass } from "@/components/ui/card";
import { formatMoney, formatNumber, formatPercent, type Formats, type Locale } from "@/lib/format";
import type { ScenarioFigures } from "@/lib/scenarios/engine";
import { CASE_LABELS, type ScenarioCase } from "@/lib/scenarios/settings";
import { CaseForm } from "./case-form";

type Props = { slug: string; scope: string; formats: Formats; view: ScenarioCase & { figures: ScenarioFigures }; canEdit: boolean };

const orDash = (ratio: number | null, locale: Locale) => (ratio === null ? "—" : formatPercent(ratio, locale));
const payback = (months: number | null, locale: Locale) => (months === null ? "Not within the horizon" : `${formatNumber(months, locale, 1)} months`);

const tone = { optimistic: "border-t-emerald-500", likely: "border-t-indigo-500", pessimistic: "border-t-amber-500" } as const;

/** One case: its figures on top, its settings (or an admin's form for them) beneath. */
export function CaseCard({ slug, scope, formats, view, canEdit }: Props) {
  const { kind, settings, figures } = view;
  const { locale } = formats;
  const multiplier = (x: number) => `× ${formatNumber(x, locale, { max: 3 })}`;
  return (
    <section data-testid="scenario-case" data-kind={kind} aria-labelledby={`case-${kind}`} className={cardClass({ className: `border-t-4 ${tone[kind]}` })}>
      <h2 id={`case-${kind}`} className="text-base font-semibold text-slate-900">
        {CASE_LABELS[kind]}
      </h2>
      <dl className="mt-3 grid grid-cols-2 gap-3">
        <div className="col-span-2">
          <dt className="text-xs text-slate-500">NPV</dt>
          <dd className={`text-2xl font-semibold tracking-tight ${figures.npvCents < 0 ? "text-red-700" : "text-slate-900"}`} data-testid="scenario-npv">
            {formatMoney(figures.npvCents, formats)}
          </dd>
        </div>
        <Figure label="IRR (annual)" value={orDash(figures.irrAnnual, locale)} testId="scenario-irr" />
        <Figure label="ROI" value={orDash(figures.roi, locale)} testId="scenario-roi" />
        <Figure label="Payback" value={payback(figures.paybackMonths, locale)} testId="scenario-payback" className="col-span-2" />
      </dl>
      {canEdit ? (
        <CaseForm slug={slug} scope={scope} kind={kind} settings={settings} saved={view.id !== null} locale={locale} />
      ) : (
        <dl className="mt-4 grid grid-cols-2 gap-2 border-t border-slate-100 pt-4 text-sm" data-testid="scenario-settings">
          <Figure label="Benefit multiplier" value={multiplier(settings.benefitMultiplier)} />
          <Figure label="Cost multiplier" value={multiplier(settings.costMultiplier)} />
          <Figure label="Delay" value={`${formatNumber(settings.delayMonths, locale, { max: 2 })} months`} />
          <Figure label="Adoption rate" value={formatPercent(settings.adoptionRate, locale, { max: 1 })} />
        </dl>
      )}
    </section>
  );
}

function Figure({ label, value, testId, className }: { label: string; value: string; testId?: string; className?: string }) {
  return (
    <div className={className}>
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd className="text-sm font-medium text-slate-900" data-testid={testId}>
        {value}
      </dd>
    </div>
  );
}
