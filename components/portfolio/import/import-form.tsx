"use client";

import Link from "next/link";
import { useEffect, useRef, useState, useTransition } from "react";
import { SelectInput } from "@/components/portfolio/form/controls";
import { FormMessage } from "@/components/ui/form-message";
import { MAX_CSV_BYTES, TOO_LARGE_MESSAGE } from "@/lib/portfolio/csv-import";
import { DATE_ORDER_CHOICES, DATE_ORDER_LABELS, DECIMAL_CHOICES, DECIMAL_LABELS, type FileConventions } from "@/lib/imports/conventions";
import type { ReadWith } from "@/lib/portfolio/csv-import";
import { importTechnologies, previewImport, type ImportPreview } from "@/lib/portfolio/import-actions";
import { ErrorTable } from "./error-table";
import { PreviewTable } from "./preview-table";

type Checked = { fileName: string; csv: string; preview: ImportPreview };
type State = { checked?: Checked; message?: string; imported?: number };

const button =
  "inline-flex items-center justify-center gap-2 rounded-md px-4 py-2 text-sm font-medium shadow-sm focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 focus-visible:ring-offset-2";
const spinner = <span className="size-4 animate-spin rounded-full border-2 border-current/30 border-t-current" aria-hidden />;

const lower = (label: string) => label.charAt(0).toLowerCase() + label.slice(1);

/** "Numbers have a decimal comma (detected); dates are day first (as chosen)." */
function readWithText({ decimal, dateOrder, detected }: ReadWith): string {
  const how = (d: boolean) => (d ? "detected" : "as chosen");
  return `Read with a decimal ${decimal} (${how(detected.decimal)}) and dates ${lower(DATE_ORDER_LABELS[dateOrder].replace(/:.*/, ""))} (${how(detected.dateOrder)}).`;
}

