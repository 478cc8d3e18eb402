import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";

vi.mock("@/lib/actuals/import-actions", () => ({ previewBankImport: vi.fn(), commitBankImport: vi.fn() }));
const { BankImportWizard } = await import("./bank-import-wizard");
const { BankPreviewTable } = await import("./bank-preview-table");
const { ImportSummary } = await import("./import-outcome");
const { RuleSuggestions } = await import("./rule-suggestions");
const { ImportProblems } = await import("./import-problems");

const formats = { locale: "en-US", currency: "USD" } as const;
const row = (overrides: Record<string, unknown>) => ({ bookedOn: "2026-01-15", amountCents: 2_900, payee: "SHOPIFY* 1", description: "Plan", reference: "", duplicate: false, investmentId: null, technologyName: null, costCategory: null, ...overrides });

describe("bank import", () => {
  it("starts with a file chooser and says nothing is saved before confirming", () => {
    const html = renderToStaticMarkup(createElement(BankImportWizard, { slug: "cafe", formats }));
    expect(html).toMatch(/<input[^>]*id="bank-file"[^>]*type="file"/);
    expect(html).toContain("Nothing is saved until you confirm.");
  });

  it("shows each row's amount paid and where it goes: a technology, unmatched, or already in the ledger", () => {
    const rows = [
      { line: 2, row: row({ investmentId: "t1", costCategory: "subscription" }) },
      { line: 3, row: row({ payee: "Corner Cafe", amountCents: -1_500 }) },
      { line: 4, row: row({ duplicate: true }) },
    ];
    const html = renderToStaticMarkup(createElement(BankPreviewTable, { rows, total: 250, names: new Map([["t1", "Online shop"]]), formats }));
    expect(html).toContain('Online shop<span class="text-slate-500"> · Subscription</span>');
    expect(html).toContain(">$29<");
    expect(html).toContain(">-$15<");
    expect(html).toContain("Unmatched");
    expect(html).toContain("Already in the ledger");
    expect(html).toContain("The first 3 of 250 rows; every row is imported.");
  });

  it("sums up the whole file and offers each suggested rule with what it would file", () => {
    expect(renderToStaticMarkup(createElement(ImportSummary, { rows: 1200, duplicates: 200, matched: 700, unmatched: 300, locale: "en-US" }))).toContain(
      '1,200 payments in the file: <span class="font-medium text-slate-900">1,000 new</span>, 200 already in the ledger (skipped). 700 go to a technology, 300 stay unmatched until you file them.',
    );
    const suggestions = [{ field: "payee" as const, pattern: "Shopify", investmentId: "t1", costCategory: "subscription" as const, technologyName: "Online shop", covers: 2 }];
    const html = renderToStaticMarkup(createElement(RuleSuggestions, { suggestions, accepted: new Set([0]), onToggle: () => {}, disabled: false }));
    expect(html).toMatch(/<input type="checkbox"[^>]*checked=""/);
    expect(html).toContain("Files 2 payments of this file.");
  });

  it("names the problem with the whole file, else every cell to fix", () => {
    expect(renderToStaticMarkup(createElement(ImportProblems, { fileError: "The file is empty.", errors: [], errorCount: 0 }))).toContain("The file is empty.");
    const html = renderToStaticMarkup(createElement(ImportProblems, { fileError: null, errors: [{ row: 3, column: "Amount", message: "Enter an amount." }], errorCount: 4 }));
    expect(html).toContain("4 problems");
    expect(html).toContain("…and 3 more.");
  });
});
