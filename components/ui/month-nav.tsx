import Link from "next/link";
import { formatMonth, type Locale } from "@/lib/format";
import { monthRange, shiftMonth, toMonthParam } from "@/lib/scorecard/month";

const button =
  "inline-flex h-9 items-center rounded-md border border-slate-300 bg-white px-3 text-sm font-medium text-slate-700 shadow-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-500";
const disabled = "inline-flex h-9 items-center rounded-md border border-slate-200 px-3 text-sm text-slate-400";

/**
 * Previous / next links and a plain GET form, so choosing a month works without JavaScript.
 * `path` is the page's own URL (e.g. `/w/acme/scorecard`); `testId` names the nav for tests; months are named in `locale`.
 */
export function MonthNav({ path, month, bounds, testId, locale }: { path: string; month: string; bounds: { earliest: string; latest: string }; testId: string; locale: Locale }) {
  const href = (period: string) => `${path}?month=${toMonthParam(period)}`;
  const selectId = `${testId}-select`;
  const prev = month > bounds.earliest ? shiftMonth(month, -1) : null;
  const next = month < bounds.latest ? shiftMonth(month, 1) : null;
  return (
    <nav aria-label="Month" className="flex flex-wrap items-center gap-2" data-testid={testId}>
      {prev ? (
        <Link href={href(prev)} className={button} rel="prev">
          ← {formatMonth(prev, locale)}
        </Link>
      ) : (
        <span className={disabled} aria-disabled="true">← Earlier</span>
      )}
      <form method="get" action={path} className="flex items-center gap-2">
        <label htmlFor={selectId} className="sr-only">
          Month
        </label>
        <select id={selectId} name="month" defaultValue={toMonthParam(month)} className="h-9 rounded-md border border-slate-300 bg-white px-2 text-sm">
          {monthRange(bounds.earliest, bounds.latest).map((p) => (
            <option key={p} value={toMonthParam(p)}>
              {formatMonth(p, locale)}
            </option>
          ))}
        </select>
        <button type="submit" className={button}>
          Show
        </button>
      </form>
      {next ? (
        <Link href={href(next)} className={button} rel="next">
          {formatMonth(next, locale)} →
        </Link>
      ) : (
        <span className={disabled} aria-disabled="true">Later →</span>
      )}
    </nav>
  );
}
