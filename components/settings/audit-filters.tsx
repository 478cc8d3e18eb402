import Link from "next/link";
import { Button } from "@/components/ui/button";
import { cardClass } from "@/components/ui/card";
import { FieldShell } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { label } from "@/lib/domain/labels";
import type { AuditSearch } from "@/lib/settings/audit-filter";

type Props = { base: string; search: AuditSearch; people: { id: string; name: string }[]; entities: string[]; deletedValue: string };

/** A plain GET form: the filter lives in the URL and works without JavaScript. Submitting starts at page 1. */
export function AuditFilters({ base, search, people, entities, deletedValue }: Props) {
  return (
    <form method="get" action={base} data-testid="audit-filter" className={cardClass({ padding: "sm", className: "flex flex-wrap items-end gap-3" })}>
      <FieldShell label="Person" name="audit-person" className="min-w-44">
        <Select name="person" defaultValue={search.person ?? ""}>
          <option value="">Everyone</option>
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
          <option value={deletedValue}>Deleted user</option>
        </Select>
      </FieldShell>
      <FieldShell label="Entity" name="audit-entity" className="min-w-44">
        <Select name="entity" defaultValue={search.entity ?? ""}>
          <option value="">All entities</option>
          {entities.map((e) => (
            <option key={e} value={e}>
              {label(e)}
            </option>
          ))}
        </Select>
      </FieldShell>
      <FieldShell label="From (UTC)" name="audit-from">
        <Input name="from" type="date" defaultValue={search.from ?? ""} />
      </FieldShell>
      <FieldShell label="To (UTC)" name="audit-to">
        <Input name="to" type="date" defaultValue={search.to ?? ""} />
      </FieldShell>
      <Button type="submit">Filter</Button>
      {(search.person || search.entity || search.from || search.to) && (
        <Link href={base} className="py-2 text-sm text-slate-600 hover:text-slate-900">
          Clear
        </Link>
      )}
    </form>
  );
}
