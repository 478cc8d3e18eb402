"use client";

import { useState, useTransition } from "react";
import type { ImportCheck } from "@/lib/imports/check";
import { tooLargeMessage } from "@/lib/imports/limits";
import type { ImportOptions, Mapping } from "@/lib/imports/pipeline";
import type { ImportRequestFields, ImportWizardProps } from "./import-wizard";

export type ChosenFile = { name: string; text: string };
export type Choices = Partial<Omit<ImportOptions, "mapping">>;

const requestOf = (file: ChosenFile, choices: Choices, mapping?: Mapping): ImportRequestFields => ({
  csv: file.text,
  fileName: file.name,
  ...choices,
  ...(mapping ? { mapping: JSON.stringify(mapping) } : {}),
});

/** The import's form: what the `beforeConfirm` slot put in it, then the file and how it was read (which win). */
function commitForm(form: HTMLFormElement, request: ImportRequestFields): FormData {
  const data = new FormData(form);
  for (const [key, value] of Object.entries(request)) if (value !== undefined) data.set(key, value);
  return data;
}

/**
 * The wizard's steps as state: the file chosen, the server's last reading of it, a message, the import's
 * answer. Every change of choice or mapping asks the server to read the file again.
 */
export function useImportSteps<Summary, Done>(props: Pick<ImportWizardProps<Summary, Done>, "check" | "commit" | "maxBytes">) {
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [check, setCheck] = useState<ImportCheck<Summary> | null>(null);
  const [message, setMessage] = useState<string>();
  const [done, setDone] = useState<{ result: Done } | null>(null);
  const [step, setStep] = useState<"check" | "import">("check");
  const [refocus, setRefocus] = useState(false);
  const [pending, startTransition] = useTransition();

  const runCheck = (chosen: ChosenFile, choices: Choices, mapping?: Mapping, after?: string) => {
    setStep("check");
    startTransition(async () => {
      const answer = await props.check(requestOf(chosen, choices, mapping));
      setCheck(answer.ok && answer.data ? answer.data : null);
      setMessage(after ?? (answer.ok ? undefined : (answer.fieldErrors?.csv?.[0] ?? answer.message)));
    });
  };
  const choose = async (picked: File | undefined) => {
    setCheck(null);
    setMessage(undefined);
    if (!picked) return setFile(null);
    if (picked.size > props.maxBytes) return setMessage(tooLargeMessage(props.maxBytes));
    try {
      const chosen = { name: picked.name, text: await picked.text() };
      setFile(chosen);
      runCheck(chosen, {});
    } catch {
      setMessage("The file couldn't be read. Choose it again.");
    }
  };
  const runImport = (form: HTMLFormElement, current: ImportCheck<Summary>, chosen: ChosenFile) => {
    const { mapping: _, ...choices } = current.choices;
    setStep("import");
    startTransition(async () => {
      const answer = await props.commit(commitForm(form, requestOf(chosen, choices, current.mapping)));
      if (answer.ok && answer.data !== undefined) return setDone({ result: answer.data });
      // The file means something else now (say a name was taken since): read it again to show why.
      runCheck(chosen, choices, current.choices.mapping, answer.message);
    });
  };
  const reset = () => {
    setDone(null);
    setFile(null);
    setCheck(null);
    setRefocus(true);
  };

  return { file, check, message, done, refocus, pending, checking: pending && step === "check", choose, runCheck, runImport, reset };
}
