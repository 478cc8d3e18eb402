import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import type { BankCheck } from "@/lib/actuals/bank-preview";

vi.mock("@/lib/actuals/import-actions", () => ({ previewBankImport: vi.fn(), commitBankImport: vi.fn() }));
const { BankImport } = await import("./bank-import");
const { BankConfirm } = await import("./bank-confirm");
const { ImportSummary, ImportDone } = await import("./import-outcome");

const formats = { locale: "en-US", currency: "USD" } as const;
const row = (overrides: Record<string, unknown>) => ({ bookedOn: "2026-01-15", amountCents: 2_900, payee: "SHOPIFY* 1", description: "Plan", reference: "", duplicate: false, investmentId: null, technologyName: null, costCategory: null, ...overrides });

const check: BankCheck = {
  choices: { delimiter: "auto", decimal: "auto", dateOrder: "auto" },
  header: ["Date", "Payee", "Amount"],
  delimiter: "comma",
  mapping: { date: "Date", payee: "Payee", amount: "Amount" },
  readWith: { decimal: "point", dateOrder: "ymd", detected: { decimal: true, dateOrder: true } },
  rows: [{ line: 2, row: row({}) }],
  rowCount: 12,
  errors: [],
  errorCount: 0,
  fileError: null,
  counts: { duplicates: 2, matched: 4, unmatched: 6 },
  rules: [],
  suggestions: [{ field: "payee", pattern: "Shopify", investmentId: "t1", costCategory: "subscription", technologyName: "Online shop", covers: 5 }],
};

describe("bank import page", () => {
  it("starts with the shared wizard's file chooser, and nothing is saved before confirming", () => {
    const html = renderToStaticMarkup(createElement(BankImport, { slug: "cafe", formats }));
    expect(html).toMatch(/<input[^>]*id="bank-file"[^>]*type="file"/);
    expect(html).toContain("Nothing is saved until you confirm.");
  });

  it("offers each suggested rule, sends the ticked ones with the import, and sums up the whole file with them", () => {
    const html = renderToStaticMarkup(createElement(BankConfirm, { check, accepted: { check, ticked: new Set([0]) }, pending: false, locale: "en-US", onChange: () => {} }));
    expect(html).toContain("Payee contains <span class=\"font-medium text-slate-900\">“Shopify”</span> → <span class=\"font-medium text-slate-900\">Online shop</span>, Subscription");
    expect(html).toMatch(/<input type="checkbox"[^>]*checked=""/);
    expect(html).toContain("Files 5 payments of this file.");
    expect(html).toContain(`name="acceptRules" value="${JSON.stringify([{ field: "payee", pattern: "Shopify", investmentId: "t1", costCategory: "subscription" }]).replaceAll('"', "&quot;")}"`);
    expect(html).toContain("12 payments in the file: <span class=\"font-medium text-slate-900\">10 new</span>, 2 already in the ledger (skipped). 9 go to a technology, 1 stays unmatched until you file it.");
  });

  it("sends no rules while none is ticked, and offers nothing for a file with problems", () => {
    const html = renderToStaticMarkup(createElement(BankConfirm, { check, accepted: { check, ticked: new Set<number>() }, pending: false, locale: "en-US", onChange: () => {} }));
    expect(html).toContain('name="acceptRules" value="[]"');
    expect(html).toContain("4 go to a technology, 6 stay unmatched");
    expect(renderToStaticMarkup(createElement(BankConfirm, { check: { ...check, errorCount: 1 }, accepted: { check, ticked: new Set<number>() }, pending: false, locale: "en-US", onChange: () => {} }))).toBe("");
  });

  it("says when a file adds nothing new, and what an import added and skipped", () => {
    expect(renderToStaticMarkup(createElement(ImportSummary, { rows: 4, duplicates: 4, matched: 0, unmatched: 0, locale: "en-US" }))).toContain("4 payments in the file: <span class=\"font-medium text-slate-900\">0 new</span>, 4 already in the ledger (skipped).</p>");
    const result = { added: 3, duplicates: 1, unmatched: 2, rulesAdded: 1, importId: "i1", fileError: null, errors: [] };
    const html = renderToStaticMarkup(createElement(ImportDone, { slug: "cafe", result, locale: "en-US", onReset: () => {} }));
    expect(html).toContain("Added 3 payments.");
    expect(html).toContain("1 payment was already in the ledger and skipped. 2 payments matched no rule: file them in the ledger. 1 matching rule saved.");
    expect(html).toContain('href="/w/cafe/actuals"');
  });
});
