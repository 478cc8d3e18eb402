import Link from "next/link";
import { BEFORE_AFTER_N } from "@/lib/realisation/before-after";
import { toMonthParam } from "@/lib/scorecard/month";

const button =
  "inline-flex h-9 items-center rounded-md border border-slate-300 bg-white px-3 text-sm font-medium text-slate-700 shadow-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-500";

/** Choose N, the months either side of go-live: quick links and a plain GET form, so it works without JavaScript. */
export function WindowForm({ path, n, month }: { path: string; n: number; month: string | null }) {
  const href = (value: number) => `${path}?n=${value}${month ? `&month=${toMonthParam(month)}` : ""}`;
  return (
    <div className="flex flex-wrap items-center gap-3">
      <span className="text-sm text-slate-600">Months either side:</span>
      <nav aria-label="Months either side of go-live" className="flex gap-1">
        {BEFORE_AFTER_N.choices.map((c) => (
          <Link
            key={c}
            href={href(c)}
            aria-current={c === n ? "true" : undefined}
            className={`rounded-md px-2.5 py-1 text-sm ${c === n ? "bg-indigo-50 font-medium text-indigo-700" : "text-slate-700 hover:bg-slate-100"}`}
          >
            {c}
          </Link>
        ))}
      </nav>
      <form method="get" action={path} className="flex items-center gap-2">
        {month && <input type="hidden" name="month" value={toMonthParam(month)} />}
        <label htmlFor="before-after-n" className="text-sm text-slate-600">
          or
        </label>
        <input
          id="before-after-n"
          name="n"
          type="number"
          min={BEFORE_AFTER_N.min}
          max={BEFORE_AFTER_N.max}
          step={1}
          defaultValue={n}
          aria-label={`Months either side of go-live (${BEFORE_AFTER_N.min}–${BEFORE_AFTER_N.max})`}
          className="h-9 w-20 rounded-md border border-slate-300 bg-white px-2 text-sm"
          data-testid="before-after-n"
        />
        <button type="submit" className={button}>
          Compare
        </button>
      </form>
    </div>
  );
}
