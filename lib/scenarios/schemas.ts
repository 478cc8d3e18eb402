import { z } from "zod";
import { distributions, MAX_SEED } from "./monte-carlo";
import { caseKinds } from "./settings";

/** The limits of what a case may say; the columns hold more (numeric(6, 3), delay ≤ 120). */
export const LIMITS = { multiplierMax: 10, delayMax: 120 } as const;

const blank = (v: unknown) => (v === null || (typeof v === "string" && v.trim() === "") ? undefined : v);
const threePlaces = (n: number) => Math.abs(n * 1000 - Math.round(n * 1000)) < 1e-6;

const decimal = (what: string, example: string) => z.preprocess(blank, z.coerce.number({ error: `Enter the ${what} as a number, e.g. ${example}.` }));

/** "portfolio" or a technology id; an id that is not one of the workspace's technologies is not found. */
export const scopeSchema = z.preprocess((v) => blank(v) ?? "portfolio", z.string().trim().max(64, "Choose the portfolio or one of your technologies."));

export const saveScenarioSchema = z.object({
  scope: scopeSchema,
  kind: z.enum(caseKinds, { error: "Choose the optimistic, likely or pessimistic case." }),
  benefitMultiplier: decimal("benefit multiplier", "1.2")
    .pipe(z.number().min(0, "The benefit multiplier can't be negative.").max(LIMITS.multiplierMax, `The benefit multiplier can be at most ${LIMITS.multiplierMax}.`))
    .refine(threePlaces, "Use at most 3 decimal places for the benefit multiplier."),
  costMultiplier: decimal("cost multiplier", "1.15")
    .pipe(z.number().min(0, "The cost multiplier can't be negative.").max(LIMITS.multiplierMax, `The cost multiplier can be at most ${LIMITS.multiplierMax}.`))
    .refine(threePlaces, "Use at most 3 decimal places for the cost multiplier."),
  delayMonths: decimal("delay", "3")
    .pipe(
      z
        .number()
        .int("Enter the delay as a whole number of months.")
        .min(0, "The delay can't be negative.")
        .max(LIMITS.delayMax, `The delay can be at most ${LIMITS.delayMax} months.`),
    ),
  adoptionRate: decimal("adoption rate", "0.8")
    .pipe(z.number().min(0, "The adoption rate is a share from 0 to 1, e.g. 0.8.").max(1, "The adoption rate is a share from 0 to 1, e.g. 0.8."))
    .refine(threePlaces, "Use at most 3 decimal places for the adoption rate."),
});

export const runMonteCarloSchema = z.object({
  scope: scopeSchema,
  distribution: z.enum(distributions, { error: "Choose PERT or triangular." }),
  seed: z.preprocess(
    blank,
    z.coerce
      .number({ error: "Enter the seed as a whole number, e.g. 42." })
      .int("Enter the seed as a whole number, e.g. 42.")
      .min(0, `The seed is a whole number from 0 to ${MAX_SEED}.`)
      .max(MAX_SEED, `The seed is a whole number from 0 to ${MAX_SEED}.`),
  ),
});

export type SaveScenarioInput = z.output<typeof saveScenarioSchema>;
export type RunMonteCarloInput = z.output<typeof runMonteCarloSchema>;
