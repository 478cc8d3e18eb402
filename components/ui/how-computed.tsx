/** The figure's formula and its actual inputs behind a native disclosure, so it opens with the keyboard. */
export function FigureHowComputed({ figure }: { figure: { formula: string; inputs: readonly { label: string; value: string }[] } }) {
  return (
    <details className="mt-3 text-xs text-slate-600">
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
  );
}
