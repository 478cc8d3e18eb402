import Link from "next/link";
import { buttonVariants } from "@/components/ui/button";
import { label } from "@/lib/domain/labels";
import type { TimeQuadrant } from "@/lib/finance";
import { strategyHref, type StrategyFilters } from "@/lib/strategy/filters";
import { TIME_ORDER } from "@/lib/strategy/time-map";
import type { StrategyView } from "@/lib/strategy/types";

function Chip({ href, active, children }: { href: string; active: boolean; children: React.ReactNode }) {
  return (
    <Link
      href={href}
      aria-current={active ? "true" : undefined}
      className={buttonVariants({ variant: active ? "primary" : "secondary", size: "xs", className: `rounded-full border px-2.5 py-0.5 shadow-none ${active ? "border-transparent" : ""}` })}
    >
      {children}
    </Link>
  );
}

/** Links, not a form: each filter is a URL, so it can be shared and goes back with the browser. */
export function StrategyFilterBar({ slug, filters, categories, counts }: { slug: string; filters: StrategyFilters; categories: StrategyView["categories"]; counts: Record<TimeQuadrant, number> }) {
  return (
    <div className="flex flex-col gap-2 text-sm" data-testid="strategy-filters">
      <div className="flex flex-wrap items-center gap-1.5" role="group" aria-label="Quadrant">
        <span className="mr-1 text-xs font-medium text-slate-500">Quadrant</span>
        <Chip href={strategyHref(slug, filters, { quadrant: null })} active={filters.quadrant === null}>
          All
        </Chip>
        {TIME_ORDER.map((q) => (
          <Chip key={q} href={strategyHref(slug, filters, { quadrant: q })} active={filters.quadrant === q}>
            {label(q)} ({counts[q]})
          </Chip>
        ))}
      </div>
      {categories.length > 1 && (
        <div className="flex flex-wrap items-center gap-1.5" role="group" aria-label="Category">
          <span className="mr-1 text-xs font-medium text-slate-500">Category</span>
          <Chip href={strategyHref(slug, filters, { category: null })} active={filters.category === null}>
            All
          </Chip>
          {categories.map((c) => (
            <Chip key={c.category} href={strategyHref(slug, filters, { category: c.category })} active={filters.category === c.category}>
              {label(c.category)} ({c.count})
            </Chip>
          ))}
        </div>
      )}
    </div>
  );
}
