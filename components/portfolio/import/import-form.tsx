"use client";

import Link from "next/link";
import { startTransition, useActionState, useEffect, useRef, useState } from "react";
import { SelectInput } from "@/components/portfolio/form/controls";
import { Button, buttonVariants } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/form-message";
import { Spinner } from "@/components/ui/spinner";
import { SubmitButton } from "@/components/ui/submit-button";
import { DATE_ORDER_CHOICES, DATE_ORDER_LABELS, DECIMAL_CHOICES, DECIMAL_LABELS, type FileConventions } from "@/lib/imports/conventions";
import type { ReadWith } from "@/lib/portfolio/csv-import";
import { ErrorTable } from "./error-table";
import { importStep, type Checked, type ImportState } from "./import-step";
import { PreviewTable } from "./preview-table";

const lower = (label: string) => label.charAt(0).toLowerCase() + label.slice(1);
const technologies = (n: number) => (n === 1 ? "1 technology" : `${n} technologies`);

/** "Numbers have a decimal comma (detected); dates are day first (as chosen)." */
function readWithText({ decimal, dateOrder, detected }: ReadWith): string {
  const how = (d: boolean) => (d ? "detected" : "as chosen");
  return `Read with a decimal ${decimal} (${how(detected.decimal)}) and dates ${lower(DATE_ORDER_LABELS[dateOrder].replace(/:.*/, ""))} (${how(detected.dateOrder)}).`;
}

const formOf = (fields: Record<string, string | File | undefined>) => {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) form.set(key, value);
  return form;
};

/**
 * Choose a file → the server checks it (nothing written) → import the same text, which the server checks
 * again. The file is read in the browser, so the import needs JavaScript (it says so).
 */
export function ImportForm({ slug }: { slug: string }) {
  const [state, dispatch, busy] = useActionState(importStep.bind(null, slug), {} as ImportState);
  const [step, setStep] = useState<"check" | "import">();
  // After "Import another file" the chooser comes back with focus, ready for the next file.
  const [refocus, setRefocus] = useState(false);
  const run = (fields: Record<string, string | File | undefined>) => {
    setStep(fields.intent === "import" ? "import" : "check");
    startTransition(() => dispatch(formOf(fields)));
  };
  const checkAgain = (checked: Checked, conventions: Partial<FileConventions>) =>
    run({ intent: "check", csv: checked.csv, fileName: checked.fileName, ...checked.preview.conventions, ...conventions });
  const checking = busy && step === "check";
  const importing = busy && step === "import";

  if (state.imported !== undefined) {
    return <ImportSuccess slug={slug} imported={state.imported} onReset={() => {
          setRefocus(true);
          run({ intent: "reset" });
        }} />;
  }
  const { checked, message } = state;
  return (
    <div>
      <noscript>
        <p className="mb-3 text-sm text-amber-800">Importing needs JavaScript: the file is read in your browser and checked before anything is saved.</p>
      </noscript>
      <Card padding="lg" className="shadow-none">
        <FileChooser slug={slug} autoFocus={refocus} disabled={importing} onChoose={(file) => run({ intent: "check", file })} />
        <CheckStatus checking={checking} checked={checked} message={message} />
        {checked && <ConventionsFields checked={checked} disabled={busy} onChange={(c) => checkAgain(checked, c)} />}
        {message && (
          <div className="mt-3">
            <FormMessage message={message} />
          </div>
        )}
        {checked && !checking && <ImportButton checked={checked} dispatch={dispatch} onSubmit={() => setStep("import")} />}
      </Card>
      {checked && !checking && (
        <>
          <ErrorTable errors={checked.preview.errors} />
          <PreviewTable technologies={checked.preview.technologies} />
        </>
      )}
    </div>
  );
}

function ImportSuccess({ slug, imported, onReset }: { slug: string; imported: number; onReset: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div role="status" className="rounded-xl border border-emerald-200 bg-emerald-50 p-6" data-testid="import-success">
      <h2 ref={heading} tabIndex={-1} className="text-lg font-semibold text-emerald-900 focus:outline-none">
        Imported {technologies(imported)}.
      </h2>
      <p className="mt-1 text-sm text-emerald-800">They are in the portfolio now, with their cost and benefit lines.</p>
      <div className="mt-4 flex flex-wrap gap-3">
        <Link href={`/w/${slug}/portfolio?imported=${imported}`} className={buttonVariants()}>
          Go to the portfolio
        </Link>
        <Button variant="secondary" onClick={onReset}>
          Import another file
        </Button>
      </div>
    </div>
  );
}

