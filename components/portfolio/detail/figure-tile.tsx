import { Card } from "@tremor/react";
import type { FigureExplanation } from "@/lib/portfolio/explain-figures";

/** One headline figure with a keyboard-accessible "How is this computed?" disclosure. */
export function FigureTile({ figure }: { figure: FigureExplanation }) {
  const na = figure.value === null;
  return (
    <Card className="flex flex-col p-4" data-testid={`figure-${figure.key}`}>
      <h3 className="text-sm text-slate-500">{figure.label}</h3>
      <p
        className={`mt-1 text-2xl font-semibold tracking-tight tabular-nums ${na ? "text-slate-400" : "text-slate-900"}`}
        data-testid={`figure-${figure.key}-value`}
      >
        {figure.display}
      </p>
      {figure.unavailable && <p className="mt-1 text-xs text-slate-600">{figure.unavailable}</p>}
      <details className="group mt-3 text-xs text-slate-600">
        <summary className="cursor-pointer select-none font-medium text-indigo-700 hover:underline">How is this computed?</summary>
        <div className="mt-2 space-y-2">
          <p>
            <span className="font-medium text-slate-700">Formula: </span>
            <code className="break-words font-mono text-[11px] text-slate-800">{figure.formula}</code>
          </p>
          {figure.inputs.length > 0 && (
            <dl className="space-y-1">
              {figure.inputs.map((input, i) => (
                <div key={`${input.label}-${i}`}>
                  <dt className="text-slate-500">{input.label}</dt>
                  <dd className="break-words font-mono text-[11px] tabular-nums text-slate-800">{input.value}</dd>
                </div>
              ))}
            </dl>
          )}
        </div>
      </details>
    </Card>
  );
}

export function FigureTiles({ figures }: { figures: FigureExplanation[] }) {
  return (
    <section aria-labelledby="figures-heading" className="mt-6">
      <h2 id="figures-heading" className="sr-only">
        Headline figures
      </h2>
      <div className="grid items-start gap-4 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-4">
        {figures.map((f) => (
          <FigureTile key={f.key} figure={f} />
        ))}
      </div>
    </section>
  );
}
