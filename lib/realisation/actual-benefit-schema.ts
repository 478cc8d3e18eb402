/** The forms of a benefit realised in a month, entered as an amount (the month's online revenue, say). */
import { z } from "zod";
import { MAX_ACTUAL_CENTS } from "@/lib/domain/values";
import { isStorableText, UNSTORABLE_TEXT_MESSAGE } from "@/lib/form-state";
import { formatNumber, type Formats } from "@/lib/format";
import { numberMessage, toCents } from "@/lib/format/parse";
import { isBlank, readValue, withoutCurrency } from "@/lib/format/typed-number";

export const BENEFIT_AMOUNT_MISSING = "Enter the benefit realised that month.";

/**
 * A month's realised benefit as typed the workspace's way ("1.234,56 €" in de-DE), signed: a month that lost
 * money is negative, and zero says "measured, nothing gained".
 */
export function parseBenefitAmount(raw: unknown, formats: Formats): { cents: number } | { error: string } {
  const typed = withoutCurrency(raw, formats);
  if (isBlank(typed)) return { error: BENEFIT_AMOUNT_MISSING };
  const read = readValue(typed, formats.locale);
  if (!read?.ok) return { error: read?.error ?? numberMessage(formats.locale) };
  const cents = toCents(read.value);
  if (cents === null && read.value.fraction.replace(/0+$/, "").length > 2) return { error: "Use at most 2 decimal places." };
  if (cents === null || Math.abs(cents) > MAX_ACTUAL_CENTS) return { error: `An amount can be at most ${formatNumber(MAX_ACTUAL_CENTS / 100, formats.locale)} either way.` };
  return { cents: cents === 0 ? 0 : cents };
}

const amount = (formats: Formats) =>
  z.unknown().transform((value, ctx) => {
    const parsed = parseBenefitAmount(value, formats);
    if ("error" in parsed) {
      ctx.addIssue({ code: "custom", message: parsed.error });
      return z.NEVER;
    }
    return parsed.cents;
  });

// Years 1900–2999, as the month pickers offer.
const MONTH = /^((?:19|2\d)\d{2})-(0[1-9]|1[0-2])(?:-01)?$/;
const month = z.preprocess(
  (v) => v ?? "",
  z.string().trim().min(1, { message: "Choose the month it was realised in.", abort: true }).regex(MONTH, "Choose a month (YYYY-MM).").transform((v) => `${v.slice(0, 7)}-01`),
);
const description = z.preprocess(
  (v) => v ?? "",
  z.string().trim().max(1000, "The description can be at most 1000 characters.").refine(isStorableText, UNSTORABLE_TEXT_MESSAGE),
);
const version = z.coerce.number({ error: "Reload the page and try again." }).int().min(1).max(2_147_483_647);

export const actualBenefitSchema = (formats: Formats) =>
  z.object({
    investmentId: z.preprocess((v) => v ?? "", z.string().trim().min(1, "Choose a technology.")),
    month,
    amount: amount(formats),
    description,
  });

export const updateActualBenefitSchema = (formats: Formats) => z.object({ id: z.string(), version, month, amount: amount(formats), description });

export const deleteActualBenefitSchema = z.object({ id: z.string() });
