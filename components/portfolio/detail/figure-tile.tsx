import { Card } from "@tremor/react";
import { FigureHowComputed } from "@/components/ui/how-computed";
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
      <FigureHowComputed figure={figure} />
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
