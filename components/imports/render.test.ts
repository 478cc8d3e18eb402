import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { ImportField } from "@/lib/imports/pipeline";
import { ColumnMapping } from "./column-mapping";
import { ImportProblems } from "./import-problems";
import { ImportWizard } from "./import-wizard";
import { PreviewTable } from "./preview-table";
import { ReadOptions, readWithText } from "./read-options";

const fields: ImportField[] = [
  { key: "date", label: "Date", type: "date", required: true, synonyms: [] },
  { key: "amount", label: "Amount", type: "money", synonyms: [] },
];
const noop = () => {};

describe("import wizard", () => {
  it("starts with the kind's file chooser and says nothing is saved before confirming", () => {
    const html = renderToStaticMarkup(
      createElement(ImportWizard<string, number>, {
        file: { id: "csv-file", label: "CSV file", hint: "Up to 1 MB." },
        fields,
        maxBytes: 1024,
        check: async () => ({ ok: true }),
        commit: async () => ({ ok: true }),
        columns: [],
        noun: (n) => `${n} rows`,
        done: () => null,
      }),
    );
    expect(html).toMatch(/<label for="csv-file"[^>]*>CSV file<\/label><input id="csv-file"[^>]*type="file"/);
    expect(html).toContain('<p id="csv-file-hint" class="mt-1 text-xs text-slate-500">Up to 1 MB.</p>');
    expect(html).toContain("Choose a file to see what will be imported. Nothing is saved until you confirm.");
  });

  it("says how the file was read, detected or as chosen, or that it needs a choice", () => {
    expect(readWithText({ decimal: "comma", dateOrder: "dmy", detected: { decimal: true, dateOrder: false } })).toBe(
      "Read with a decimal comma (detected) and dates day first (as chosen).",
    );
    const choices = { delimiter: "semicolon", decimal: "auto", dateOrder: "dmy" } as const;
    const html = renderToStaticMarkup(createElement(ReadOptions, { choices, readWith: null, disabled: false, onChange: noop }));
    expect(html).toContain('<option value="semicolon" selected="">Semicolon ( ; )</option>');
    expect(html).toContain("Choose how the file is written: it could be read more than one way. The choices are remembered for files with the same columns.");
  });

  it("offers every column of the file for each field, open while a field is missing, and names the columns not imported", () => {
    const missing = renderToStaticMarkup(createElement(ColumnMapping, { fields, header: ["When", "Sum", "Note", ""], mapping: { date: "When" }, disabled: false, onChange: noop }));
    expect(missing).toContain("<details open=\"\"");
    expect(missing).toContain("(1 of 2 found in the file)");
    expect(missing).toMatch(/<label for="map-date"[^>]*>Date<\/label><select[^>]*id="map-date"[^>]*><option value="">Not in the file<\/option><option value="When" selected="">When<\/option><option value="Sum">Sum<\/option><option value="Note">Note<\/option><\/select>/);
    expect(missing).toContain("Amount (optional)");
    expect(missing).toContain("Not imported: Sum, Note.");
    const found = renderToStaticMarkup(createElement(ColumnMapping, { fields, header: ["When", "Sum"], mapping: { date: "When", amount: "Sum" }, disabled: false, onChange: noop }));
    expect(found).not.toContain("<details open");
    expect(found).not.toContain("Not imported");
  });

  it("names the problem with the whole file, else every cell to fix", () => {
    const file = renderToStaticMarkup(createElement(ImportProblems, { fileError: "The file is empty.", errors: [], errorCount: 0 }));
    expect(file).toContain('role="alert"');
    expect(file).toContain("The file is empty.");
    const cells = renderToStaticMarkup(createElement(ImportProblems, { fileError: null, errors: [{ row: 3, column: "Amount", message: "Enter an amount." }], errorCount: 4 }));
    expect(cells).toContain("4 problems");
    expect(cells).toContain('aria-label="Row 3, Amount: Enter an amount."');
    expect(cells).toContain("…and 3 more.");
    expect(renderToStaticMarkup(createElement(ImportProblems, { fileError: null, errors: [], errorCount: 0 }))).toBe("");
  });

  it("shows the first rows of a large file with their spreadsheet rows", () => {
    const html = renderToStaticMarkup(
      createElement(PreviewTable<string>, { heading: "2 rows ready", rows: [{ line: 2, row: "a" }, { line: 5, row: "b" }], rowCount: 300, columns: [{ header: "Value", cell: (r) => r.toUpperCase() }] }),
    );
    expect(html).toContain("The first 2 of 300 are shown.");
    expect(html).toMatch(/<td[^>]*>5<\/td><td[^>]*>B<\/td>/);
  });
});
