"use client";

import { useActionState } from "react";
import { SelectInput, TextInput } from "@/components/portfolio/form/controls";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionResult } from "@/lib/actions/tenant-action";
import { formatMoney, formatNumber, formatPercent, type Formats } from "@/lib/format";
import { initialFormState } from "@/lib/form-state";
import { runScenarioMonteCarlo } from "@/lib/scenarios/actions";
import { MONTE_CARLO_DRAWS, type MonteCarloFigures } from "@/lib/scenarios/monte-carlo";
import { NpvHistogram } from "./npv-histogram";

type Props = { slug: string; scope: string; formats: Formats; defaultSeed: number };
type State = ActionResult<MonteCarloFigures>;

const distributionOptions = [
  { value: "pert", label: "PERT (weights the likely case)" },
  { value: "triangular", label: "Triangular" },
];

const drawsText = (n: number, formats: Formats) => `${formatNumber(n, formats.locale, 0)} draws`;

/** Runs the simulation on the server (a form: it runs without JavaScript too) and shows its figures; the same seed gives the same run. */
export function MonteCarloPanel({ slug, scope, formats, defaultSeed }: Props) {
  const [state, formAction, pending] = useActionState(runScenarioMonteCarlo.bind(null, slug), initialFormState as State);
  const figures = state.ok ? state.data : undefined;
  return (
    <Card as="section" aria-labelledby="mc-title">
      <h2 id="mc-title" className="text-base font-semibold text-slate-900">
        Monte Carlo: how likely is a positive NPV?
      </h2>
      <p className="mt-1 text-sm text-slate-600">
        {drawsText(MONTE_CARLO_DRAWS, formats)} of the benefit factor (multiplier × adoption), the cost multiplier and the delay, each between the pessimistic and optimistic cases with the likely case
        as the most probable value.
      </p>
      <form action={formAction} noValidate className="mt-4 flex flex-wrap items-end gap-3">
        <RunFields state={state} scope={scope} defaultSeed={defaultSeed} />
      </form>
      {!state.ok && state.message && (
        <div className="mt-3">
          <FormMessage message={state.message} />
        </div>
      )}
      <div aria-live="polite" aria-busy={pending} className={cn("mt-5 transition-opacity", pending && "opacity-50")}>
        {pending && !figures && (
          <p className="text-sm text-slate-500" data-testid="mc-running">
            Running {drawsText(MONTE_CARLO_DRAWS, formats)}…
          </p>
        )}
        {figures && <Figures figures={figures} formats={formats} />}
      </div>
    </Card>
  );
}

/** Distribution and seed; after a run they show the run's own, so running again repeats it. */
function RunFields({ state, scope, defaultSeed }: { state: State; scope: string; defaultSeed: number }) {
  const shown = state.ok && state.data ? { distribution: state.data.distribution, seed: String(state.data.seed) } : { distribution: "pert", seed: String(defaultSeed), ...state.values };
  const errors = (key: string) => (state.ok ? undefined : state.fieldErrors?.[key]);
  return (
    <>
      <input type="hidden" name="scope" value={scope} />
      <SelectInput id="distribution" label="Distribution" defaultValue={shown.distribution} options={distributionOptions} errors={errors("distribution")} className="w-64" />
      <TextInput id="seed" label="Seed" inputMode="numeric" defaultValue={shown.seed} errors={errors("seed")} className="w-40" data-testid="mc-seed" />
      <Button variant="secondary" onClick={(e) => newSeed(e.currentTarget.form)}>
        New seed
      </Button>
      <SubmitButton pendingLabel="Running…" block={false} data-testid="run-monte-carlo">
        Run simulation
      </SubmitButton>
    </>
  );
}

/** A random seed typed into the form's seed field, for a different run. */
function newSeed(form: HTMLFormElement | null) {
  const field = form?.elements.namedItem("seed");
  if (field instanceof HTMLInputElement) field.value = String(Math.floor(Math.random() * 1_000_000));
}

function Figures({ figures, formats }: { figures: MonteCarloFigures; formats: Formats }) {
  const money = (cents: number) => formatMoney(cents, formats);
  const range = ({ min, mode, max }: { min: number; mode: number; max: number }) => [min, mode, max].map((n) => formatNumber(n, formats.locale, { max: 3 })).join("–");
  const { inputs } = figures;
  return (
    <>
      <dl className="grid grid-cols-2 gap-4 sm:grid-cols-4">
        <Stat label="P10 NPV (1 in 10 worse)" value={money(figures.p10Cents)} testId="mc-p10" />
        <Stat label="P50 NPV (median)" value={money(figures.p50Cents)} testId="mc-p50" />
        <Stat label="P90 NPV (1 in 10 better)" value={money(figures.p90Cents)} testId="mc-p90" />
        <Stat label="Probability NPV > 0" value={formatPercent(figures.probabilityPositive, formats.locale)} testId="mc-probability" />
      </dl>
      <div className="mt-4">
        <NpvHistogram bins={figures.histogram} formats={formats} />
      </div>
      <p className="mt-2 text-xs text-slate-500" data-testid="mc-run-info">
        Seed {figures.seed} · {drawsText(figures.draws, formats)} · {figures.distribution === "pert" ? "PERT" : "triangular"} · benefit factor {range(inputs.benefitFactor)}, cost{" "}
        {range(inputs.costMultiplier)}, delay {range(inputs.delayMonths)} months · mean {money(figures.meanCents)}
      </p>
    </>
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
