import { count, eq } from "drizzle-orm";
import Papa from "papaparse";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { auditLog, benefitItems, costItems, investments } from "@/db/schema";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { addMember, createInvestment, createTenant } from "@/test/factories";
import { CSV_COLUMNS, templateCsv } from "./csv-import";

const auth = vi.hoisted(() => vi.fn());
const revalidatePath = vi.hoisted(() => vi.fn());
vi.mock("@/lib/auth", () => ({ auth, signIn: vi.fn(), signOut: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath }));
const { importTechnologies, previewImport } = await import("./import-actions");

const signInAs = (ctx: TenantCtx) => auth.mockResolvedValue({ user: { id: ctx.userId } });

function csv(rows: Record<string, string>[]): string {
  return Papa.unparse({ fields: CSV_COLUMNS, data: rows.map((r) => CSV_COLUMNS.map((c) => r[c] ?? "")) });
}
const tech = (name: string) => ({ name, vendor: "Acme", category: "CRM", value_chain_activity: "service", status: "live", useful_life_months: "36" });
const cost = (name: string, amount = "100.50") => ({
  name,
  line_type: "cost",
  line_category: "subscription",
  line_kind: "recurring",
  line_frequency: "monthly",
  line_amount: amount,
  line_start_month: "2025-01",
});
const benefit = (name: string) => ({ name, line_type: "benefit", line_category: "cost_reduction", line_kind: "one_time", line_amount: "2500", line_start_month: "2025-03" });

async function counts(orgId: string) {
  const n = async (table: typeof investments | typeof costItems | typeof benefitItems | typeof auditLog) =>
    (await db.select({ n: count() }).from(table).where(eq(table.orgId, orgId)))[0].n;
  return { investments: await n(investments), costItems: await n(costItems), benefitItems: await n(benefitItems), audit: await n(auditLog) };
}

let a: TenantCtx;
let b: TenantCtx;
let viewer: TenantCtx;

beforeAll(async () => {
  a = await createTenant("member");
  b = await createTenant("owner");
  viewer = await addMember(a, "viewer");
});

beforeEach(() => {
  signInAs(a);
  revalidatePath.mockReset();
});

describe("previewImport", () => {
  it("lists what would be imported and writes nothing", async () => {
    const before = await counts(a.orgId);
    const result = await previewImport(a.org.slug, { csv: csv([tech("Preview CRM"), cost("Preview CRM"), benefit("Preview CRM"), tech("Preview ERP")]) });
    expect(result).toEqual({
      ok: true,
      data: {
        choices: { delimiter: "auto", decimal: "auto", dateOrder: "auto" },
        header: CSV_COLUMNS,
        delimiter: "comma",
        mapping: Object.fromEntries(CSV_COLUMNS.map((c) => [c, c])),
        readWith: { decimal: "point", dateOrder: "mdy", detected: { decimal: true, dateOrder: true } },
        rows: [
          { line: 2, row: { name: "Preview CRM", vendor: "Acme", category: "crm", status: "live", costLines: 1, benefitLines: 1 } },
          { line: 5, row: { name: "Preview ERP", vendor: "Acme", category: "crm", status: "live", costLines: 0, benefitLines: 0 } },
        ],
        rowCount: 2,
        errors: [],
        errorCount: 0,
        fileError: null,
      },
    });
    expect(await counts(a.orgId)).toEqual(before);
  });

  it("reports names this workspace already has, but not names of another workspace", async () => {
    await createInvestment(a, { name: "Taken in A" });
    await createInvestment(b, { name: "Taken in B" });
    const result = await previewImport(a.org.slug, { csv: csv([tech("Taken in B"), tech("Taken in A")]) });
    expect(result.data?.errors).toEqual([{ row: 3, column: "name", message: 'A technology named "Taken in A" already exists in this workspace.' }]);
    expect(result.data?.rows.map((t) => t.row.name)).toEqual(["Taken in B"]);
  });
});

