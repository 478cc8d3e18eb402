import type { CostCategory, MatchField } from "@/lib/domain/values";

/** A matching rule as the matcher needs it: the first rule (by position) whose pattern the field contains wins. */
export type RuleLike = {
  id: string;
  position: number;
  field: MatchField;
  pattern: string;
  investmentId: string;
  costCategory: CostCategory | null;
};

/** The text of a payment the rules look at. */
export type PaymentText = { payee: string; description: string; reference: string };

export type SuggestedRule = Omit<RuleLike, "id" | "position">;

type TechnologyForSuggestion = { id: string; name: string; vendor: string; mainCostCategory: CostCategory | null };

type CompiledRule = { rule: RuleLike; needle: string };

/** Bank exports pad and upper-case freely ("AMAZON  WEB SERVICES"): compare lower-case with single spaces. */
export function normaliseText(text: string): string {
  return text.toLowerCase().replace(/\s+/g, " ").trim();
}

// Compiled once per rules array: a 10,000-row import applies the same rules to every row.
const compiled = new WeakMap<readonly RuleLike[], CompiledRule[]>();

function compile(rules: readonly RuleLike[]): CompiledRule[] {
  const cached = compiled.get(rules);
  if (cached) return cached;
  const ordered = rules
    .map((rule) => ({ rule, needle: normaliseText(rule.pattern) }))
    .filter(({ needle }) => needle.length > 0)
    // Array.prototype.sort is stable: rules sharing a position keep the order they were given in.
    .sort((a, b) => a.rule.position - b.rule.position);
  compiled.set(rules, ordered);
  return ordered;
}

function fieldTexts(field: MatchField, payment: PaymentText): string[] {
  if (field === "any") return [payment.payee, payment.description, payment.reference];
  return [payment[field]];
}

/** The first rule in position order whose pattern the payment's field contains (case-insensitive), or null. */
export function applyRules(rules: readonly RuleLike[], payment: PaymentText): RuleLike | null {
  for (const { rule, needle } of compile(rules)) {
    if (fieldTexts(rule.field, payment).some((text) => normaliseText(text).includes(needle))) return rule;
  }
  return null;
}

// Legal-form words a vendor name carries but a bank statement usually drops ("Shopify Inc." pays as "SHOPIFY*").
const LEGAL_FORMS = new Set(["inc", "ltd", "llc", "gmbh", "ag", "plc", "corp", "corporation", "co", "company", "limited", "sa", "srl", "bv", "se", "oy", "ab", "pty", "kg", "nv", "sas", "spa"]);
const MIN_PATTERN_LENGTH = 3;
const MAX_PATTERN_LENGTH = 200;

/** The part of a vendor name a payee would contain: without trailing legal forms and punctuation. */
export function vendorPattern(vendor: string): string {
  const words = vendor.trim().split(/\s+/).filter(Boolean);
  const isLegalForm = (word: string) => {
    const bare = word.toLowerCase().replace(/[.,&+]/g, "");
    return bare === "" || LEGAL_FORMS.has(bare);
  };
  while (words.length > 1 && isLegalForm(words[words.length - 1])) words.pop();
  const pattern = words.join(" ").replace(/[\s.,;:&-]+$/, "");
  return pattern.length >= MIN_PATTERN_LENGTH ? pattern.slice(0, MAX_PATTERN_LENGTH) : "";
}

/** Technologies by their vendor pattern; a vendor shared by several technologies cannot decide between them. */
function technologiesByVendor(technologies: readonly TechnologyForSuggestion[]) {
  const byNeedle = new Map<string, { pattern: string; technologies: TechnologyForSuggestion[] }>();
  for (const technology of technologies) {
    const pattern = vendorPattern(technology.vendor);
    if (!pattern) continue;
    const needle = normaliseText(pattern);
    const entry = byNeedle.get(needle) ?? { pattern, technologies: [] };
    entry.technologies.push(technology);
    byNeedle.set(needle, entry);
  }
  return [...byNeedle].filter(([, entry]) => entry.technologies.length === 1);
}

/**
 * Rules worth proposing: a technology's vendor name found in the payee of payments the existing rules leave
 * unmatched. Vendors shared by two technologies are left out (the payee cannot tell them apart); the rule files
 * payments under the technology's main cost category. Most payments covered first.
 */
export function suggestRules(
  technologies: readonly TechnologyForSuggestion[],
  payments: readonly PaymentText[],
  existing: readonly RuleLike[],
): SuggestedRule[] {
  const unmatchedPayees = payments.filter((payment) => applyRules(existing, payment) === null).map((payment) => normaliseText(payment.payee));
  const counted = technologiesByVendor(technologies).map(([needle, { pattern, technologies: [technology] }]) => ({
    suggestion: { field: "payee" as const, pattern, investmentId: technology.id, costCategory: technology.mainCostCategory },
    covers: unmatchedPayees.filter((payee) => payee.includes(needle)).length,
  }));
  return counted
    .filter(({ covers }) => covers > 0)
    .sort((a, b) => b.covers - a.covers || a.suggestion.pattern.localeCompare(b.suggestion.pattern))
    .map(({ suggestion }) => suggestion);
}