type ChooserProps = { slug: string; autoFocus: boolean; disabled: boolean; onChoose: (file: File | undefined) => void };

function FileChooser({ slug, autoFocus, disabled, onChoose }: ChooserProps) {
  return (
    <>
      <label htmlFor="csv-file" className="block text-sm font-medium text-slate-700">
        CSV file
      </label>
      <input
        id="csv-file"
        name="csv-file"
        type="file"
        accept=".csv,text/csv"
        aria-describedby="csv-file-hint"
        disabled={disabled}
        autoFocus={autoFocus}
        onChange={(e) => onChoose(e.target.files?.[0])}
        className="mt-1 block w-full text-sm text-slate-700 file:mr-3 file:rounded-md file:border-0 file:bg-indigo-50 file:px-3 file:py-2 file:text-sm file:font-medium file:text-indigo-700 hover:file:bg-indigo-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500"
      />
      <p id="csv-file-hint" className="mt-1 text-xs text-slate-500">
        Up to 1 MB. Not sure about the columns?{" "}
        <a href={`/w/${slug}/portfolio/import/template`} download className="font-medium text-indigo-600 hover:underline">
          Download the template
        </a>{" "}
        or{" "}
        <a href={`/w/${slug}/portfolio/export/technologies.csv`} download className="font-medium text-indigo-600 hover:underline" data-testid="export-technologies">
          this workspace&apos;s technologies
        </a>{" "}
        in the same format.
      </p>
    </>
  );
}

function CheckStatus({ checking, checked, message }: { checking: boolean; checked?: Checked; message?: string }) {
  return (
    <div aria-live="polite" className="mt-4 text-sm text-slate-600">
      {checking && (
        <p className="flex items-center gap-2 text-indigo-700" data-testid="import-checking">
          <Spinner /> Checking the file…
        </p>
      )}
      {!checking && !checked && !message && <p>Choose a file to see what will be imported. Nothing is saved until you confirm.</p>}
      {!checking && checked && (
        <p>
          Checked <span className="font-medium text-slate-900">{checked.fileName}</span>:{" "}
          {checked.preview.errors.length ? "fix the problems below first." : `${technologies(checked.preview.technologies.length)} ready.`}
        </p>
      )}
    </div>
  );
}

function ConventionsFields({ checked, disabled, onChange }: { checked: Checked; disabled: boolean; onChange: (c: Partial<FileConventions>) => void }) {
  const { conventions, readWith } = checked.preview;
  return (
    <fieldset className="mt-4 grid gap-4 sm:grid-cols-2" disabled={disabled} data-testid="import-conventions">
      <legend className="sr-only">How the file writes numbers and dates</legend>
      <SelectInput
        id="import-decimal"
        label="Decimal separator"
        value={conventions.decimal}
        options={DECIMAL_CHOICES.map((c) => ({ value: c, label: DECIMAL_LABELS[c] }))}
        onValue={(decimal) => onChange({ decimal: decimal as FileConventions["decimal"] })}
      />
      <SelectInput
        id="import-date-order"
        label="Date order"
        value={conventions.dateOrder}
        options={DATE_ORDER_CHOICES.map((c) => ({ value: c, label: DATE_ORDER_LABELS[c] }))}
        onValue={(dateOrder) => onChange({ dateOrder: dateOrder as FileConventions["dateOrder"] })}
      />
      <p className="text-xs text-slate-500 sm:col-span-2" data-testid="import-read-with">
        {readWith ? readWithText(readWith) : "Choose how the file writes numbers and dates: it could be read two ways."} The choice is remembered for files with the
        same columns.
      </p>
    </fieldset>
  );
}

/** The import itself: a form posting to the same `useActionState`, so its button shows the pending import. */
function ImportButton({ checked, dispatch, onSubmit }: { checked: Checked; dispatch: (form: FormData) => void; onSubmit: () => void }) {
  const count = checked.preview.technologies.length;
  const ready = checked.preview.errors.length === 0 && count > 0;
  return (
    <form action={dispatch} onSubmit={onSubmit} className="mt-4">
      <input type="hidden" name="intent" value="import" />
      <SubmitButton disabled={!ready} block={false} pendingLabel="Importing…" data-testid="import-submit">
        {`Import ${technologies(count)}`}
      </SubmitButton>
    </form>
  );
}
