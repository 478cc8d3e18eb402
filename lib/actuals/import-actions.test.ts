import { asc, eq, sql } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { actualCosts, actualImports, auditLog, importPreferences, matchRules, rateLimits } from "@/db/schema";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { addMember, addRecurringCost, createInvestment, createTenant } from "@/test/factories";
import { rowsOf } from "@/test/race-gate";

const auth = vi.hoisted(() => vi.fn());
const revalidatePath = vi.hoisted(() => vi.fn());
vi.mock("@/lib/auth", () => ({ auth, signIn: vi.fn(), signOut: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath }));
const { commitBankImport, previewBankImport } = await import("./import-actions");
const { importBankFile } = await import("./bank-import");

const signInAs = (ctx: TenantCtx) => auth.mockResolvedValue({ user: { id: ctx.userId } });

/** Everything an import may write, row by row, in a stable order. */
async function ledger(orgId: string) {
  const rows = async (table: typeof actualCosts | typeof actualImports | typeof matchRules | typeof importPreferences | typeof auditLog) =>
    rowsOf<{ r: string }>(await db.execute(sql`select to_jsonb(t)::text as r from ${table} t where t.org_id = ${orgId} order by 1`));
  const texts = async (table: Parameters<typeof rows>[0]) => (await rows(table)).map((r) => r.r);
  return { costs: await texts(actualCosts), imports: await texts(actualImports), rules: await texts(matchRules), preferences: await texts(importPreferences), audit: await texts(auditLog) };
}

const costsOf = (orgId: string) =>
  db
    .select({ bookedOn: actualCosts.bookedOn, amountCents: actualCosts.amountCents, payee: actualCosts.payee, investmentId: actualCosts.investmentId, costCategory: actualCosts.costCategory, source: actualCosts.source })
    .from(actualCosts)
    .where(eq(actualCosts.orgId, orgId))
    .orderBy(asc(actualCosts.bookedOn), asc(actualCosts.payee), asc(actualCosts.amountCents));

const HEADER = "Date,Payee,Description,Amount\n";
const JANUARY = `${HEADER}01/05/2026,SHOPIFY* 1234,Monthly plan,-29.00\n01/09/2026,Corner Bakery,Flour,-120.00\n01/09/2026,Corner Bakery,Flour,-120.00\n01/20/2026,Customer,Refund received,15.00\n`;
// An export of January 9 to February 5: three of January's payments again, one new.
const OVERLAP = `${HEADER}01/09/2026,Corner Bakery,Flour,-120.00\n01/09/2026,CORNER BAKERY,Flour,-120.00\n01/20/2026,Customer,Refund received,15.00\n02/05/2026,SHOPIFY* 1234,Monthly plan,-29.00\n`;

let a: TenantCtx;
let viewer: TenantCtx;
let shop: { id: string };

beforeAll(async () => {
  a = await createTenant("member");
  viewer = await addMember(a, "viewer");
  shop = await createInvestment(a, { name: "Online shop", vendor: "Shopify Inc." });
  await addRecurringCost(a, shop.id, 2900, "monthly");
});

beforeEach(() => {
  signInAs(a);
  revalidatePath.mockReset();
});

describe("previewBankImport", () => {
  it("reads the file, suggests a rule from a technology's vendor, and writes nothing", async () => {
    const other = await createTenant("member");
    signInAs(other);
    const tech = await createInvestment(other, { name: "Shop", vendor: "Shopify" });
    const before = await ledger(other.orgId);
    const result = await previewBankImport(other.org.slug, { csv: JANUARY, fileName: "january.csv" });
    expect(result.ok).toBe(true);
    expect(result.data).toMatchObject({
      choices: { delimiter: "auto", decimal: "auto", dateOrder: "auto" },
      mapping: { date: "Date", payee: "Payee", description: "Description", amount: "Amount" },
      readWith: { decimal: "point", dateOrder: "mdy" },
      rowCount: 4,
      errors: [],
      fileError: null,
      counts: { duplicates: 0, matched: 0, unmatched: 4 },
      suggestions: [{ field: "payee", pattern: "Shopify", investmentId: tech.id, costCategory: null, technologyName: "Shop", covers: 1 }],
    });
    expect(result.data?.rows[0]).toEqual({
      line: 2,
      row: { bookedOn: "2026-01-05", amountCents: 2900, payee: "SHOPIFY* 1234", description: "Monthly plan", reference: "", duplicate: false, investmentId: null, technologyName: null, costCategory: null },
    });
    expect(await ledger(other.orgId)).toEqual(before);
  });
});

