import { z } from "zod";
import { isStorableText, UNSTORABLE_TEXT_MESSAGE } from "@/lib/form-state";
import { perspectives } from "@/lib/domain/values";
import type { Locale } from "@/lib/format/locales";
import { typedNumber } from "@/lib/format/typed-number";

/** The matrix sends only the cells that changed; more than this in one save is not a person typing. */
export const MAX_MATRIX_CELLS = 2_000;
export const STALE_MATRIX_MESSAGE = "Some of these alignments were changed by someone else since you opened the page. Reload to see their changes; nothing was saved.";
export const MISSING_TARGET_MESSAGE = "A goal or technology in your changes no longer exists. Reload the page; nothing was saved.";

/** Blank form text means "not given". */
const blank = (v: unknown) => (v === null || (typeof v === "string" && v.trim() === "") ? undefined : v);
const str = (v: unknown) => (v === undefined || v === null ? "" : typeof v === "number" ? String(v) : v);

/** A calendar date in the years 1900–2999 (PostgreSQL has no year 0; "2026-02-30" is no date). */
function isRealDate(v: string): boolean {
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v && v >= "1900" && v < "3000";
}

const WEIGHT_MESSAGE = "Enter the weight as a whole number from 0 to 100.";

/** A goal, its weight read the way the workspace's locale writes numbers ("1.000" in de-DE is a thousand, so refused). */
export const goalSchema = (locale: Locale) =>
  z.object({
    title: z.preprocess(str, z.string().trim().min(1, "Enter the goal's title.").max(160, "The title can be at most 160 characters.").refine(isStorableText, UNSTORABLE_TEXT_MESSAGE)),
    perspective: z.enum(perspectives, { error: "Choose a scorecard perspective." }),
    // Weights are relative (a goal of 30 counts three times one of 10); 0 keeps a goal without letting it count.
    weight: typedNumber(locale).pipe(z.number({ error: WEIGHT_MESSAGE }).int(WEIGHT_MESSAGE).min(0, WEIGHT_MESSAGE).max(100, WEIGHT_MESSAGE)),
    targetText: z.preprocess(
      str,
      z.string().trim().min(1, "Say how you will know it is met, e.g. “Online orders ≥ 25% of sales”.").max(500, "The target can be at most 500 characters.").refine(isStorableText, UNSTORABLE_TEXT_MESSAGE),
    ),
    targetDate: z.preprocess(
      blank,
      z
        .string()
        .trim()
        .refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && isRealDate(v), "Enter the target date as a date (YYYY-MM-DD).")
        .optional(),
    ),
  });

export const updateGoalSchema = (locale: Locale) => z.intersection(goalSchema(locale), z.object({ id: z.string() }));
export const deleteGoalSchema = z.object({ id: z.string() });

const STRENGTH_MESSAGE = "A strength is a whole number from 0 to 5.";
const strength = z.coerce.number({ error: STRENGTH_MESSAGE }).int(STRENGTH_MESSAGE).min(0, STRENGTH_MESSAGE).max(5, STRENGTH_MESSAGE);

/**
 * The matrix's changed cells. Ids stay plain strings here: whether they name this workspace's goals and
 * technologies is checked inside the action's transaction. `was` is the strength the editor saw; when it
 * no longer matches what is stored, somebody else changed that cell and nothing is saved.
 */
export const alignmentMatrixSchema = z.object({
  cells: z
    .array(z.object({ investmentId: z.string(), goalId: z.string(), strength, was: strength.optional() }))
    .max(MAX_MATRIX_CELLS, `At most ${MAX_MATRIX_CELLS} cells can be saved at once.`)
    .superRefine((cells, ctx) => {
      const seen = new Set<string>();
      cells.forEach((c, i) => {
        const key = `${c.investmentId.toLowerCase()}:${c.goalId.toLowerCase()}`;
        if (seen.has(key)) ctx.addIssue({ code: "custom", path: [i, "goalId"], message: "Each cell can be changed once per save." });
        seen.add(key);
      });
    }),
});

