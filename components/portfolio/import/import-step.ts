import { MAX_CSV_BYTES, TOO_LARGE_MESSAGE } from "@/lib/portfolio/csv-import";
import { importTechnologies, previewImport, type ImportPreview } from "@/lib/portfolio/import-actions";

export type Checked = { fileName: string; csv: string; preview: ImportPreview };
/** What the import page shows: a checked file (with its preview or problems), a message, or how many were imported. */
export type ImportState = { checked?: Checked; message?: string; imported?: number };

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" && value !== "" ? value : undefined;
};

/**
 * One step of the import, as `useActionState` runs it: `intent` says which. "check" reads the chosen file in
 * the browser (a server action takes text) and asks the server what an import would do, with the given
 * conventions or the ones remembered for its columns; "import" sends the text last checked, with its conventions,
 * which the server checks again; "reset" starts over.
 */
export async function importStep(slug: string, previous: ImportState, form: FormData): Promise<ImportState> {
  switch (form.get("intent")) {
    case "check":
      return check(slug, form);
    case "import":
      return runImport(slug, previous);
    default:
      return {};
  }
}

async function readFile(form: FormData): Promise<{ fileName: string; csv: string } | { message: string } | null> {
  const file = form.get("file");
  if (!(file instanceof File)) {
    const csv = text(form, "csv");
    return csv === undefined ? null : { fileName: text(form, "fileName") ?? "", csv };
  }
  if (file.size > MAX_CSV_BYTES) return { message: TOO_LARGE_MESSAGE };
  try {
    return { fileName: file.name, csv: await file.text() };
  } catch {
    return { message: "The file couldn't be read. Choose it again." };
  }
}

async function check(slug: string, form: FormData): Promise<ImportState> {
  const file = await readFile(form);
  if (!file || "message" in file) return file ?? {};
  const result = await previewImport(slug, { csv: file.csv, decimal: text(form, "decimal"), dateOrder: text(form, "dateOrder") });
  if (!result.ok || !result.data) return { message: result.fieldErrors?.csv?.[0] ?? result.message };
  return { checked: { ...file, preview: result.data } };
}

async function runImport(slug: string, previous: ImportState): Promise<ImportState> {
  const checked = previous.checked;
  if (!checked) return previous;
  const result = await importTechnologies(slug, { csv: checked.csv, ...checked.preview.conventions });
  if (result.ok && result.data) return { imported: result.data.imported };
  // The file changed meaning since the preview (e.g. someone added one of its names): show why.
  return { checked: { ...checked, preview: { ...checked.preview, technologies: [], errors: result.data?.errors ?? [] } }, message: result.message };
}
