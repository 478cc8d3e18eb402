import { formatMonth, type Locale } from "@/lib/format";
import { monthRange, shiftMonth, toMonthParam } from "@/lib/scorecard/month";
import { Select } from "./select";
import { StepLink, stepLinkClass } from "./step-link";

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
      <StepLink href={prev && href(prev)} rel="prev" none="← Earlier">
        ← {prev && formatMonth(prev, locale)}
      </StepLink>
      <form method="get" action={path} className="flex items-center gap-2">
        <label htmlFor={selectId} className="sr-only">
          Month
        </label>
        <Select id={selectId} name="month" defaultValue={toMonthParam(month)} className="h-9 w-auto px-2 py-0">
          {monthRange(bounds.earliest, bounds.latest).map((p) => (
            <option key={p} value={toMonthParam(p)}>
              {formatMonth(p, locale)}
            </option>
          ))}
        </Select>
        <button type="submit" className={stepLinkClass}>
          Show
        </button>
      </form>
      <StepLink href={next && href(next)} rel="next" none="Later →">
        {next && formatMonth(next, locale)} →
      </StepLink>
    </nav>
  );
}
