import { formatMoney, formatNumber, formatPercent, type Formats } from "@/lib/format";

/**
 * A benefit's calculator inputs in words, e.g. "26 h/month × $22.00/h". The column is free-form JSON,
 * so unknown or malformed shapes give null rather than a wrong sentence.
 */
export function calculatorText(calculator: unknown, formats: Formats): string | null {
  if (!calculator || typeof calculator !== "object") return null;
  const c = calculator as Record<string, unknown>;
  const money = (v: unknown) => (typeof v === "number" ? formatMoney(v, formats, { showCents: true }) : "?");
  const n = (v: unknown) => (typeof v === "number" ? formatNumber(v, formats.locale, { max: 3 }) : "?");
  switch (c.type) {
    case "labour":
      return `${n(c.hoursPerMonth)} h/month × ${money(c.hourlyRateCents)}/h`;
    case "cx_deflection":
      return `${n(c.contactsPerMonth)} contacts/month moved to self-service × (${money(c.assistedCostCents)} assisted − ${money(c.automatedCostCents)} automated)`;
    case "risk":
      return `${typeof c.probability === "number" ? formatPercent(c.probability, formats.locale, { max: 1 }) : "?"} yearly probability × ${money(c.impactCents)} loss avoided`;
    case "proxy":
      return typeof c.description === "string" && c.description ? `Proxy: ${c.description}` : null;
    default:
      return null;
  }
}