/** Choose a file → the server checks it (nothing written) → import the same text, which the server checks again. */
export function ImportForm({ slug }: { slug: string }) {
  const [state, setState] = useState<State>({});
  const [checking, startChecking] = useTransition();
  const [importing, startImporting] = useTransition();
  const input = useRef<HTMLInputElement>(null);
  const done = useRef<HTMLHeadingElement>(null);
  // Only the answer for the file chosen last counts.
  const latest = useRef(0);

  useEffect(() => {
    if (state.imported !== undefined) done.current?.focus();
  }, [state.imported]);

  /** Checks the file with the given conventions, or with the ones remembered for its columns when none are given. */
  function check(fileName: string, csv: string, conventions?: FileConventions) {
    const request = ++latest.current;
    startChecking(async () => {
      const result = await previewImport(slug, { csv, ...conventions });
      if (request !== latest.current) return;
      if (!result.ok || !result.data) setState({ message: result.fieldErrors?.csv?.[0] ?? result.message });
      else setState({ checked: { fileName, csv, preview: result.data } });
    });
  }

  async function choose(file: File | undefined) {
    latest.current++;
    setState({});
    if (!file) return;
    if (file.size > MAX_CSV_BYTES) return setState({ message: TOO_LARGE_MESSAGE });
    let csv: string;
    try {
      csv = await file.text();
    } catch {
      return setState({ message: "The file couldn't be read. Choose it again." });
    }
    check(file.name, csv);
  }

  function runImport(checked: Checked) {
    startImporting(async () => {
      const result = await importTechnologies(slug, { csv: checked.csv, ...checked.preview.conventions });
      if (result.ok && result.data) {
        setState({ imported: result.data.imported });
        if (input.current) input.current.value = "";
        return;
      }
      // The file changed meaning since the preview (e.g. someone added one of its names): show why.
      setState({ checked: { ...checked, preview: { ...checked.preview, technologies: [], errors: result.data?.errors ?? [] } }, message: result.message });
    });
  }

  function reset() {
    latest.current++;
    setState({});
    if (input.current) {
      input.current.value = "";
      input.current.focus();
    }
  }

  const { checked, message, imported } = state;
  const ready = checked && checked.preview.errors.length === 0 && checked.preview.technologies.length > 0;
  const count = checked?.preview.technologies.length ?? 0;

  if (imported !== undefined) {
    return (
      <div role="status" className="rounded-xl border border-emerald-200 bg-emerald-50 p-6" data-testid="import-success">
        <h2 ref={done} tabIndex={-1} className="text-lg font-semibold text-emerald-900 focus:outline-none">
          Imported {imported === 1 ? "1 technology" : `${imported} technologies`}.
        </h2>
        <p className="mt-1 text-sm text-emerald-800">They are in the portfolio now, with their cost and benefit lines.</p>
        <div className="mt-4 flex flex-wrap gap-3">
          <Link href={`/w/${slug}/portfolio?imported=${imported}`} className={`${button} bg-indigo-600 text-white hover:bg-indigo-500`}>
            Go to the portfolio
          </Link>
          <button type="button" onClick={reset} className={`${button} border border-slate-300 bg-white text-slate-700 hover:bg-slate-50`}>
            Import another file
          </button>
        </div>
      </div>
    );
  }

  return (
    <div>
      <div className="rounded-xl border border-slate-200 bg-white p-6">
        <label htmlFor="csv-file" className="block text-sm font-medium text-slate-700">
          CSV file
        </label>
        <input
          ref={input}
          id="csv-file"
          name="csv-file"
          type="file"
          accept=".csv,text/csv"
          aria-describedby="csv-file-hint"
          disabled={importing}
          onChange={(e) => void choose(e.target.files?.[0])}
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

        <div aria-live="polite" className="mt-4 text-sm text-slate-600">
          {checking && (
            <p className="flex items-center gap-2 text-indigo-700" data-testid="import-checking">
              {spinner} Checking the file…
            </p>
          )}
          {!checking && !checked && !message && <p>Choose a file to see what will be imported. Nothing is saved until you confirm.</p>}
          {!checking && checked && (
            <p>
              Checked <span className="font-medium text-slate-900">{checked.fileName}</span>:{" "}
              {checked.preview.errors.length ? "fix the problems below first." : `${count === 1 ? "1 technology" : `${count} technologies`} ready.`}
            </p>
          )}
        </div>
        {checked && (
          <fieldset className="mt-4 grid gap-4 sm:grid-cols-2" disabled={checking || importing} data-testid="import-conventions">
            <legend className="sr-only">How the file writes numbers and dates</legend>
            <SelectInput
              id="import-decimal"
              label="Decimal separator"
              value={checked.preview.conventions.decimal}
              options={DECIMAL_CHOICES.map((c) => ({ value: c, label: DECIMAL_LABELS[c] }))}
              onValue={(decimal) => check(checked.fileName, checked.csv, { ...checked.preview.conventions, decimal: decimal as FileConventions["decimal"] })}
            />
            <SelectInput
              id="import-date-order"
              label="Date order"
              value={checked.preview.conventions.dateOrder}
              options={DATE_ORDER_CHOICES.map((c) => ({ value: c, label: DATE_ORDER_LABELS[c] }))}
              onValue={(dateOrder) => check(checked.fileName, checked.csv, { ...checked.preview.conventions, dateOrder: dateOrder as FileConventions["dateOrder"] })}
            />
            <p className="text-xs text-slate-500 sm:col-span-2" data-testid="import-read-with">
              {checked.preview.readWith ? readWithText(checked.preview.readWith) : "Choose how the file writes numbers and dates: it could be read two ways."} The choice is remembered for
              files with the same columns.
            </p>
          </fieldset>
        )}
        {message && (
          <div className="mt-3">
            <FormMessage message={message} />
          </div>
        )}

        {checked && !checking && (
          <div className="mt-4">
            <button
              type="button"
              onClick={() => runImport(checked)}
              disabled={!ready || importing}
              aria-disabled={!ready || importing}
              className={`${button} bg-indigo-600 text-white hover:bg-indigo-500 disabled:cursor-not-allowed disabled:opacity-60`}
              data-testid="import-submit"
            >
              {importing && spinner}
              {importing ? "Importing…" : `Import ${count === 1 ? "1 technology" : `${count} technologies`}`}
            </button>
          </div>
        )}
      </div>

      {checked && !checking && (
        <>
          <ErrorTable errors={checked.preview.errors} />
          <PreviewTable technologies={checked.preview.technologies} />
        </>
      )}
    </div>
  );
}
