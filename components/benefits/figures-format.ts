import { formatMoney, formatPercent, type Formats, type Locale } from "@/lib/format";

/** A ROI for reading; null says why in the same words everywhere on the benefits pages. */
export const formatRoi = (roi: number | null, locale: Locale): string => (roi === null ? "—" : formatPercent(roi, locale));

export const formatCents = (cents: number | null, formats: Formats): string => (cents === null ? "—" : formatMoney(cents, formats));

/** A realisation or an attainment as a whole percentage: 0.734 → "73%" ("73 %" in de-DE). */
export const formatRealisation = (ratio: number | null, locale: Locale): string => (ratio === null ? "—" : formatPercent(ratio, locale, 0));
