import Link from "next/link";
import { Button, buttonVariants } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { BEFORE_AFTER_N } from "@/lib/realisation/before-after";
import { toMonthParam } from "@/lib/scorecard/month";

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
            className={buttonVariants({ variant: "ghost", size: "sm", className: c === n ? "bg-indigo-50 text-indigo-700 hover:bg-indigo-50" : "font-normal" })}
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
        <Input
          id="before-after-n"
          name="n"
          type="number"
          min={BEFORE_AFTER_N.min}
          max={BEFORE_AFTER_N.max}
          step={1}
          defaultValue={n}
          aria-label={`Months either side of go-live (${BEFORE_AFTER_N.min}–${BEFORE_AFTER_N.max})`}
          className="h-9 w-20 px-2"
          data-testid="before-after-n"
        />
        <Button type="submit" variant="secondary" size="sm" className="h-9">
          Compare
        </Button>
      </form>
    </div>
  );
}
