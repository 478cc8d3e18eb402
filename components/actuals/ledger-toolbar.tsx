"use client";

import { useTableUrl } from "@/components/portfolio/table/use-table-url";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import type { LedgerParams } from "@/lib/actuals/ledger-params";
import { formatMonth, type Locale } from "@/lib/format";
import type { TechnologyOption } from "./payment-fields";

type Props = { params: LedgerParams; technologies: readonly TechnologyOption[]; months: readonly string[]; locale: Locale };

const matchOptions = [
  { value: "", label: "All payments" },
  { value: "matched", label: "Matched" },
  { value: "unmatched", label: "Unmatched" },
];

/** The ledger's filters, each a select whose choice goes to the URL (so a filtered ledger can be shared). */
export function LedgerToolbar({ params, technologies, months, locale }: Props) {
  const { update, pending } = useTableUrl<keyof LedgerParams>();
  const filtered = Boolean(params.match || params.technology || params.month);
  const select = "h-9 w-auto px-2 py-0 shadow-none";
  return (
    <div className="mb-3 flex flex-wrap items-center gap-2" role="search" aria-label="Filter payments" aria-busy={pending || undefined}>
      <label className="flex items-center gap-2 text-sm text-slate-700">
        <span className="sr-only">Matched or not</span>
        <Select value={params.match ?? ""} onChange={(e) => update({ match: e.target.value || null })} className={select} options={matchOptions} data-testid="ledger-match" />
      </label>
      <label className="flex items-center gap-2 text-sm text-slate-700">
        <span className="sr-only">Technology</span>
        <Select
          value={params.technology ?? ""}
          onChange={(e) => update({ technology: e.target.value || null })}
          className={select}
          options={[{ value: "", label: "Every technology" }, ...technologies.map((t) => ({ value: t.id, label: t.name }))]}
          data-testid="ledger-technology"
        />
      </label>
      <label className="flex items-center gap-2 text-sm text-slate-700">
        <span className="sr-only">Month</span>
        <Select
          value={params.month ?? ""}
          onChange={(e) => update({ month: e.target.value || null })}
          className={select}
          options={[{ value: "", label: "Every month" }, ...withChosen(months, params.month).map((m) => ({ value: m, label: formatMonth(m, locale, { long: true }) }))]}
          data-testid="ledger-month"
        />
      </label>
      {filtered && (
        <Button variant="ghost" size="sm" className="h-9 font-normal text-indigo-700 hover:bg-indigo-50" onClick={() => update({ match: null, technology: null, month: null })}>
          Clear filters
        </Button>
      )}
      {pending && <span className="ml-auto size-4 animate-spin rounded-full border-2 border-indigo-200 border-t-indigo-600" role="status" aria-label="Updating" />}
    </div>
  );
}

/** A month from the URL that holds no payment still shows as chosen. */
const withChosen = (months: readonly string[], chosen: string | null) => (chosen && !months.includes(chosen) ? [chosen, ...months] : [...months]);