describe("importTechnologies", () => {
  it("imports every technology with its lines, one audit row each, and refreshes the portfolio", async () => {
    const before = await counts(a.orgId);
    const result = await importTechnologies(a.org.slug, { csv: csv([tech("Import CRM"), cost("Import CRM"), benefit("Import CRM"), tech("Import ERP"), cost("Import ERP", "0.1")]) });
    expect(result).toEqual({ ok: true, data: { imported: 2, errors: [], fileError: null } });
    expect(await counts(a.orgId)).toEqual({
      investments: before.investments + 2,
      costItems: before.costItems + 2,
      benefitItems: before.benefitItems + 1,
      audit: before.audit + 2,
    });
    const [crm] = await db.select().from(investments).where(eq(investments.name, "Import CRM"));
    expect(crm).toMatchObject({ orgId: a.orgId, category: "crm", valueChainActivity: "service", usefulLifeMonths: 36 });
    const costs = await db.select({ amountCents: costItems.amountCents }).from(costItems).where(eq(costItems.investmentId, crm.id));
    expect(costs).toEqual([{ amountCents: 10_050 }]);
    const audit = await db.select().from(auditLog).where(eq(auditLog.entityId, crm.id));
    expect(audit).toEqual([expect.objectContaining({ action: "import", entity: "investment", userId: a.userId, after: expect.objectContaining({ name: "Import CRM" }) })]);
    expect(revalidatePath).toHaveBeenCalledWith(`/w/${a.org.slug}/portfolio`, "layout");
  });

  it("imports the template as it is", async () => {
    signInAs(b);
    expect(await importTechnologies(b.org.slug, { csv: templateCsv() })).toEqual({ ok: true, data: { imported: 1, errors: [], fileError: null } });
  });

  it("imports nothing when one row is bad, and says which row and column", async () => {
    const before = await counts(a.orgId);
    const result = await importTechnologies(a.org.slug, { csv: csv([tech("Good one"), cost("Good one"), tech("Bad one"), cost("Bad one", "12.345")]) });
    expect(result).toEqual({
      ok: false,
      message: "Nothing was imported: fix the problem below and upload the file again.",
      data: { imported: 0, errors: [{ row: 5, column: "line_amount", message: "Enter an amount with at most 2 decimals (whole cents)." }], fileError: null },
    });
    expect(await counts(a.orgId)).toEqual(before);
    expect(revalidatePath).not.toHaveBeenCalled();
  });

  it("imports nothing when a name already exists in the workspace", async () => {
    await createInvestment(a, { name: "Existing tool" });
    const before = await counts(a.orgId);
    const result = await importTechnologies(a.org.slug, { csv: csv([tech("Fresh tool"), cost("Fresh tool"), tech("Existing tool")]) });
    expect(result.ok).toBe(false);
    expect(result.data?.errors).toEqual([{ row: 4, column: "name", message: 'A technology named "Existing tool" already exists in this workspace.' }]);
    expect(await counts(a.orgId)).toEqual(before);
  });

  it("refuses a viewer, and writes nothing", async () => {
    signInAs(viewer);
    const before = await counts(a.orgId);
    expect(await importTechnologies(a.org.slug, { csv: templateCsv() })).toEqual({ ok: false, message: "You don't have permission to do that." });
    expect(await previewImport(a.org.slug, { csv: templateCsv() })).toEqual({ ok: false, message: "You don't have permission to do that." });
    expect(await counts(a.orgId)).toEqual(before);
  });

  it("answers not found for another workspace's slug, and when signed out", async () => {
    const before = await counts(b.orgId);
    expect(await importTechnologies(b.org.slug, { csv: templateCsv() })).toEqual({ ok: false, message: "Not found." });
    auth.mockResolvedValue(null);
    expect(await previewImport(a.org.slug, { csv: templateCsv() })).toEqual({ ok: false, message: "Not found." });
    expect(await counts(b.orgId)).toEqual(before);
  });

  it("refuses text over 1 MB before parsing it, without echoing it back", async () => {
    const result = await importTechnologies(a.org.slug, { csv: "x".repeat(1_048_577) });
    expect(result).toMatchObject({ ok: false, fieldErrors: { csv: ["The file is larger than 1 MB. Split it into smaller files and import them one after another."] } });
    expect(result).not.toHaveProperty("values");
  });
});

