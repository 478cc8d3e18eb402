import { z } from "zod";
import { pagingParams, scalar, toRecord, type RawParams } from "@/lib/portfolio/table-params";

// The ledger's URL state: the same page sizes, scalars-with-fallbacks and query-string reading as the portfolio table.

export const ledgerSortColumns = ["bookedOn", "amountCents", "payee", "technology", "costCategory"] as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MONTH = /^(19|2\d)\d{2}-(0[1-9]|1[0-2])$/;

const ledgerParamsSchema = z.object({
  match: scalar(z.enum(["matched", "unmatched"]).nullable().default(null), null),
  technology: scalar(z.string().regex(UUID).nullable().default(null), null),
  month: scalar(z.string().regex(MONTH).nullable().default(null), null),
  sort: scalar(z.enum(ledgerSortColumns).default("bookedOn"), "bookedOn"),
  // Newest payments first: the ledger is read from the latest month back.
  dir: scalar(z.enum(["asc", "desc"]).default("desc"), "desc"),
  ...pagingParams,
});

export type LedgerParams = z.output<typeof ledgerParamsSchema>;

/** Search params → the ledger's filters, sort and page; a hand-edited URL falls back per field, never throws. */
export function parseLedgerParams(raw: RawParams | URLSearchParams): LedgerParams {
  const record: RawParams = raw instanceof URLSearchParams ? toRecord(raw) : raw;
  const parsed = ledgerParamsSchema.safeParse(record);
  return (parsed.success ? parsed.data : ledgerParamsSchema.parse({})) as LedgerParams;
}

/** 'YYYY-MM' → the first day of that month and of the next, for a booked-on range. */
export function monthRange(month: string): { from: string; to: string } {
  const [year, m] = month.split("-").map(Number);
  const next = m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, "0")}`;
  return { from: `${month}-01`, to: `${next}-01` };
}
