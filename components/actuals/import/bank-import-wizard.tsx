"use client";

import { useMemo, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/form-message";
import { Spinner } from "@/components/ui/spinner";
import { bankFile } from "@/lib/actuals/bank-file";
import type { BankImportResult } from "@/lib/actuals/bank-import";
import type { BankCheck } from "@/lib/actuals/bank-preview";
import { commitBankImport, previewBankImport } from "@/lib/actuals/import-actions";
import { applyRules, type RuleLike } from "@/lib/actuals/rules";
import type { Formats } from "@/lib/format";
import type { Mapping } from "@/lib/imports/pipeline";
import { BankPreviewTable, type PreviewRow } from "./bank-preview-table";
import { ImportDone, ImportSummary } from "./import-outcome";
import { ImportProblems } from "./import-problems";
import { ColumnMapping, ReadOptions, type ReadChoices } from "./read-options";
import { RuleSuggestions } from "./rule-suggestions";

type ChosenFile = { name: string; text: string };

/** The file and how to read it, as the actions take them; the server reads the file again on import. */
const requestOf = (file: ChosenFile, { delimiter, decimal, dateOrder }: Partial<ReadChoices>, mapping?: Mapping) => ({
  csv: file.text,
  fileName: file.name,
  ...(delimiter ? { delimiter } : {}),
  ...(decimal ? { decimal } : {}),
  ...(dateOrder ? { dateOrder } : {}),
  ...(mapping ? { mapping: JSON.stringify(mapping) } : {}),
});

/** The workspace's rules with the accepted suggestions after them, as the import will apply them. */
function rulesWith(check: BankCheck, accepted: ReadonlySet<number>): RuleLike[] {
  const last = check.rules.reduce((max, rule) => Math.max(max, rule.position), 0);
  const added = check.suggestions.filter((_, i) => accepted.has(i)).map((s, i) => ({ ...s, id: `accepted-${i}`, position: last + 1 + i }));
  return [...check.rules, ...added];
}

function previewRows(check: BankCheck, accepted: ReadonlySet<number>): PreviewRow[] {
  if (accepted.size === 0) return check.rows;
  const rules = rulesWith(check, accepted);
  return check.rows.map(({ line, row }) => {
    if (row.duplicate || row.investmentId) return { line, row };
    const rule = applyRules(rules, row);
    return { line, row: { ...row, investmentId: rule?.investmentId ?? null, costCategory: rule?.costCategory ?? null } };
  });
}

/**
 * Choose a bank or accounting export → the server reads it (nothing written): how it is written, which
 * column is which, the problems, the payments already in the ledger and the rules worth adding → import,
 * which reads the file again on the server. Needs JavaScript (the file is read in the browser).
 */
export function BankImportWizard({ slug, formats }: { slug: string; formats: Formats }) {
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [check, setCheck] = useState<BankCheck | null>(null);
  const [accepted, setAccepted] = useState<ReadonlySet<number>>(new Set());
  const [message, setMessage] = useState<string>();
  const [result, setResult] = useState<BankImportResult | null>(null);
  const [step, setStep] = useState<"check" | "import">("check");
  const [pending, startTransition] = useTransition();

  const runCheck = (chosen: ChosenFile, choices: Partial<ReadChoices> = {}, mapping?: Mapping) => {
    setStep("check");
    startTransition(async () => {
      const answer = await previewBankImport(slug, requestOf(chosen, choices, mapping));
      setCheck(answer.ok && answer.data ? answer.data : null);
      setAccepted(new Set());
      setMessage(answer.ok ? undefined : answer.message);
    });
  };
  const choose = async (picked: File | undefined) => {
    setResult(null);
    if (!picked) return setFile(null);
    const chosen = { name: picked.name, text: await picked.text() };
    setFile(chosen);
    runCheck(chosen);
  };
  const runImport = (current: BankCheck, chosen: ChosenFile) => {
    setStep("import");
    const acceptRules = JSON.stringify(current.suggestions.filter((_, i) => accepted.has(i)).map(({ field, pattern, investmentId, costCategory }) => ({ field, pattern, investmentId, costCategory })));
    startTransition(async () => {
      const answer = await commitBankImport(slug, { ...requestOf(chosen, current.choices, current.mapping), acceptRules });
      if (answer.ok && answer.data) setResult(answer.data);
      else setMessage(answer.message);
    });
  };

  const names = useMemo(() => new Map(check?.technologies.map((t) => [t.id, t.name]) ?? []), [check]);
  const reset = () => {
    setResult(null);
    setFile(null);
    setCheck(null);
  };
  if (result) return <ImportDone slug={slug} result={result} locale={formats.locale} onReset={reset} />;

  const ready = check && !check.fileError && check.errorCount === 0;
  const checking = pending && step === "check";
  return (
    <div>
      <noscript>
        <p className="mb-3 text-sm text-amber-800">Importing needs JavaScript: the file is read in your browser and checked before anything is saved.</p>
      </noscript>
      <Card padding="lg" className="shadow-none">
        <FileChooser disabled={pending} onChoose={choose} />
        <CheckStatus checking={checking} chosen={Boolean(file)} />
        {file && check && (
          <>
            <ReadOptions choices={check.choices} disabled={pending} onChange={(c) => runCheck(file, { ...check.choices, ...c }, check.choices.mapping)} />
            {check.header.length > 0 && <ColumnMapping fields={bankFile.fields} header={check.header} mapping={check.mapping} disabled={pending} onChange={(m) => runCheck(file, check.choices, m)} />}
          </>
        )}
        {message && (
          <div className="mt-4">
            <FormMessage message={message} />
          </div>
        )}
        {check && !checking && <ImportProblems fileError={check.fileError} errors={check.errors} errorCount={check.errorCount} />}
      </Card>
      {ready && file && !checking && (
        <WhatWillHappen check={check} accepted={accepted} pending={pending} formats={formats} names={names} onToggle={(i) => setAccepted(toggled(accepted, i))} onImport={() => runImport(check, file)} />
      )}
    </div>
  );
}

const toggled = (set: ReadonlySet<number>, i: number) => {
  const next = new Set(set);
  if (!next.delete(i)) next.add(i);
  return next;
};

type WhatProps = { check: BankCheck; accepted: ReadonlySet<number>; pending: boolean; formats: Formats; names: ReadonlyMap<string, string>; onToggle: (i: number) => void; onImport: () => void };

/** The suggested rules, the summary with them, the import button and the rows: the file as the ledger would take it. */
function WhatWillHappen({ check, accepted, pending, formats, names, onToggle, onImport }: WhatProps) {
  const covered = check.suggestions.reduce((sum, s, i) => sum + (accepted.has(i) ? s.covers : 0), 0);
  const matched = Math.min(check.counts.matched + covered, check.counts.matched + check.counts.unmatched);
  const fresh = check.counts.matched + check.counts.unmatched;
  return (
    <>
      <RuleSuggestions suggestions={check.suggestions} accepted={accepted} onToggle={onToggle} disabled={pending} />
      <ImportSummary rows={check.rowCount} duplicates={check.counts.duplicates} matched={matched} unmatched={fresh - matched} locale={formats.locale} />
      <div className="mt-3">
        <Button onClick={onImport} disabled={pending} pending={pending} data-testid="import-submit">
          {pending ? "Importing…" : fresh ? `Import ${fresh === 1 ? "1 payment" : `${fresh} payments`}` : "Import (nothing new)"}
        </Button>
      </div>
      <BankPreviewTable rows={previewRows(check, accepted)} total={check.rowCount} names={names} formats={formats} />
    </>
  );
}

function CheckStatus({ checking, chosen }: { checking: boolean; chosen: boolean }) {
  return (
    <p aria-live="polite" className="mt-3 text-sm text-slate-600">
      {checking ? (
        <span className="flex items-center gap-2 text-indigo-700" data-testid="import-checking">
          <Spinner /> Reading the file…
        </span>
      ) : chosen ? null : (
        "Choose a file to see what will be imported. Nothing is saved until you confirm."
      )}
    </p>
  );
}

function FileChooser({ disabled, onChoose }: { disabled: boolean; onChoose: (file: File | undefined) => void }) {
  return (
    <>
      <label htmlFor="bank-file" className="block text-sm font-medium text-slate-700">
        Bank or accounting export (CSV)
      </label>
      <input
        id="bank-file"
        name="bank-file"
        type="file"
        accept=".csv,.txt,text/csv"
        aria-describedby="bank-file-hint"
        disabled={disabled}
        onChange={(e) => void onChoose(e.target.files?.[0])}
        className="mt-1 block w-full text-sm text-slate-700 file:mr-3 file:rounded-md file:border-0 file:bg-indigo-50 file:px-3 file:py-2 file:text-sm file:font-medium file:text-indigo-700 hover:file:bg-indigo-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500"
      />
      <p id="bank-file-hint" className="mt-1 text-xs text-slate-500">
        Up to 10,000 rows. A date, a payee or description, and an amount (or debit and credit columns); the same payment imported twice is counted once.
      </p>
    </>
  );
}
