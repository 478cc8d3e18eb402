import Link from "next/link";
import { formatMonth, type Locale } from "@/lib/format";
import { shiftPeriod } from "@/lib/kpis/months";

const button = "rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-50 focus:outline-none focus:ring-2 focus:ring-indigo-200";

/** Previous / next month links and a plain GET form, so the month lives in the URL and works without script. */
export function MonthPicker({ slug, period, locale }: { slug: string; period: string; locale: Locale }) {
  const href = (p: string) => `/w/${slug}/kpis/entry?month=${p.slice(0, 7)}`;
  return (
    <nav aria-label="Month" className="flex flex-wrap items-center gap-2">
      <Link href={href(shiftPeriod(period, -1))} className={button} data-testid="previous-month">
        ← <span className="sr-only">Previous month: </span>
        {formatMonth(shiftPeriod(period, -1), locale, { long: true })}
      </Link>
      <form action={`/w/${slug}/kpis/entry`} method="get" className="flex items-center gap-2">
        <label htmlFor="month" className="sr-only">
          Month
        </label>
        <input id="month" name="month" type="month" defaultValue={period.slice(0, 7)} required className="rounded-md border border-slate-300 px-3 py-2 text-sm shadow-sm" />
        <button type="submit" className={button}>
          Show
        </button>
      </form>
      <Link href={href(shiftPeriod(period, 1))} className={button} data-testid="next-month">
        <span className="sr-only">Next month: </span>
        {formatMonth(shiftPeriod(period, 1), locale, { long: true })} →
      </Link>
    </nav>
  );
}
