import { z } from "zod";

/** What the audit log's URL may carry; every value is optional and a bad one is dropped, never an error. */
export type AuditSearch = { person?: string; entity?: string; from?: string; to?: string; page: number };
type Raw = Record<string, string | string[] | undefined>;

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((v) => {
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
});
const page = z.coerce.number().int().min(1).max(1_000_000);

/**
 * `?person=&entity=&from=&to=&page=` → a filter. Person and entity must be among the offered options
 * (the workspace's members, "deleted", and the entities in its log); dates must be real days.
 */
export function parseAuditSearch(raw: Raw, options: { people: readonly string[]; entities: readonly string[] }): AuditSearch {
  const pick = (key: string, ok: (v: string) => boolean) => {
    const v = first(raw[key]);
    return typeof v === "string" && v !== "" && ok(v) ? v : undefined;
  };
  const p = page.safeParse(first(raw.page));
  return {
    person: pick("person", (v) => options.people.includes(v)),
    entity: pick("entity", (v) => options.entities.includes(v)),
    from: pick("from", (v) => day.safeParse(v).success),
    to: pick("to", (v) => day.safeParse(v).success),
    page: p.success ? p.data : 1,
  };
}

/** The same filter on another page; page 1 and empty values are left out of the URL. */
export function auditHref(base: string, search: AuditSearch, pageNumber = search.page): string {
  const params = new URLSearchParams();
  for (const key of ["person", "entity", "from", "to"] as const) if (search[key]) params.set(key, search[key]!);
  if (pageNumber > 1) params.set("page", String(pageNumber));
  const query = params.toString();
  return query ? `${base}?${query}` : base;
}
