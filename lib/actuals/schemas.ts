import { z } from "zod";
import { costCategories, MAX_ACTUAL_CENTS, matchFields } from "@/lib/domain/values";
import { isStorableText, UNSTORABLE_TEXT_MESSAGE } from "@/lib/form-state";
import { formatNumber, type Formats } from "@/lib/format";
import { numberMessage, toCents } from "@/lib/format/parse";
import { isBlank, readValue, withoutCurrency } from "@/lib/format/typed-number";

export const CATEGORY_NEEDS_TECHNOLOGY = "Choose a technology first: a cost category belongs to a technology.";
export const IMPORTED_FIELDS_FIXED = "Only a payment typed in here can change its date, amount or payee; this one came from a file.";

/** Blank form text means "not given". */
const blank = (v: unknown) => (v === null || (typeof v === "string" && v.trim() === "") ? undefined : v);

function text(max: number, label: string) {
  return z.preprocess((v) => v ?? "", z.string().trim().max(max, `${label} can be at most ${max} characters.`).refine(isStorableText, UNSTORABLE_TEXT_MESSAGE));
}

/** A calendar date in the years 1900–2999 (PostgreSQL has no year 0; "2026-02-30" is no date). */
function isRealDate(v: string): boolean {
  const d = new Date(`${v}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v && v >= "1900" && v < "3000";
}
const payee = z.preprocess((v) => v ?? "", z.string().trim().min(1, "Enter who was paid.").max(500, "The payee can be at most 500 characters.").refine(isStorableText, UNSTORABLE_TEXT_MESSAGE));
const bookedOn = z.preprocess((v) => v ?? "", z.string().trim().min(1, "Enter the date it was paid.").refine(isRealDate, "Enter the date as a date (YYYY-MM-DD)."));

/**
 * A payment's amount as typed the workspace's way ("1.234,56 €" in de-DE), signed: paid out is positive,
 * a refund negative. Zero is no payment; more than the column allows either way is refused.
 */
export function parseSignedAmount(raw: unknown, formats: Formats): { cents: number } | { error: string } {
  const typed = withoutCurrency(raw, formats);
  if (isBlank(typed)) return { error: "Enter the amount paid." };
  const read = readValue(typed, formats.locale);
  if (!read?.ok) return { error: read?.error ?? numberMessage(formats.locale) };
  const cents = toCents(read.value);
  if (cents === null && read.value.fraction.replace(/0+$/, "").length > 2) return { error: "Use at most 2 decimal places." };
  if (cents === null || Math.abs(cents) > MAX_ACTUAL_CENTS) return { error: `An amount can be at most ${formatNumber(MAX_ACTUAL_CENTS / 100, formats.locale)} either way.` };
  if (cents === 0) return { error: "Enter an amount other than zero (a refund is negative)." };
  return { cents };
}

const signedAmount = (formats: Formats) =>
  z.unknown().transform((value, ctx) => {
    const parsed = parseSignedAmount(value, formats);
    if ("error" in parsed) {
      ctx.addIssue({ code: "custom", message: parsed.error });
      return z.NEVER;
    }
    return parsed.cents;
  });

const technologyId = z.preprocess(blank, z.string().trim().optional()).transform((v) => v ?? null);
const costCategory = z.preprocess(blank, z.enum(costCategories, { error: "Choose a cost category." }).optional()).transform((v) => v ?? null);
const version = z.coerce.number({ error: "Reload the page and try again." }).int().min(1).max(2_147_483_647);

/** A field an edit may leave out (not sent: unchanged); sent, it is checked as when the payment was added (blank refused). */
const whenSent = <S extends z.ZodType>(schema: S) => z.preprocess((v) => v ?? undefined, schema.optional());

/**
 * A category without a technology is refused beside the category (the database refuses it too), also when
 * other fields are wrong, so every message shows at once.
 */
const categoryHasTechnology = (row: { investmentId?: unknown; costCategory?: unknown }) => !row.costCategory || Boolean(row.investmentId);
const categoryNeedsTechnology = { message: CATEGORY_NEEDS_TECHNOLOGY, path: ["costCategory"], when: () => true };

/** A payment typed in by hand (on a technology's page or the ledger). */
export const actualCostSchema = (formats: Formats) =>
  z
    .object({
      bookedOn,
      amount: signedAmount(formats),
      payee,
      description: text(1000, "The description"),
      investmentId: technologyId,
      costCategory,
    })
    .refine(categoryHasTechnology, categoryNeedsTechnology);

/**
 * An edit from the ledger: the technology and category of any payment; date, amount, payee and description
 * only of a typed one (a file's payment stays as the bank listed it), so those fields are optional here.
 */
export const updateActualCostSchema = (formats: Formats) =>
  z
    .object({
      id: z.string(),
      version,
      investmentId: technologyId,
      costCategory,
      bookedOn: whenSent(bookedOn),
      amount: whenSent(signedAmount(formats)),
      payee: whenSent(payee),
      description: whenSent(text(1000, "The description")),
    })
    .refine(categoryHasTechnology, categoryNeedsTechnology);
export type ActualCostEdit = z.output<ReturnType<typeof updateActualCostSchema>>;

export const idSchema = z.object({ id: z.string() });
/** An action that takes nothing but its workspace. */
export const noInputSchema = z.object({});

/** A matching rule: which field of a payment, the text it contains, and where such payments belong. */
export const matchRuleSchema = z
  .object({
    field: z.enum(matchFields, { error: "Choose which part of the payment to look at." }),
    pattern: z.preprocess(
      (v) => v ?? "",
      z.string().trim().min(1, "Enter the text to look for, e.g. Shopify.").max(200, "The text can be at most 200 characters.").refine(isStorableText, UNSTORABLE_TEXT_MESSAGE),
    ),
    investmentId: z.preprocess((v) => v ?? "", z.string().trim().min(1, "Choose a technology.")),
    costCategory,
  });

export const updateMatchRuleSchema = matchRuleSchema.extend({ id: z.string(), version });
export const moveMatchRuleSchema = z.object({ id: z.string(), direction: z.enum(["up", "down"], { error: "Move a rule up or down." }) });
