import { strFromU8, unzipSync } from "fflate";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import type { WorkspaceExportDocument } from "./export";
import { CSV_ZIP_FILES, snakeCase, tableCsv, workspaceCsvZip } from "./csv-zip";

const empty = {
  format: "techfolio-workspace",
  version: 1,
  exportedAt: "2026-03-01T12:00:00.000Z",
  organization: { name: "=Alpha", industry: "Retail", sizeBand: "small", employees: null, currency: "EUR", discountRate: "0.08000", fiscalYearStartMonth: 1 },
  goals: [],
  investments: [],
  costItems: [],
  benefitItems: [],
  risks: [],
  scoringFactors: [],
  alignments: [],
  kpis: [],
  kpiMeasurements: [],
  scenarios: [],
  integrations: [],
  actualImports: [],
  actualCosts: [],
  matchRules: [],
  actualBenefits: [],
  importPreferences: [],
} as unknown as WorkspaceExportDocument;

const parse = (csv: string) => Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
/** A zipped CSV's rows; it must start with the UTF-8 BOM (TextDecoder would drop it silently). */
const csvRows = (bytes: Uint8Array) => {
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return parse(strFromU8(bytes.slice(3)));
};

describe("tableCsv", () => {
  it("writes snake_case headers, values as text, a BOM, and escapes formulas but not negative numbers", () => {
    const csv = tableCsv(["amountCents", "calculator", "createdAt", "note", "delta"], [
      { amountCents: 12345, calculator: { hours: 2, rate: "30" }, createdAt: new Date("2026-01-02T03:04:05Z"), note: "@SUM(A1)", delta: "-5" },
      { amountCents: 0, calculator: null, createdAt: new Date("2026-01-02T03:04:05Z"), note: "=1+1", delta: "-x" },
    ]);
    expect(csv.startsWith("\uFEFFamount_cents,calculator,created_at,note,delta\r\n")).toBe(true);
    expect(parse(csv.slice(1))).toEqual([
      ["amount_cents", "calculator", "created_at", "note", "delta"],
      ["12345", '{"hours":2,"rate":"30"}', "2026-01-02T03:04:05.000Z", "'@SUM(A1)", "-5"],
      ["0", "", "2026-01-02T03:04:05.000Z", "'=1+1", "'-x"],
    ]);
  });

  it("snake-cases camelCase keys", () => {
    expect(["fromInvestmentId", "annualUpliftPct", "id"].map(snakeCase)).toEqual(["from_investment_id", "annual_uplift_pct", "id"]);
  });
});

describe("workspaceCsvZip", () => {
  it("holds the README and one CSV per table, headers even for empty tables", () => {
    const files = unzipSync(workspaceCsvZip(empty));
    expect(Object.keys(files).sort()).toEqual([...CSV_ZIP_FILES].sort());
    expect(strFromU8(files["README.txt"])).toMatch(/Format: techfolio-workspace \(CSV\), version 1/);
    expect(csvRows(files["organization.csv"])).toEqual([
      ["name", "industry", "size_band", "employees", "currency", "discount_rate", "fiscal_year_start_month"],
      ["'=Alpha", "Retail", "small", "", "EUR", "0.08000", "1"],
    ]);
    expect(csvRows(files["kpi_measurements.csv"])).toEqual([["kpi_id", "period", "value", "note", "entered_at"]]);
    expect(strFromU8(files["cost_items.csv"])).toContain("amount_cents");
    expect(strFromU8(files["cost_items.csv"])).not.toContain("org_id");
    expect(csvRows(files["actual_costs.csv"])[0]).toEqual(expect.arrayContaining(["booked_on", "amount_cents", "payee", "investment_id", "import_id", "fingerprint"]));
    expect(csvRows(files["actual_imports.csv"])[0]).not.toContain("imported_by");
    expect(csvRows(files["import_preferences.csv"])[0]).toEqual(expect.arrayContaining(["kind", "header", "delimiter", "mapping"]));
    expect(csvRows(files["benefit_items.csv"])[0]).toEqual(expect.arrayContaining(["kpi_id", "value_per_unit_cents"]));
    expect(csvRows(files["kpis.csv"])[0]).toContain("attribution");
  });
});
