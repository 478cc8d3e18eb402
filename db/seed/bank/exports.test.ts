import { describe, expect, it } from "vitest";
import { readImport } from "@/lib/imports/pipeline";
import { bankFile } from "@/lib/actuals/bank-file";
import { DEFAULT_SEED } from "../accounts";
import { buildBankImports } from "../build";

// The exports of the demo as told from November 2026, checked in under samples/ so they can be read as the
// banks wrote them; `vitest -u` rewrites them after a deliberate change to the generator.
const AS_OF = new Date("2026-11-01T00:00:00Z");
const exports = buildBankImports({ seed: DEFAULT_SEED, asOf: AS_OF });
const LOCALES: Record<string, "en-US" | "de-DE" | "en-GB"> = { "harbor-bakery": "en-US", "precision-parts": "de-DE", "ledger-and-co": "en-GB" };

describe("demo bank exports", () => {
  it("are the checked-in samples, byte for byte", async () => {
    expect(exports.map((e) => e.slug)).toEqual(["harbor-bakery", "precision-parts", "ledger-and-co"]);
    for (const { slug, files } of exports) {
      expect(files).toHaveLength(4);
      for (const file of files) await expect(file.text).toMatchFileSnapshot(`./samples/${slug}/${file.fileName}`);
    }
  });

  it("read back without a single error, paid out positive, in their bank's conventions", () => {
    for (const { slug, files } of exports) {
      for (const file of files) {
        const preview = readImport(bankFile, file.text, file.options, LOCALES[slug]);
        expect(preview.fileError, file.fileName).toBeNull();
        expect(preview.errors, file.fileName).toEqual([]);
        expect(preview.rows.length, file.fileName).toBeGreaterThan(40);
        expect(preview.rows.filter(({ row }) => row.amountCents < 0).length, file.fileName).toBeLessThanOrEqual(1); // the odd refund
      }
    }
    const german = exports.find((e) => e.slug === "precision-parts")!.files[1].text;
    expect(german).toMatch(/^Buchungstag;Valuta;Auftraggeber\/Empfänger;/);
    expect(german).toContain(";Nordwerk Consulting GmbH;ÜBERWEISUNG;RE 2411-118 Anzahlung 40% Implementierung Cloud ERP;-16.000,00;EUR");
    const us = exports.find((e) => e.slug === "harbor-bakery")!.files[1].text;
    expect(us).toMatch(/\r\n\d\d\/\d\d\/\d{4},SHOPIFY\* 2814407 OTTAWA ON,DEBIT_CARD,39\.00,,\r\n/);
  });
});
