import Link from "next/link";
import { formatMonth, type Locale } from "@/lib/format";
import { shiftPeriod } from "@/lib/kpis/months";
import { buttonVariants } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

const button = buttonVariants({ variant: "secondary", size: "sm", className: "py-2" });

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
        <Input id="month" name="month" type="month" defaultValue={period.slice(0, 7)} required className="w-auto" />
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
