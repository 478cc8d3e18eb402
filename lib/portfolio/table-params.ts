import { z } from "zod";
import { investmentCategories, investmentStatuses } from "@/lib/domain/values";
import {
  defaultPageSize,
  missingFilters,
  pageSizes,
  hideableColumns,
  sortColumns,
  type PageSize,
} from "./table-query";

/** Next hands a search param over as a string, a repeated param as an array; lists accept both and commas. */
export type RawParams = Record<string, string | string[] | undefined>;

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const list = (value: unknown): string[] =>
  (Array.isArray(value) ? value : typeof value === "string" ? [value] : []).flatMap((v) => String(v).split(","));

/** A list keeps only the values it knows (deduplicated), so one bad value does not drop the others. */
function listOf<const T extends readonly string[]>(values: T) {
  const known = new Set<string>(values);
  return z.preprocess(
    (raw) => [...new Set(list(raw).filter((v) => known.has(v)))],
    z.array(z.enum(values)),
  );
}

/** A scalar that is missing or invalid becomes its default: a hand-edited URL must never fail the page. */
export function scalar<S extends z.ZodType>(schema: S, fallback: z.output<S>) {
  return z.preprocess(first, schema).catch(fallback);
}

/** `page` and `pageSize`, as every paged table reads them from its URL. */
export const pagingParams = {
  page: scalar(z.coerce.number().int().min(1).default(1), 1),
  pageSize: scalar(
    z.coerce
      .number()
      .refine((n): n is PageSize => (pageSizes as readonly number[]).includes(n))
      .default(defaultPageSize),
    defaultPageSize,
  ),
};

export const tableParamsSchema = z.object({
  q: scalar(z.string().trim().max(200), ""),
  category: listOf(investmentCategories),
  status: listOf(investmentStatuses),
  missing: scalar(z.enum(missingFilters).nullable().default(null), null),
  sort: scalar(z.enum(sortColumns).default("name"), "name"),
  dir: scalar(z.enum(["asc", "desc"]).default("asc"), "asc"),
  ...pagingParams,
  // Hidden columns; the name column stays, or rows could not be opened.
  hide: listOf(hideableColumns),
});

export type TableParams = z.output<typeof tableParamsSchema>;

/** Search params (from a page or a `URLSearchParams`) → table state; never throws. */
export function parseTableParams(raw: RawParams | URLSearchParams): TableParams {
  const record: RawParams = raw instanceof URLSearchParams ? toRecord(raw) : raw;
  const parsed = tableParamsSchema.safeParse(record);
  // Every field has its own fallback, so this only fails if the input is not an object at all.
  return (parsed.success ? parsed.data : tableParamsSchema.parse({})) as TableParams;
}

export function toRecord(params: URLSearchParams): RawParams {
  const record: RawParams = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    record[key] = values.length > 1 ? values : values[0];
  }
  return record;
}
