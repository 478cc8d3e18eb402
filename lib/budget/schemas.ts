import { z } from "zod";

/** A billion in currency units: far past any SMB's technology budget, and exact in cents. */
export const MAX_BUDGET_CENTS = 100_000_000_000;

export const objectives = ["npv", "alignment_weighted"] as const;

/**
 * The budget as typed, in whole or decimal currency units → integer cents, read through its decimal text
 * (never a float). A leading currency symbol, spaces and thousands separators are allowed.
 */
export function parseBudget(raw: unknown): { cents: number } | { error: string } {
  if (raw === undefined || raw === null || (typeof raw === "string" && raw.trim() === "")) return { error: "Enter a budget." };
  if (typeof raw !== "string" && typeof raw !== "number") return { error: "Enter the budget as an amount, e.g. 5000." };
  const text = String(raw).trim().replace(/[,\s]/g, "").replace(/^([-−]?)[$€£¥]/, "$1");
  if (/^[-−]/.test(text)) return { error: "The budget can't be negative." };
  const match = /^(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) return { error: "Enter the budget as an amount, e.g. 5000." };
  const [, whole, fraction = ""] = match;
  if (fraction.length > 2) return { error: "Use at most 2 decimal places." };
  // Compare before multiplying: a 30-digit number must not turn into a float that passes by rounding.
  if (whole.replace(/^0+/, "").length > 12) return { error: "That budget is too large: enter at most 1,000,000,000." };
  const cents = Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
  if (cents > MAX_BUDGET_CENTS) return { error: "That budget is too large: enter at most 1,000,000,000." };
  return { cents };
}

const budget = z.unknown().transform((value, ctx) => {
  const parsed = parseBudget(value);
  if ("error" in parsed) {
    ctx.addIssue({ code: "custom", message: parsed.error });
    return z.NEVER;
  }
  return parsed.cents;
});

export const budgetSchema = z.object({
  budget,
  objective: z.enum(objectives, { error: "Choose what to maximise: risk-adjusted NPV or alignment-weighted value." }),
});

export type BudgetInput = z.output<typeof budgetSchema>;
