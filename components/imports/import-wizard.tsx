"use client";

import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/form-message";
import { Spinner } from "@/components/ui/spinner";
import type { ActionResult } from "@/lib/actions/tenant-action";
import type { ImportCheck } from "@/lib/imports/check";
import type { ImportField, Mapping } from "@/lib/imports/pipeline";
import { ColumnMapping } from "./column-mapping";
import { FileChooser, type FileInput } from "./file-chooser";
import { ImportProblems } from "./import-problems";
import { PreviewTable, type PreviewColumn } from "./preview-table";
import { ReadOptions } from "./read-options";
import { useImportSteps, type Choices, type ChosenFile } from "./use-import-steps";

/** The file and how to read it, as every kind's preview and import actions take them (lib/imports/request.ts). */
export type ImportRequestFields = { csv: string; fileName: string; delimiter?: string; decimal?: string; dateOrder?: string; mapping?: string };

export type ImportWizardProps<Summary, Done> = {
  file: FileInput;
  /** The kind's fields, for choosing which column is which. */
  fields: readonly ImportField[];
  maxBytes: number;
  /** The kind's preview action for this workspace: reads the file, writes nothing. */
  check: (request: ImportRequestFields) => Promise<ActionResult<ImportCheck<Summary>>>;
  /** The kind's import for this workspace: the request's fields plus any inputs `beforeConfirm` renders. */
  commit: (form: FormData) => Promise<ActionResult<Done>>;
  columns: readonly PreviewColumn<Summary>[];
  /** "1 technology", "12 technologies". */
  noun: (count: number) => string;
  /** Between the preview's problems and the import button, inside the import's form: e.g. rules to tick. */
  beforeConfirm?: (check: ImportCheck<Summary>, pending: boolean) => ReactNode;
  /** What the page shows once imported; `reset` starts again with a new file. */
  done: (result: Done, reset: () => void) => ReactNode;
};

/**
 * Upload → how the file is written (separator, decimal, date order) → which column is which → the rows
 * and their problems → confirm. The server reads the file at every step and again on import, never
 * trusting this page's copy; the file is read in the browser, so the import needs JavaScript.
 */
export function ImportWizard<Summary, Done>(props: ImportWizardProps<Summary, Done>) {
  const { file, check, message, done, refocus, pending, checking, choose, runCheck, runImport, reset } = useImportSteps(props);
  if (done) return <>{props.done(done.result, reset)}</>;
  return (
    <div>
      <noscript>
        <p className="mb-3 text-sm text-amber-800">Importing needs JavaScript: the file is read in your browser and checked before anything is saved.</p>
      </noscript>
      <Card padding="lg" className="shadow-none">
        <FileChooser input={props.file} disabled={pending} autoFocus={refocus} onChoose={(f) => void choose(f)} />
        <CheckStatus checking={checking} file={file} check={check} noun={props.noun} />
        {file && check && <HowToRead fields={props.fields} check={check} disabled={pending} onRead={(choices, mapping) => runCheck(file, choices, mapping)} />}
        {message && (
          <div className="mt-4">
            <FormMessage message={message} />
          </div>
        )}
        {check && !checking && <ImportProblems fileError={check.fileError} errors={check.errors} errorCount={check.errorCount} />}
        {file && check && !checking && !check.fileError && <Confirm current={check} pending={pending} noun={props.noun} beforeConfirm={props.beforeConfirm} onImport={(form) => runImport(form, check, file)} />}
      </Card>
      {check && !checking && !check.fileError && (
        <PreviewTable heading={`${props.noun(check.rowCount)} ${check.errorCount ? "read without problems" : "ready to import"}`} rows={check.rows} rowCount={check.rowCount} columns={props.columns} />
      )}
    </div>
  );
}

type HowToReadProps<Summary> = { fields: readonly ImportField[]; check: ImportCheck<Summary>; disabled: boolean; onRead: (choices: Choices, mapping?: Mapping) => void };

/** The choices the file was read with, and which column is which: changing any reads the file again. */
function HowToRead<Summary>({ fields, check, disabled, onRead }: HowToReadProps<Summary>) {
  const { mapping: chosenMapping, ...choices } = check.choices;
  return (
    <>
      <ReadOptions choices={choices} readWith={check.readWith} disabled={disabled} onChange={(c) => onRead({ ...choices, ...c }, chosenMapping)} />
      {check.header.length > 0 && <ColumnMapping fields={fields} header={check.header} mapping={check.mapping} disabled={disabled} onChange={(m) => onRead(choices, m)} />}
    </>
  );
}

type ConfirmProps<Summary> = Pick<ImportWizardProps<Summary, unknown>, "noun" | "beforeConfirm"> & {
  current: ImportCheck<Summary>;
  pending: boolean;
  onImport: (form: HTMLFormElement) => void;
};

/** The import: a form, so whatever the slot renders in it (checkboxes, choices) is sent along. */
function Confirm<Summary>({ current, pending, noun, beforeConfirm, onImport }: ConfirmProps<Summary>) {
  const ready = current.errorCount === 0 && current.rowCount > 0;
  return (
    <form
      className="mt-4"
      onSubmit={(e) => {
        e.preventDefault();
        onImport(e.currentTarget);
      }}
    >
      {beforeConfirm?.(current, pending)}
      <Button type="submit" disabled={!ready} pending={pending} data-testid="import-submit">
        {pending ? "Importing…" : `Import ${noun(current.rowCount)}`}
      </Button>
    </form>
  );
}

function CheckStatus<Summary>({ checking, file, check, noun }: { checking: boolean; file: ChosenFile | null; check: ImportCheck<Summary> | null; noun: (n: number) => string }) {
  return (
    <div aria-live="polite" className="mt-4 text-sm text-slate-600">
      {checking && (
        <p className="flex items-center gap-2 text-indigo-700" data-testid="import-checking">
          <Spinner /> Checking the file…
        </p>
      )}
      {!checking && !file && <p>Choose a file to see what will be imported. Nothing is saved until you confirm.</p>}
      {!checking && file && check && (
        <p data-testid="import-summary">
          Checked <span className="font-medium break-all text-slate-900">{file.name}</span>:{" "}
          {check.fileError || check.errorCount ? "fix the problems below first." : `${noun(check.rowCount)} ready.`}
        </p>
      )}
    </div>
  );
}
