"use client";

import { useMemo, useState } from "react";
import { ImportWizard } from "@/components/imports/import-wizard";
import type { PreviewColumn } from "@/components/imports/preview-table";
import { bankFile } from "@/lib/actuals/bank-file";
import type { BankCheck, BankRowSummary } from "@/lib/actuals/bank-preview";
import { commitBankImport, previewBankImport } from "@/lib/actuals/import-actions";
import { applyRules, type RuleLike } from "@/lib/actuals/rules";
import { label } from "@/lib/domain/labels";
import { formatAmount, formatDate, formatNumber, type Formats } from "@/lib/format";
import type { ImportCheck } from "@/lib/imports/check";
import { BankConfirm, type Accepted } from "./bank-confirm";
import { ImportDone } from "./import-outcome";

/** The workspace's rules with the accepted suggestions after them, as the import will apply them. */
function rulesWith({ check, ticked }: Accepted): RuleLike[] {
  const last = check.rules.reduce((max, rule) => Math.max(max, rule.position), 0);
  const added = check.suggestions.filter((_, i) => ticked.has(i)).map((s, i) => ({ ...s, id: `accepted-${i}`, position: last + 1 + i }));
  return [...check.rules, ...added];
}

/**
 * The shown rows the accepted rules would file (each row object of that check → its new summary). Only rows
 * no rule of the workspace files can move, and only to an accepted suggestion's technology.
 */
function refiled(accepted: Accepted | null): ReadonlyMap<BankRowSummary, BankRowSummary> {
  if (!accepted || accepted.ticked.size === 0) return new Map();
  const rules = rulesWith(accepted);
  const names = new Map(accepted.check.suggestions.map((s) => [s.investmentId, s.technologyName]));
  const moved = accepted.check.rows.filter(({ row }) => !row.duplicate && !row.investmentId);
  return new Map(
    moved.map(({ row }) => {
      const rule = applyRules(rules, row);
      return [row, { ...row, investmentId: rule?.investmentId ?? null, technologyName: rule ? (names.get(rule.investmentId) ?? null) : null, costCategory: rule?.costCategory ?? null }];
    }),
  );
}

function goesTo(row: BankRowSummary) {
  if (row.duplicate) return <span className="text-slate-500">Already in the ledger</span>;
  if (!row.investmentId) return <span className="text-amber-700">Unmatched</span>;
  return (
    <span className="text-slate-900">
      {row.technologyName ?? "—"}
      {row.costCategory ? <span className="text-slate-500"> · {label(row.costCategory)}</span> : null}
    </span>
  );
}

function bankColumns(formats: Formats, accepted: Accepted | null): PreviewColumn<BankRowSummary>[] {
  const moved = refiled(accepted);
  return [
    { header: "Date", cell: (row) => formatDate(row.bookedOn, formats.locale) },
    { header: "Payee", cell: (row) => row.payee || "—" },
    { header: "Description", cell: (row) => row.description || "—" },
    { header: "Paid", align: "right", cell: (row) => formatAmount(row.amountCents, formats) },
    { header: "Goes to", cell: (row) => goesTo(moved.get(row) ?? row) },
  ];
}

const isBankCheck = (check: ImportCheck<BankRowSummary>): check is BankCheck => "suggestions" in check;

/**
 * The bank import on the shared import wizard: the preview says where each payment goes, and between the
 * rows and the import button the suggested matching rules can be ticked (saved with the import).
 */
export function BankImport({ slug, formats }: { slug: string; formats: Formats }) {
  const [accepted, setAccepted] = useState<Accepted | null>(null);
  const columns = useMemo(() => bankColumns(formats, accepted), [formats, accepted]);
  const payments = (n: number) => `${formatNumber(n, formats.locale, 0)} ${n === 1 ? "payment" : "payments"}`;
  return (
    <ImportWizard
      file={{ id: "bank-file", label: "Bank or accounting export (CSV)", hint: "Up to 10,000 rows (3 MB): a date, a payee or description, and an amount (or debit and credit columns). The same payment imported twice is counted once." }}
      fields={bankFile.fields}
      maxBytes={bankFile.maxBytes}
      check={(request) => previewBankImport(slug, request)}
      commit={(form) => commitBankImport(slug, form)}
      columns={columns}
      noun={payments}
      beforeConfirm={(check, pending) =>
        isBankCheck(check) ? <BankConfirm check={check} accepted={accepted?.check === check ? accepted : { check, ticked: new Set() }} pending={pending} locale={formats.locale} onChange={setAccepted} /> : null
      }
      done={(result, reset) => <ImportDone slug={slug} result={result} locale={formats.locale} onReset={reset} />}
    />
  );
}