describe("commitBankImport", () => {
  it("imports every payment, files it by the accepted rule, and a second import of the same file changes nothing", async () => {
    const rule = { field: "payee", pattern: "Shopify", investmentId: shop.id, costCategory: "subscription" };
    const first = await commitBankImport(a.org.slug, { csv: JANUARY, fileName: "january.csv", acceptRules: JSON.stringify([rule]) });
    expect(first).toMatchObject({ ok: true, data: { added: 4, duplicates: 0, unmatched: 3, rulesAdded: 1, fileError: null, errors: [] } });
    expect(await costsOf(a.orgId)).toEqual([
      { bookedOn: "2026-01-05", amountCents: 2900, payee: "SHOPIFY* 1234", investmentId: shop.id, costCategory: "subscription", source: "imported" },
      { bookedOn: "2026-01-09", amountCents: 12000, payee: "Corner Bakery", investmentId: null, costCategory: null, source: "imported" },
      { bookedOn: "2026-01-09", amountCents: 12000, payee: "Corner Bakery", investmentId: null, costCategory: null, source: "imported" },
      { bookedOn: "2026-01-20", amountCents: -1500, payee: "Customer", investmentId: null, costCategory: null, source: "imported" },
    ]);
    const audit = await db.select({ action: auditLog.action, entity: auditLog.entity }).from(auditLog).where(eq(auditLog.orgId, a.orgId)).orderBy(asc(auditLog.id));
    expect(audit).toEqual([{ action: "import", entity: "actualImport" }, { action: "create", entity: "matchRule" }]);
    expect(revalidatePath).toHaveBeenCalledWith(`/w/${a.org.slug}`, "layout");

    const before = await ledger(a.orgId);
    revalidatePath.mockReset();
    const again = await commitBankImport(a.org.slug, { csv: JANUARY, fileName: "january.csv" });
    expect(revalidatePath).not.toHaveBeenCalled();
    expect(again).toMatchObject({ ok: true, data: { added: 0, duplicates: 4, unmatched: 0, rulesAdded: 0, importId: null } });
    expect(await ledger(a.orgId)).toEqual(before);

    // Its preview: three payments already in the ledger, the new one filed by the rule accepted above.
    const preview = await previewBankImport(a.org.slug, { csv: OVERLAP });
    expect(preview.data).toMatchObject({ counts: { duplicates: 3, matched: 1, unmatched: 0 }, suggestions: [] });
    expect(preview.data?.rows.map((r) => [r.row.duplicate, r.row.technologyName, r.row.costCategory])).toEqual([
      [true, null, null],
      [true, null, null],
      [true, null, null],
      [false, "Online shop", "subscription"],
    ]);
    // An overlapping export adds only the payment the ledger does not hold; importing it again adds nothing.
    const overlap = await commitBankImport(a.org.slug, { csv: OVERLAP, fileName: "to-february.csv" });
    expect(overlap).toMatchObject({ ok: true, data: { added: 1, duplicates: 3, unmatched: 0 } });
    expect((await costsOf(a.orgId)).at(-1)).toEqual({ bookedOn: "2026-02-05", amountCents: 2900, payee: "SHOPIFY* 1234", investmentId: shop.id, costCategory: "subscription", source: "imported" });
    const afterOverlap = await ledger(a.orgId);
    expect(afterOverlap.costs).toHaveLength(5);
    expect(await commitBankImport(a.org.slug, { csv: OVERLAP })).toMatchObject({ ok: true, data: { added: 0, duplicates: 4 } });
    expect(await commitBankImport(a.org.slug, { csv: JANUARY })).toMatchObject({ ok: true, data: { added: 0, duplicates: 4 } });
    expect(await ledger(a.orgId)).toEqual(afterOverlap);
  });

  it("imports nothing from a file with a bad row, and names each problem's row and column", async () => {
    const other = await createTenant("member");
    signInAs(other);
    const before = await ledger(other.orgId);
    const csv = `${HEADER}01/05/2026,Shopify,Plan,-29.00\n01/32/2026,Shopify,Plan,-29.00\n01/07/2026,Acme,Plan,twelve\n`;
    const result = await commitBankImport(other.org.slug, { csv });
    expect(result).toEqual({
      ok: false,
      message: "Nothing was imported: fix the 2 problems below and upload the file again.",
      data: {
        added: 0,
        duplicates: 0,
        unmatched: 0,
        rulesAdded: 0,
        importId: null,
        fileError: null,
        errors: [
          { row: 3, column: "Date", message: "Enter a real date, written like 01/31/2026 (the file's date order)." },
          { row: 4, column: "Amount", message: "Enter an amount written like 1,234.56 or -1,234.56 (this file's decimal separator is a point)." },
        ],
      },
    });
    expect(await ledger(other.orgId)).toEqual(before);
    expect(revalidatePath).not.toHaveBeenCalled();
  });

  it("tells payments apart by their description when the file has no payee column", async () => {
    const other = await createTenant("member");
    signInAs(other);
    const header = "Date,Description,Amount\n";
    expect(await commitBankImport(other.org.slug, { csv: `${header}2026-03-02,CARD SHOPIFY,-10.00\n2026-03-02,CARD XERO,-10.00\n` })).toMatchObject({ ok: true, data: { added: 2 } });
    // Another export of that day: the same Xero payment, and a third payment of the same amount.
    expect(await commitBankImport(other.org.slug, { csv: `${header}2026-03-02,CARD XERO,-10.00\n2026-03-02,CARD SLACK,-10.00\n` })).toMatchObject({ ok: true, data: { added: 1, duplicates: 1 } });
  });

  it("refuses a file whose mapping has no amount, with the one problem named", async () => {
    const result = await commitBankImport(a.org.slug, { csv: "Date,Payee\n2026-01-05,Shopify\n" });
    expect(result.message).toBe("Nothing was imported: fix the problem below and upload the file again.");
    expect(result.data?.fileError).toBe("Choose the columns that hold amount, or debit and credit.");
  });

  it("applies rules in their order: the first that matches files the payment", async () => {
    const other = await createTenant("member");
    signInAs(other);
    const [hosting, shopTech] = [await createInvestment(other, { name: "Hosting" }), await createInvestment(other, { name: "Shop" })];
    await db.insert(matchRules).values([
      { orgId: other.orgId, position: 1, field: "description", pattern: "hosting", investmentId: hosting.id, costCategory: "infrastructure" },
      { orgId: other.orgId, position: 2, field: "payee", pattern: "shopify", investmentId: shopTech.id, costCategory: "subscription" },
    ]);
    // An accepted rule comes after the workspace's own: the payee rule above still wins for Shopify.
    const accepted = [{ field: "any", pattern: "Shopify", investmentId: hosting.id, costCategory: "licence" }];
    const csv = `${HEADER}2026-01-05,Shopify,Hosting add-on,-10.00\n2026-01-06,Shopify,Plan,-29.00\n2026-01-07,Shopify Payments,Plan,-1.00\n`;
    expect(await commitBankImport(other.org.slug, { csv, acceptRules: accepted })).toMatchObject({ ok: true, data: { added: 3, unmatched: 0, rulesAdded: 1 } });
    expect((await costsOf(other.orgId)).map((c) => [c.payee, c.investmentId, c.costCategory])).toEqual([
      ["Shopify", hosting.id, "infrastructure"],
      ["Shopify", shopTech.id, "subscription"],
      ["Shopify Payments", shopTech.id, "subscription"],
    ]);
    const positions = await db.select({ position: matchRules.position, pattern: matchRules.pattern }).from(matchRules).where(eq(matchRules.orgId, other.orgId)).orderBy(asc(matchRules.position));
    expect(positions).toEqual([{ position: 1, pattern: "hosting" }, { position: 2, pattern: "shopify" }, { position: 3, pattern: "Shopify" }]);
  });

  it("refuses a rule naming another workspace's technology, and then imports nothing", async () => {
    const stranger = await createTenant("owner");
    const theirs = await createInvestment(stranger);
    const other = await createTenant("member");
    signInAs(other);
    const before = await ledger(other.orgId);
    const result = await commitBankImport(other.org.slug, { csv: JANUARY, acceptRules: [{ field: "payee", pattern: "Shopify", investmentId: theirs.id, costCategory: null }] });
    expect(result).toMatchObject({ ok: false, fieldErrors: { investmentId: ["Choose one of your technologies."] } });
    expect(await ledger(other.orgId)).toEqual(before);
  });

  it("remembers the columns chosen for a file's header, and reads the next file of that shape with them", async () => {
    const other = await createTenant("member");
    signInAs(other);
    const csv = "When;Who;Out;In\n31.01.2026;SAP SE;1.234,56;\n";
    const mapping = { date: "When", payee: "Who", debit: "Out", credit: "In" };
    expect((await previewBankImport(other.org.slug, { csv })).data?.fileError).toBe("Choose the column that holds Date. Choose the columns that hold amount, or debit and credit.");
    expect(await commitBankImport(other.org.slug, { csv, mapping: JSON.stringify(mapping), dateOrder: "dmy" })).toMatchObject({ ok: true, data: { added: 1 } });
    const next = await previewBankImport(other.org.slug, { csv: "When;Who;Out;In\n28.02.2026;SAP SE;1.234,56;\n" });
    expect(next.data).toMatchObject({ choices: { delimiter: "auto", decimal: "auto", dateOrder: "dmy", mapping }, fileError: null, counts: { duplicates: 0, unmatched: 1 } });
    expect(next.data?.rows[0].row).toMatchObject({ bookedOn: "2026-02-28", amountCents: 123456 });
  });

  it("takes the import page's form: the file, how to read it, and the ticked rules as JSON", async () => {
    const other = await createTenant("member");
    signInAs(other);
    const tech = await createInvestment(other, { name: "Books", vendor: "Xero" });
    const form = new FormData();
    for (const [key, value] of Object.entries({
      csv: "When|Who|Value\n2026-04-01|XERO 1|-45.00\n",
      fileName: "april.csv",
      delimiter: "pipe",
      decimal: "point",
      dateOrder: "auto",
      mapping: JSON.stringify({ date: "When", payee: "Who", amount: "Value" }),
      acceptRules: JSON.stringify([{ field: "payee", pattern: "Xero", investmentId: tech.id, costCategory: null }]),
    }))
      form.set(key, value);
    expect(await commitBankImport(other.org.slug, form)).toMatchObject({ ok: true, data: { added: 1, unmatched: 0, rulesAdded: 1 } });
    expect(await costsOf(other.orgId)).toEqual([{ bookedOn: "2026-04-01", amountCents: 4500, payee: "XERO 1", investmentId: tech.id, costCategory: null, source: "imported" }]);
    const [preference] = await db.select().from(importPreferences).where(eq(importPreferences.orgId, other.orgId));
    expect(preference).toMatchObject({ kind: "bank", header: "when|who|value", delimiter: "pipe", decimal: "point", dateOrder: "auto", mapping: { date: "When", payee: "Who", amount: "Value" } });
  });

  it("is refused to a viewer, and to a member over the import limit", async () => {
    signInAs(viewer);
    expect(await commitBankImport(a.org.slug, { csv: JANUARY })).toEqual({ ok: false, message: "You don't have permission to do that." });
    const busy = await createTenant("member");
    signInAs(busy);
    await db.insert(rateLimits).values({ key: `bank-import:${busy.orgId}:${busy.userId}`, windowStart: new Date(), count: 40 });
    expect(await commitBankImport(busy.org.slug, { csv: JANUARY })).toMatchObject({ ok: false, message: "Too many attempts. Try again in 15 minutes." });
    expect((await ledger(busy.orgId)).costs).toEqual([]);
  });
});

describe("importBankFile", () => {
  it("imports outside any request with the tenant it is given, writing its audit rows", async () => {
    const other = await createTenant("owner");
    auth.mockResolvedValue(null);
    const options = { delimiter: "comma", decimal: "point", dateOrder: "mdy" } as const;
    const result = await importBankFile(other, { fileName: "seed.csv", text: JANUARY, options });
    expect(result).toMatchObject({ added: 4, duplicates: 0, unmatched: 4, rulesAdded: 0, fileError: null, errors: [] });
    const [file] = await db.select().from(actualImports).where(eq(actualImports.orgId, other.orgId));
    expect(file).toMatchObject({ id: result.importId, kind: "bank", fileName: "seed.csv", rows: 4, added: 4, duplicates: 0, importedBy: other.userId });
    expect((await ledger(other.orgId)).audit).toHaveLength(1);
    expect(await importBankFile(other, { fileName: "seed.csv", text: OVERLAP, options })).toMatchObject({ added: 1, duplicates: 3 });
  });
});
