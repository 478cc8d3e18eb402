/** How the scenario figures are worded. */
import { formatMoney, formatPercent } from "@/lib/format";

const oneDecimal = new Intl.NumberFormat("en-US", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export function formatNpv(cents: number, currency: string): string {
  return formatMoney(cents, currency);
}

export function formatIrr(irrAnnual: number | null): string {
  return irrAnnual === null ? "—" : formatPercent(irrAnnual);
}

export function formatRoi(roi: number | null): string {
  return roi === null ? "—" : formatPercent(roi);
}

export function formatPayback(months: number | null): string {
  return months === null ? "Not within the horizon" : `${oneDecimal.format(months)} months`;
}

export function formatShare(p: number): string {
  return formatPercent(p);
}
