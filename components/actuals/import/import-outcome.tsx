"use client";

import Link from "next/link";
import { useEffect, useRef } from "react";
import { Button, buttonVariants } from "@/components/ui/button";
import type { BankImportResult } from "@/lib/actuals/bank-import";
import { formatNumber, type Locale } from "@/lib/format";

const payments = (n: number, locale: Locale) => `${formatNumber(n, locale, 0)} ${n === 1 ? "payment" : "payments"}`;

/** Before the import: what it will do with the whole file (not only the rows shown). */
export function ImportSummary({ rows, duplicates, matched, unmatched, locale }: { rows: number; duplicates: number; matched: number; unmatched: number; locale: Locale }) {
  const fresh = rows - duplicates;
  return (
    <p className="mt-6 text-sm text-slate-700" data-testid="bank-import-summary">
      {payments(rows, locale)} in the file: <span className="font-medium text-slate-900">{formatNumber(fresh, locale, 0)} new</span>
      {duplicates ? `, ${formatNumber(duplicates, locale, 0)} already in the ledger (skipped)` : ""}.
      {fresh > 0 && ` ${formatNumber(matched, locale, 0)} ${matched === 1 ? "goes" : "go"} to a technology, ${formatNumber(unmatched, locale, 0)} ${unmatched === 1 ? "stays" : "stay"} unmatched until you file ${unmatched === 1 ? "it" : "them"}.`}
    </p>
  );
}

/** After the import: what it added, what it skipped, and where to go next. */
export function ImportDone({ slug, result, locale, onReset }: { slug: string; result: BankImportResult; locale: Locale; onReset: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const title = result.added ? `Added ${payments(result.added, locale)}.` : "Nothing new: every payment in the file is already in the ledger.";
  return (
    <div role="status" className="rounded-xl border border-emerald-200 bg-emerald-50 p-6" data-testid="import-success" data-added={result.added} data-duplicates={result.duplicates}>
      <h2 ref={heading} tabIndex={-1} className="text-lg font-semibold text-emerald-900 focus:outline-none">
        {title}
      </h2>
      <p className="mt-1 text-sm text-emerald-800">
        {result.duplicates ? `${payments(result.duplicates, locale)} ${result.duplicates === 1 ? "was" : "were"} already in the ledger and skipped. ` : ""}
        {result.unmatched ? `${payments(result.unmatched, locale)} matched no rule: file ${result.unmatched === 1 ? "it" : "them"} in the ledger. ` : ""}
        {result.rulesAdded ? `${formatNumber(result.rulesAdded, locale, 0)} matching ${result.rulesAdded === 1 ? "rule" : "rules"} saved.` : ""}
      </p>
      <div className="mt-4 flex flex-wrap gap-3">
        <Link href={`/w/${slug}/actuals`} className={buttonVariants()}>
          Go to the ledger
        </Link>
        <Button variant="secondary" onClick={onReset}>
          Import another file
        </Button>
      </div>
    </div>
  );
}
