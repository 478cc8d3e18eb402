import type { Locale } from "@/lib/format/locales";
import { inputText } from "@/lib/format/parse";
import { canonicalDecimal } from "@/lib/kpis/unit-rules";

/** A stored numeric ("12.5000") as the text an input edits, the locale's way: "12.5" (en-US), "12,5" (de-DE). */
export function editableValue(value: string | null | undefined, locale: Locale): string {
  if (!value) return "";
  const text = canonicalDecimal(value);
  return text === null ? value : inputText(text, locale);
}
