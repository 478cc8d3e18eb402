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
