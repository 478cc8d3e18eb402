"use client";

import type { ReactNode } from "react";

/** Which file input: its id (the label points at it), label, hint and the file types offered. */
export type FileInput = { id: string; label: string; hint: ReactNode; accept?: string };

type FileChooserProps = { input: FileInput; disabled: boolean; autoFocus: boolean; onChoose: (file: File | undefined) => void };

export function FileChooser({ input, disabled, autoFocus, onChoose }: FileChooserProps) {
  return (
    <>
      <label htmlFor={input.id} className="block text-sm font-medium text-slate-700">
        {input.label}
      </label>
      <input
        id={input.id}
        name={input.id}
        type="file"
        accept={input.accept ?? ".csv,.txt,text/csv"}
        aria-describedby={`${input.id}-hint`}
        disabled={disabled}
        autoFocus={autoFocus}
        onChange={(e) => onChoose(e.target.files?.[0])}
        className="mt-1 block w-full text-sm text-slate-700 file:mr-3 file:rounded-md file:border-0 file:bg-indigo-50 file:px-3 file:py-2 file:text-sm file:font-medium file:text-indigo-700 hover:file:bg-indigo-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500"
      />
      <p id={`${input.id}-hint`} className="mt-1 text-xs text-slate-500">
        {input.hint}
      </p>
    </>
  );
}
