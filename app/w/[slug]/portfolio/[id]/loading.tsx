const bar = "animate-pulse rounded bg-slate-200";

/** Skeleton of the technology page: header, figure tiles, chart and a table. */
export default function Loading() {
  return (
    <div role="status" aria-busy="true" aria-label="Loading technology">
      <div className={`${bar} h-4 w-24`} />
      <div className={`${bar} mt-4 h-7 w-64`} />
      <div className={`${bar} mt-2 h-4 w-80`} />
      <div className="mt-3 flex gap-2">
        <div className={`${bar} h-5 w-16`} />
        <div className={`${bar} h-5 w-24`} />
      </div>
      <div className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-4">
        {Array.from({ length: 8 }, (_, i) => (
          <div key={i} className="rounded-xl border border-slate-200 bg-white p-4">
            <div className={`${bar} h-3 w-20`} />
            <div className={`${bar} mt-3 h-7 w-28`} />
            <div className={`${bar} mt-4 h-3 w-32`} />
          </div>
        ))}
      </div>
      <div className="mt-8 rounded-xl border border-slate-200 bg-white p-4">
        <div className={`${bar} h-4 w-48`} />
        <div className={`${bar} mt-4 h-64 w-full`} />
      </div>
      <div className="mt-8 space-y-2 rounded-xl border border-slate-200 bg-white p-4">
        {Array.from({ length: 4 }, (_, i) => (
          <div key={i} className={`${bar} h-4 w-full`} />
        ))}
      </div>
      <span className="sr-only">Loading…</span>
    </div>
  );
}
