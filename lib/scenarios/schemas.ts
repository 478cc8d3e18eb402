import { z } from "zod";
import type { Locale } from "@/lib/format/locales";
import { inputText } from "@/lib/format/parse";
import { typedNumber } from "@/lib/format/typed-number";
import { distributions, MAX_SEED } from "./monte-carlo";
import { caseKinds } from "./settings";

/** The limits of what a case may say; the columns hold more (numeric(6, 3), delay ≤ 120). */
export const LIMITS = { multiplierMax: 10, delayMax: 120 } as const;

const blank = (v: unknown) => (v === null || (typeof v === "string" && v.trim() === "") ? undefined : v);
const threePlaces = (n: number) => Math.abs(n * 1000 - Math.round(n * 1000)) < 1e-6;

/** A number typed the locale's way; blank or missing is refused with "Enter the … as a number, e.g. 1,2." in the locale's writing. */
const decimal = (locale: Locale, what: string, example: string) =>
  typedNumber(locale).pipe(z.number({ error: `Enter the ${what} as a number, e.g. ${inputText(example, locale)}.` }));

/** "portfolio" or a technology id; an id that is not one of the workspace's technologies is not found. */
export const scopeSchema = z.preprocess((v) => blank(v) ?? "portfolio", z.string().trim().max(64, "Choose the portfolio or one of your technologies."));

/** A case's settings, read the way the workspace's locale writes numbers ("1,2" in de-DE). */
export const saveScenarioSchema = (locale: Locale) => {
  const share = `The adoption rate is a share from 0 to 1, e.g. ${inputText("0.8", locale)}.`;
  return z.object({
    scope: scopeSchema,
    kind: z.enum(caseKinds, { error: "Choose the optimistic, likely or pessimistic case." }),
    benefitMultiplier: decimal(locale, "benefit multiplier", "1.2")
      .pipe(z.number().min(0, "The benefit multiplier can't be negative.").max(LIMITS.multiplierMax, `The benefit multiplier can be at most ${LIMITS.multiplierMax}.`))
      .refine(threePlaces, "Use at most 3 decimal places for the benefit multiplier."),
    costMultiplier: decimal(locale, "cost multiplier", "1.15")
      .pipe(z.number().min(0, "The cost multiplier can't be negative.").max(LIMITS.multiplierMax, `The cost multiplier can be at most ${LIMITS.multiplierMax}.`))
      .refine(threePlaces, "Use at most 3 decimal places for the cost multiplier."),
    delayMonths: decimal(locale, "delay", "3").pipe(
      z
        .number()
        .int("Enter the delay as a whole number of months.")
        .min(0, "The delay can't be negative.")
        .max(LIMITS.delayMax, `The delay can be at most ${LIMITS.delayMax} months.`),
    ),
    adoptionRate: decimal(locale, "adoption rate", "0.8").pipe(z.number().min(0, share).max(1, share)).refine(threePlaces, "Use at most 3 decimal places for the adoption rate."),
  });
};

/** A Monte Carlo run; the seed is read the locale's way too. */
export const runMonteCarloSchema = (locale: Locale) => {
  // Digits without separators, as the seed is shown and typed: the same text in every locale.
  const range = `The seed is a whole number from 0 to ${MAX_SEED}.`;
  return z.object({
    scope: scopeSchema,
    distribution: z.enum(distributions, { error: "Choose PERT or triangular." }),
    seed: typedNumber(locale).pipe(
      z.number({ error: "Enter the seed as a whole number, e.g. 42." }).int("Enter the seed as a whole number, e.g. 42.").min(0, range).max(MAX_SEED, range),
    ),
  });
};

export type SaveScenarioInput = z.output<ReturnType<typeof saveScenarioSchema>>;
