const moneyFormatters = new Map<string, Intl.NumberFormat>();

/** Integer cents → "$12,345" (whole units; cents only when asked). */
export function formatMoney(cents: number, currency: string, { showCents = false } = {}): string {
  const key = `${currency}:${showCents}`;
  let formatter = moneyFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat("en-US", {
      style: "currency",
      currency,
      minimumFractionDigits: showCents ? 2 : 0,
      maximumFractionDigits: showCents ? 2 : 0,
    });
    moneyFormatters.set(key, formatter);
  }
  return formatter.format(cents / 100);
}

export function humanize(value: string): string {
  const text = value.replace(/_/g, " ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const percentFormat = new Intl.NumberFormat("en-US", { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 });
/** Beyond ±1,000% a rate says nothing more a reader can use, so it is shown as a bound. */
const PERCENT_CAP = 10;

/** A ratio as a percentage with one decimal: 0.1234 → "12.3%"; 123 → "> 1,000%" (PERCENT_CAP). */
export function formatPercent(ratio: number): string {
  if (ratio > PERCENT_CAP) return "> 1,000%";
  if (ratio < -PERCENT_CAP) return "< -1,000%";
  return percentFormat.format(ratio);
}
