import Link from "next/link";
import { label } from "@/lib/domain/labels";
import type { AuditSearch } from "@/lib/settings/audit-filter";

const field = "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-indigo-500 focus:outline-none focus:ring-2 focus:ring-indigo-200";

type Props = { base: string; search: AuditSearch; people: { id: string; name: string }[]; entities: string[]; deletedValue: string };

/** A plain GET form: the filter lives in the URL and works without JavaScript. Submitting starts at page 1. */
export function AuditFilters({ base, search, people, entities, deletedValue }: Props) {
  return (
    <form method="get" action={base} data-testid="audit-filter" className="flex flex-wrap items-end gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
      <div className="min-w-44 space-y-1">
        <label htmlFor="audit-person" className="block text-xs font-medium text-slate-700">
          Person
        </label>
        <select id="audit-person" name="person" defaultValue={search.person ?? ""} className={field}>
          <option value="">Everyone</option>
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
          <option value={deletedValue}>Deleted user</option>
        </select>
      </div>
      <div className="min-w-44 space-y-1">
        <label htmlFor="audit-entity" className="block text-xs font-medium text-slate-700">
          Entity
        </label>
        <select id="audit-entity" name="entity" defaultValue={search.entity ?? ""} className={field}>
          <option value="">All entities</option>
          {entities.map((e) => (
            <option key={e} value={e}>
              {label(e)}
            </option>
          ))}
        </select>
      </div>
      <div className="space-y-1">
        <label htmlFor="audit-from" className="block text-xs font-medium text-slate-700">
          From (UTC)
        </label>
        <input id="audit-from" name="from" type="date" defaultValue={search.from ?? ""} className={field} />
      </div>
      <div className="space-y-1">
        <label htmlFor="audit-to" className="block text-xs font-medium text-slate-700">
          To (UTC)
        </label>
        <input id="audit-to" name="to" type="date" defaultValue={search.to ?? ""} className={field} />
      </div>
      <button type="submit" className="rounded-md bg-indigo-600 px-4 py-2 text-sm font-medium text-white shadow-sm hover:bg-indigo-500">
        Filter
      </button>
      {(search.person || search.entity || search.from || search.to) && (
        <Link href={base} className="py-2 text-sm text-slate-600 hover:text-slate-900">
          Clear
        </Link>
      )}
    </form>
  );
}
