/**
 * Calendar quarters for the client review pack: the `?quarter=YYYY-Qn` parameter, a quarter's months
 * ('YYYY-MM-01' periods, like the rest of the app) and which quarter to show by default. Pure.
 */
import { shiftMonth } from "@/lib/scorecard/month";

export interface Quarter {
  year: number;
  /** 1–4. */
  q: number;
}

const QUARTER_PARAM = /^(\d{4})-Q([1-4])$/i;

/** `2026-Q1` → { year: 2026, q: 1 }; anything else (arrays, junk, other formats) → null. */
export function parseQuarterParam(raw: unknown): Quarter | null {
  const text = Array.isArray(raw) ? raw[0] : raw;
  if (typeof text !== "string") return null;
  const m = QUARTER_PARAM.exec(text.trim());
  return m && Number(m[1]) >= 1900 ? { year: Number(m[1]), q: Number(m[2]) } : null;
}

export const quarterParam = ({ year, q }: Quarter): string => `${year}-Q${q}`;
export const quarterLabel = ({ year, q }: Quarter): string => `Q${q} ${year}`;

/** The quarter a period ('YYYY-MM-01' or 'YYYY-MM-DD') falls in. */
export function quarterOf(period: string): Quarter {
  return { year: Number(period.slice(0, 4)), q: Math.floor((Number(period.slice(5, 7)) - 1) / 3) + 1 };
}

/** The first month of the quarter, 'YYYY-MM-01'. */
export const quarterStart = ({ year, q }: Quarter): string => `${year}-${String(q * 3 - 2).padStart(2, "0")}-01`;
/** The last month of the quarter, 'YYYY-MM-01': the figures are "at the quarter's end", i.e. to the end of it. */
export const quarterEnd = ({ year, q }: Quarter): string => `${year}-${String(q * 3).padStart(2, "0")}-01`;

export function shiftQuarter({ year, q }: Quarter, delta: number): Quarter {
  const index = year * 4 + (q - 1) + delta;
  return { year: Math.floor(index / 4), q: (index % 4) + 1 };
}

export const compareQuarters = (a: Quarter, b: Quarter): number => a.year * 4 + a.q - (b.year * 4 + b.q);

export type DataBounds = { earliest: string; latest: string } | null;

/**
 * The quarter shown when none (or a future one) is asked for: the last complete quarter that has KPI
 * data. `currentMonth` is today's 'YYYY-MM-01'. With data only in the quarter still running there is no
 * complete one to show, so that quarter it is; with no data at all, the last complete quarter.
 */
export function defaultQuarter(bounds: DataBounds, currentMonth: string): Quarter {
  const lastComplete = shiftQuarter(quarterOf(currentMonth), -1);
  if (!bounds) return lastComplete;
  const latestWithData = quarterOf(bounds.latest);
  if (compareQuarters(latestWithData, lastComplete) <= 0) return latestWithData;
  // Data in the running quarter (or later); the last complete quarter still has some when it began before its end.
  return bounds.earliest <= quarterEnd(lastComplete) ? lastComplete : latestWithData;
}

/** The requested quarter when it has begun by `currentMonth`; otherwise the default. */
export function resolveQuarter(raw: unknown, bounds: DataBounds, currentMonth: string): Quarter {
  const requested = parseQuarterParam(raw);
  if (requested && quarterStart(requested) <= currentMonth) return requested;
  return defaultQuarter(bounds, currentMonth);
}

/** Whether the quarter's last month is over. */
export const isComplete = (quarter: Quarter, currentMonth: string): boolean => quarterEnd(quarter) < currentMonth;

/** The same month three months earlier: the previous quarter's end for a quarter's end. */
export const previousQuarterEnd = (quarter: Quarter): string => shiftMonth(quarterEnd(quarter), -3);