describe("a file's number and date conventions", () => {
  let de: TenantCtx;
  beforeEach(async () => {
    de = await createTenant("owner", { locale: "de-DE", currency: "EUR" });
    signInAs(de);
  });
  const germanFile = () => csv([{ ...tech("Kasse"), go_live_date: "31.01.2026" }, cost("Kasse", "1.234,56")]);

  it("detects a decimal comma and day-first dates, and says so", async () => {
    const result = await previewImport(de.org.slug, { csv: germanFile() });
    expect(result.data).toMatchObject({
      errors: [],
      fileError: null,
      choices: { delimiter: "auto", decimal: "auto", dateOrder: "auto" },
      readWith: { decimal: "comma", dateOrder: "dmy", detected: { decimal: true, dateOrder: true } },
    });
    expect(await importTechnologies(de.org.slug, { csv: germanFile() })).toMatchObject({ ok: true, data: { imported: 1 } });
    const [line] = await db.select().from(costItems).where(eq(costItems.orgId, de.orgId));
    expect(line.amountCents).toBe(123_456);
    const [technology] = await db.select().from(investments).where(eq(investments.orgId, de.orgId));
    expect(technology.goLiveDate).toBe("2026-01-31");
  });

  it("refuses an ambiguous file until its conventions are declared, then remembers them for files of the same shape", async () => {
    const ambiguous = (name: string) => csv([{ ...tech(name), go_live_date: "03/04/2026" }, cost(name, "1,500")]);
    const refused = await previewImport(de.org.slug, { csv: ambiguous("Waage") });
    expect(refused.data?.fileError).toBe(
      "“1,500” (row 3, line_amount) could be a thousand or more, or a number with decimals. Choose the decimal separator the file uses. " +
        "“03/04/2026” (row 2, go_live_date) could be day/month or month/day. Choose the date order the file uses.",
    );
    expect(refused.data?.readWith).toBeNull();
    const before = await counts(de.orgId);
    expect(await importTechnologies(de.org.slug, { csv: ambiguous("Waage") })).toMatchObject({
      ok: false,
      message: "Nothing was imported: “1,500” (row 3, line_amount) could be a thousand or more, or a number with decimals. Choose the decimal separator the file uses. “03/04/2026” (row 2, go_live_date) could be day/month or month/day. Choose the date order the file uses.",
      data: { imported: 0 },
    });
    expect(await counts(de.orgId)).toEqual(before);

    expect(await importTechnologies(de.org.slug, { csv: ambiguous("Waage"), decimal: "comma", dateOrder: "mdy" })).toMatchObject({ ok: true });
    const next = await previewImport(de.org.slug, { csv: ambiguous("Presse") });
    expect(next.data).toMatchObject({
      errors: [],
      choices: { delimiter: "auto", decimal: "comma", dateOrder: "mdy", mapping: Object.fromEntries(CSV_COLUMNS.map((c) => [c, c])) },
      readWith: { decimal: "comma", dateOrder: "mdy" },
    });
    expect(await importTechnologies(de.org.slug, { csv: ambiguous("Presse") })).toMatchObject({ ok: true });
    const amounts = (await db.select().from(costItems).where(eq(costItems.orgId, de.orgId))).map((c) => c.amountCents);
    expect(amounts).toEqual([150, 150]);
    const dates = (await db.select().from(investments).where(eq(investments.orgId, de.orgId))).map((t) => t.goLiveDate);
    expect(dates).toEqual(["2026-03-04", "2026-03-04"]);

    // Another workspace does not see this one's choice.
    signInAs(a);
    expect((await previewImport(a.org.slug, { csv: ambiguous("Anywhere") })).data?.choices).toMatchObject({ delimiter: "auto", decimal: "auto", dateOrder: "auto" });
  });

  it("refuses an unknown choice with a message for the field", async () => {
    const result = await previewImport(de.org.slug, { csv: germanFile(), decimal: "semicolon", delimiter: "space" });
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { decimal: ["Choose the decimal separator the file uses."], delimiter: ["Choose the column separator the file uses."] },
    });
    expect(await previewImport(de.org.slug, { csv: germanFile(), mapping: "{not json" })).toMatchObject({
      ok: false,
      fieldErrors: { mapping: ["The column choices could not be read. Choose the columns again."] },
    });
  });

  it("reads a file with the column mapping sent as JSON, and remembers it with the delimiter for files of the same shape", async () => {
    const file = (name: string) => `Tool;Kind;Area;State;Life\n${name};crm;service;live;24\n`;
    const mapping = { name: "Tool", category: "Kind", value_chain_activity: "Area", status: "State", useful_life_months: "Life" };
    const unmapped = await previewImport(de.org.slug, { csv: file("Mapped") });
    expect(unmapped.data?.fileError).toBe(
      "Choose the column that holds Category. Choose the column that holds Value chain activity. Choose the column that holds Status. Choose the column that holds Useful life (months).",
    );
    expect(unmapped.data?.header).toEqual(["Tool", "Kind", "Area", "State", "Life"]);
    const form = new FormData();
    for (const [k, v] of Object.entries({ csv: file("Mapped"), delimiter: "semicolon", mapping: JSON.stringify(mapping) })) form.set(k, v);
    expect(await importTechnologies(de.org.slug, form)).toMatchObject({ ok: true, data: { imported: 1 } });
    const next = await previewImport(de.org.slug, { csv: file("Mapped again") });
    expect(next.data).toMatchObject({ choices: { delimiter: "semicolon", mapping }, rows: [{ line: 2, row: { name: "Mapped again" } }], fileError: null });
  });
});
