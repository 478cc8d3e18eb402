import { describe, expect, it } from "vitest";
import { fingerprintRows, normalisePayee } from "./fingerprint";

const pay = (bookedOn: string, amountCents: number, payee: string) => ({ bookedOn, amountCents, payee });

describe("normalisePayee", () => {
  it.each([
    ["ACME LTD.", "acme ltd"],
    ["  Acme   Ltd ", "acme ltd"],
    ["Shopify*Payments", "shopify payments"],
    ["Ｓｈｏｐｉｆｙ", "shopify"],
    ["Café Müller", "café müller"],
    ["", ""],
  ])("%j → %j", (payee, normalised) => expect(normalisePayee(payee)).toBe(normalised));
});

describe("fingerprintRows", () => {
  const file = [pay("2026-01-03", 2900, "Shopify"), pay("2026-01-03", 450, "Coffee Co"), pay("2026-01-03", 450, "Coffee Co"), pay("2026-01-09", 2900, "Shopify")];

  it("gives every row of a file its own fingerprint, even two equal payments on one day", () => {
    const prints = fingerprintRows(file);
    expect(new Set(prints).size).toBe(4);
    expect(prints.every((p) => /^bank:[0-9a-f]{64}$/.test(p))).toBe(true);
  });

  it("gives the same file the same fingerprints again", () => {
    expect(fingerprintRows(file)).toEqual(fingerprintRows(file));
  });

  it("gives a payment the same fingerprint in an overlapping export, whatever the payee's spelling", () => {
    const later = [pay("2026-01-03", 450, "COFFEE CO."), pay("2026-01-03", 450, "coffee co"), pay("2026-01-09", 2900, "SHOPIFY"), pay("2026-02-01", 2900, "Shopify")];
    const [, second, third, fourth] = fingerprintRows(file);
    expect(fingerprintRows(later).slice(0, 3)).toEqual([second, third, fourth]);
    expect(fingerprintRows(file)).not.toContain(fingerprintRows(later)[3]);
  });

  it("tells payments apart by date, amount and payee", () => {
    const [base] = fingerprintRows([pay("2026-01-03", 2900, "Shopify")]);
    for (const other of [pay("2026-01-04", 2900, "Shopify"), pay("2026-01-03", 2901, "Shopify"), pay("2026-01-03", -2900, "Shopify"), pay("2026-01-03", 2900, "Shopify Inc")]) {
      expect(fingerprintRows([other])[0]).not.toBe(base);
    }
  });
});
