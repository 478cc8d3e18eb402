import { z } from "zod";
import { formatNumber } from "@/lib/format";
import { canonical, decimalPlaces, numberMessage, toCents } from "@/lib/format/parse";
import { isBlank, localeOf, readValue, withoutCurrency, type Reading } from "@/lib/format/typed-number";

/** A billion in currency units: far past any SMB's technology budget, and exact in cents. */
export const MAX_BUDGET_CENTS = 100_000_000_000;

export const objectives = ["npv", "alignment_weighted"] as const;

/**
 * The budget as typed, in whole or decimal currency units → integer cents, read the way the workspace's
 * locale writes numbers ("5.000,50" in de-DE) and never through a float. The workspace currency's symbol or
 * code may come with it when the currency is known (`Formats`). Text the locale would read otherwise
 * ("1,234,5"; "12,5" in en-US) is refused with the locale's message. A JS number (JSON) is a machine number.
 */
export function parseBudget(raw: unknown, reading: Reading): { cents: number } | { error: string } {
  const locale = localeOf(reading);
  const typed = withoutCurrency(raw, reading);
  const tooLarge = { error: `That budget is too large: enter at most ${formatNumber(MAX_BUDGET_CENTS / 100, locale)}.` };
  if (isBlank(typed)) return { error: "Enter a budget." };
  const read = readValue(typed, locale);
  if (!read?.ok) return { error: read?.error ?? numberMessage(locale) };
  const value = read.value;
  if (value.negative && canonical(value) !== "0") return { error: "The budget can't be negative." };
  if (decimalPlaces(value) > 2) return { error: "Use at most 2 decimal places." };
  // Compare the digits before multiplying: a 30-digit number must not turn into a float that passes by rounding.
  if (value.whole.length > 12) return tooLarge;
  const cents = toCents({ ...value, negative: false });
  if (cents === null || cents > MAX_BUDGET_CENTS) return tooLarge;
  return { cents };
}

/** The budget box, its amount read the workspace's way: `budgetSchema(formatsOf(ctx))`. */
export const budgetSchema = (reading: Reading) =>
  z.object({
    budget: z.unknown().transform((value, ctx) => {
      const parsed = parseBudget(value, reading);
      if ("error" in parsed) {
        ctx.addIssue({ code: "custom", message: parsed.error });
        return z.NEVER;
      }
      return parsed.cents;
    }),
    objective: z.enum(objectives, { error: "Choose what to maximise: risk-adjusted NPV or alignment-weighted value." }),
  });

