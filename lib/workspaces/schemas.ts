import { z } from "zod";
import { isStorableText, UNSTORABLE_TEXT_MESSAGE } from "@/lib/form-state";

/** Offered first in the form; any ISO 4217 code the runtime knows is accepted. */
export const commonCurrencies = ["USD", "EUR", "GBP", "CHF", "CAD", "AUD", "NZD", "SEK", "NOK", "DKK", "JPY", "SGD", "INR", "ZAR"] as const;

export const industries = [
  "retail",
  "hospitality",
  "manufacturing",
  "professional_services",
  "healthcare",
  "construction",
  "logistics",
  "technology",
  "finance",
  "education",
  "nonprofit",
  "other",
] as const;

const knownCurrencies: ReadonlySet<string> = new Set(
  typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("currency") : commonCurrencies,
);

export const newWorkspaceSchema = z.object({
  name: z.string().trim().min(2, "Name the workspace (at least 2 characters).").max(80, "Keep the workspace name under 80 characters.").refine(isStorableText, UNSTORABLE_TEXT_MESSAGE),
  currency: z
    .string()
    .trim()
    .toUpperCase()
    .refine((c) => /^[A-Z]{3}$/.test(c) && knownCurrencies.has(c), "Choose a currency (a three-letter ISO code such as USD or EUR)."),
  // Optional: an empty choice is stored as "other", like a workspace created at sign-up.
  industry: z.preprocess((v) => (v === "" || v === undefined || v === null ? "other" : v), z.enum(industries, "Choose an industry from the list.")),
});

