import { z } from "zod";
import { isStorableText, UNSTORABLE_TEXT_MESSAGE } from "@/lib/form-state";
import { attributionMethods, kpiDirections, kpiUnits, perspectives } from "@/lib/domain/values";
import { formatNumber } from "@/lib/format";
import type { Locale } from "@/lib/format/locales";
import { numberMessage } from "@/lib/format/parse";
import { isBlank, typedNumber } from "@/lib/format/typed-number";
import { checkBenchmark } from "./unit-rules";

export const MAX_GRID_ROWS = 500;

/** Blank form text means "not given". */
const blank = (v: unknown) => (v === null || (typeof v === "string" && v.trim() === "") ? undefined : v);
const str = (v: unknown) => (v === undefined || v === null ? "" : typeof v === "number" ? String(v) : v);

// Years 1900–2999, as the month pickers offer: PostgreSQL has no year 0, and no plan runs for millennia.
const MONTH = /^((?:19|2\d)\d{2})-(0[1-9]|1[0-2])(?:-01)?$/;
/** 'YYYY-MM' (or a stored 'YYYY-MM-01') → 'YYYY-MM-01', the period a measurement is stored under. */
export const monthSchema = z.preprocess(str, z.string().trim().regex(MONTH, "Choose a month (YYYY-MM).").transform((v) => `${v.slice(0, 7)}-01`));

/** A calendar date in the years 1900–2999 (PostgreSQL has no year 0; "2026-02-30" is no date). */
function isRealDate(v: string): boolean {
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v && v >= "1900" && v < "3000";
}

const optionalId = (message: string) => z.preprocess(blank, z.guid({ error: message }).optional());

/** A required number field: blank is refused with `missing`, anything else is read by `checkBenchmark`. */
const benchmark = (missing: string) => z.unknown().refine((v) => !isBlank(v), missing);

/** A KPI definition, its numbers (baseline, target, weight) read the way the workspace's locale writes them. */
export const kpiSchema = (locale: Locale) =>
  z
    .object({
      name: z.preprocess(str, z.string().trim().min(1, "Enter the KPI's name.").max(120, "The name can be at most 120 characters.").refine(isStorableText, UNSTORABLE_TEXT_MESSAGE)),
      perspective: z.enum(perspectives, { error: "Choose a scorecard perspective." }),
      unit: z.enum(kpiUnits, { error: "Choose a unit." }),
      direction: z.enum(kpiDirections, { error: "Choose whether higher or lower is better." }),
      baseline: benchmark("Enter the baseline: where you start from."),
      target: benchmark("Enter the target: where you want to be."),
      targetDate: z.preprocess(blank, z.string().trim().refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && isRealDate(v), "Enter the target date as a date (YYYY-MM-DD).").optional()),
      // Blank means the default weight of 1; numeric(6, 3) holds up to 999.999.
      weight: z.preprocess(
        (v) => blank(v) ?? 1,
        typedNumber(locale).pipe(
          z
            .number({ error: "Enter the weight as a number." })
            .gt(0, "The weight must be greater than 0.")
            .max(999, "The weight can be at most 999.")
            .refine((n) => Number.isInteger(Math.round(n * 1000 * 1e6) / 1e6), "Use at most 3 decimal places for the weight.")
            // 1e-10 passes both checks above yet is stored as 0.000, which the column refuses.
            .refine((n) => n <= 0 || Math.round(n * 1000) >= 1, `The weight must be at least ${formatNumber(0.001, locale, 3)}.`),
        ),
      ),
      investmentId: optionalId("Choose one of your technologies."),
      goalId: optionalId("Choose one of your goals."),
      // How the KPI's realised change is split when several technologies' benefit lines name it; blank is equal.
      attribution: z.preprocess((v) => blank(v) ?? "equal", z.enum(attributionMethods, { error: "Choose how to split the KPI's change: equal, weighted or time decay." })),
    })
    .transform((input, ctx) => {
      // Both numbers are checked against the chosen unit, so a percent target of 140 is refused.
      const baseline = checkBenchmark(input.baseline, input.unit, locale);
      const target = checkBenchmark(input.target, input.unit, locale);
      if ("error" in baseline) ctx.addIssue({ code: "custom", path: ["baseline"], message: baseline.error });
      if ("error" in target) ctx.addIssue({ code: "custom", path: ["target"], message: target.error });
      if (!("value" in baseline) || !("value" in target)) return z.NEVER;
      // The scorecard divides by (target − baseline); equal numbers would leave nothing to attain.
      if (Number(baseline.value) === Number(target.value)) {
        ctx.addIssue({ code: "custom", path: ["target"], message: "The target must differ from the baseline." });
        return z.NEVER;
      }
      return { ...input, baseline: baseline.value, target: target.value };
    });

export const updateKpiSchema = (locale: Locale) => z.intersection(kpiSchema(locale), z.object({ id: z.string() }));
export const deleteKpiSchema = z.object({ id: z.string() });

/**
 * The grid's rows: values stay as sent here (text typed the workspace's way, or a JSON number) and are
 * read and checked against each KPI's stored unit by the action.
 */
export const entryGridSchema = (locale: Locale) =>
  z.object({
    period: monthSchema,
    values: z
      .array(
        z.object({
          // Lower-cased as the database returns uuids, so the action finds each row's KPI by its id.
          kpiId: z.string().transform((id) => id.toLowerCase()),
          value: z.preprocess(
            (v) => (v === undefined || v === null ? "" : v),
            z.union([z.number(), z.string().trim().max(40, numberMessage(locale))], { error: numberMessage(locale) }),
          ),
          note: z.preprocess(str, z.string().trim().max(500, "A note can be at most 500 characters.").refine(isStorableText, UNSTORABLE_TEXT_MESSAGE)),
        }),
      )
      .max(MAX_GRID_ROWS, `At most ${MAX_GRID_ROWS} KPIs can be saved at once.`),
  });

