import { formatMoney, formatPercent } from "@/lib/format";

/** A ROI for reading; null says why in the same words everywhere on the benefits pages. */
export const formatRoi = (roi: number | null): string => (roi === null ? "—" : formatPercent(roi));

export const formatCents = (cents: number | null, currency: string): string => (cents === null ? "—" : formatMoney(cents, currency));

export const formatRealisation = (ratio: number | null): string => (ratio === null ? "—" : `${Math.round(ratio * 100)}%`);
