/** Placeholders the size of the panels they stand in for, so the page does not jump when the data arrives. */
function Block({ className }: { className: string }) {
  return <div className={`animate-pulse rounded-xl bg-slate-200/70 ${className}`} />;
}

export function SummarySkeleton() {
  return (
    <div role="status" aria-busy="true" className="mt-6">
      <span className="sr-only">Loading the headline figures</span>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {Array.from({ length: 7 }, (_, i) => (
          <Block key={i} className="h-40" />
        ))}
      </div>
      <Block className="mt-8 h-6 w-56" />
      <div className="mt-3 grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
        {Array.from({ length: 4 }, (_, i) => (
          <Block key={i} className="h-32" />
        ))}
      </div>
    </div>
  );
}

/** A section's heading and its panel, as placeholders. */
function HeadedPanelSkeleton({ label, heading, panel }: { label: string; heading: string; panel: string }) {
  return (
    <div role="status" aria-busy="true" className="mt-8">
      <span className="sr-only">{label}</span>
      <Block className={heading} />
      <Block className={`mt-3 ${panel}`} />
    </div>
  );
}

export function TrendSkeleton() {
  return <HeadedPanelSkeleton label="Loading the trend charts" heading="h-6 w-64" panel="h-[22rem]" />;
}

export function PlanVsActualSkeleton() {
  return <HeadedPanelSkeleton label="Loading plan against actual" heading="h-6 w-48" panel="h-40" />;
}

export function PanelSkeleton({ label, className = "h-96" }: { label: string; className?: string }) {
  return (
    <div role="status" aria-busy="true">
      <span className="sr-only">{label}</span>
      <Block className={className} />
    </div>
  );
}

export function TimeMapSkeleton() {
  return <HeadedPanelSkeleton label="Loading the TIME map" heading="h-6 w-32" panel="h-[34rem]" />;
}
