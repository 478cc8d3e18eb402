"use client";

import { useState, useTransition } from "react";
import { SelectInput, TextInput } from "@/components/portfolio/form/controls";
import type { ActionResult } from "@/lib/actions/tenant-action";
import { formatMoney, formatNumber, formatPercent, type Formats } from "@/lib/format";
import { runScenarioMonteCarlo } from "@/lib/scenarios/actions";
import { MONTE_CARLO_DRAWS, type MonteCarloFigures } from "@/lib/scenarios/monte-carlo";
import { NpvHistogram } from "./npv-histogram";

type Props = { slug: string; scope: string; formats: Formats; defaultSeed: number };

const distributionOptions = [
  { value: "pert", label: "PERT (weights the likely case)" },
  { value: "triangular", label: "Triangular" },
];

/** Runs the simulation on the server and shows its figures; the same seed gives the same run. */
export function MonteCarloPanel({ slug, scope, formats, defaultSeed }: Props) {
  const { locale } = formats;
  const money = (cents: number) => formatMoney(cents, formats);
  const threePlaces = (n: number) => formatNumber(n, locale, { max: 3 });
  const draws = (n: number) => `${formatNumber(n, locale, 0)} draws`;
  const [distribution, setDistribution] = useState("pert");
  const [seed, setSeed] = useState(String(defaultSeed));
  const [result, setResult] = useState<ActionResult<MonteCarloFigures>>();
  const [pending, startTransition] = useTransition();
  const errors = (key: string) => (result && !result.ok ? result.fieldErrors?.[key] : undefined);
  const figures = result?.ok ? result.data : undefined;

  function run(event: React.FormEvent) {
    event.preventDefault();
    if (pending) return;
    startTransition(async () => setResult(await runScenarioMonteCarlo(slug, { scope, distribution, seed })));
  }

  return (
    <section aria-labelledby="mc-title" className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id="mc-title" className="text-base font-semibold text-slate-900">
        Monte Carlo: how likely is a positive NPV?
      </h2>
      <p className="mt-1 text-sm text-slate-600">
        {draws(MONTE_CARLO_DRAWS)} of the benefit factor (multiplier × adoption), the cost multiplier and the delay, each between the pessimistic and optimistic cases with the likely case
        as the most probable value.
      </p>
      <form onSubmit={run} noValidate className="mt-4 flex flex-wrap items-end gap-3">
        <SelectInput id="distribution" label="Distribution" value={distribution} onValue={setDistribution} options={distributionOptions} errors={errors("distribution")} className="w-64" />
        <TextInput id="seed" label="Seed" inputMode="numeric" value={seed} onValue={setSeed} errors={errors("seed")} className="w-40" data-testid="mc-seed" />
        <button
          type="button"
          onClick={() => setSeed(String(Math.floor(Math.random() * 1_000_000)))}
          className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-700 shadow-sm hover:bg-slate-50"
        >
          New seed
        </button>
        <button
          type="submit"
          data-testid="run-monte-carlo"
          disabled={pending}
          aria-disabled={pending}
          className="flex items-center gap-2 rounded-md bg-indigo-600 px-4 py-2 text-sm font-medium text-white shadow-sm hover:bg-indigo-500 disabled:cursor-wait disabled:opacity-70"
        >
          {pending && <span className="size-4 animate-spin rounded-full border-2 border-white/40 border-t-white" aria-hidden />}
          {pending ? "Running…" : "Run simulation"}
        </button>
      </form>
      {result && !result.ok && result.message && (
        <p role="alert" data-testid="form-message" className="mt-3 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-700">
          {result.message}
        </p>
      )}
      <div aria-live="polite" aria-busy={pending} className={`mt-5 transition-opacity ${pending ? "opacity-50" : ""}`}>
        {pending && !figures && <p className="text-sm text-slate-500" data-testid="mc-running">Running {draws(MONTE_CARLO_DRAWS)}…</p>}
        {figures && (
          <>
            <dl className="grid grid-cols-2 gap-4 sm:grid-cols-4">
              <Stat label="P10 NPV (1 in 10 worse)" value={money(figures.p10Cents)} testId="mc-p10" />
              <Stat label="P50 NPV (median)" value={money(figures.p50Cents)} testId="mc-p50" />
              <Stat label="P90 NPV (1 in 10 better)" value={money(figures.p90Cents)} testId="mc-p90" />
              <Stat label="Probability NPV > 0" value={formatPercent(figures.probabilityPositive, locale)} testId="mc-probability" />
            </dl>
            <div className="mt-4">
              <NpvHistogram bins={figures.histogram} formats={formats} />
            </div>
            <p className="mt-2 text-xs text-slate-500" data-testid="mc-run-info">
              Seed {figures.seed} · {draws(figures.draws)} · {figures.distribution === "pert" ? "PERT" : "triangular"} · benefit factor{" "}
              {threePlaces(figures.inputs.benefitFactor.min)}–{threePlaces(figures.inputs.benefitFactor.mode)}–{threePlaces(figures.inputs.benefitFactor.max)}, cost{" "}
              {threePlaces(figures.inputs.costMultiplier.min)}–{threePlaces(figures.inputs.costMultiplier.mode)}–{threePlaces(figures.inputs.costMultiplier.max)}, delay{" "}
              {threePlaces(figures.inputs.delayMonths.min)}–{threePlaces(figures.inputs.delayMonths.mode)}–{threePlaces(figures.inputs.delayMonths.max)} months · mean{" "}
              {money(figures.meanCents)}
            </p>
          </>
        )}
      </div>
    </section>
  );
}

function Stat({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <div className="rounded-lg bg-slate-50 p-3">
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd className="mt-1 text-lg font-semibold text-slate-900" data-testid={testId}>
        {value}
      </dd>
    </div>
  );
}
