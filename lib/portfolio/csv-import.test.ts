import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import type { FileConventions } from "@/lib/imports/conventions";
import { CSV_COLUMNS, MAX_CSV_ROWS, parseTechnologiesCsv as parseWith, technologiesFile, templateCsv } from "./csv-import";

const AUTO: FileConventions = { decimal: "auto", dateOrder: "auto" };
/** An en-US workspace's import, detecting the file's conventions unless told. */
const parseTechnologiesCsv = (text: string, conventions: FileConventions = AUTO) => parseWith(text, { conventions, locale: "en-US" });

/** A CSV with the template's header; each row names only the columns it fills. */
function csv(rows: Record<string, string>[], columns: readonly string[] = CSV_COLUMNS): string {
  return Papa.unparse({ fields: [...columns], data: rows.map((r) => columns.map((c) => r[c] ?? "")) });
}

const tech = (name: string, overrides: Record<string, string> = {}) => ({
  name,
  vendor: "Acme",
  category: "crm",
  value_chain_activity: "marketing_sales",
  status: "live",
  useful_life_months: "60",
  ...overrides,
});
const cost = (name: string, overrides: Record<string, string> = {}) => ({
  name,
  line_type: "cost",
  line_category: "licence",
  line_kind: "one_time",
  line_amount: "1000",
  line_start_month: "2025-01",
  ...overrides,
});
const benefit = (name: string, overrides: Record<string, string> = {}) => ({
  name,
  line_type: "benefit",
  line_category: "revenue_increase",
  line_kind: "recurring",
  line_frequency: "annual",
  line_amount: "5000",
  line_start_month: "2025-06",
  ...overrides,
});

describe("templateCsv", () => {
  it("round-trips: the template imports cleanly as one technology with its cost and benefit in cents", () => {
    const { technologies, errors } = parseTechnologiesCsv(templateCsv());
    expect(errors).toEqual([]);
    expect(technologies).toHaveLength(1);
    const [{ row, input }] = technologies;
    expect(row).toBe(2);
    expect(input).toMatchObject({
      name: "Customer chatbot",
      vendor: "Botly",
      category: "cx_automation",
      valueChainActivity: "service",
      status: "proposed",
      goLiveDate: "2026-03-01",
      usefulLifeMonths: 36,
      ownerName: "Ada Lovelace",
    });
    expect(input.costs).toEqual([
      expect.objectContaining({ category: "subscription", kind: "recurring", frequency: "monthly", amountCents: 9990, startMonth: "2026-01-01", endMonth: "2028-12-01" }),
    ]);
    expect(input.benefits).toEqual([
      expect.objectContaining({ category: "labour_savings", kind: "recurring", frequency: "monthly", amountCents: 125_000, startMonth: "2026-03-01", rampUpMonths: 3, confidence: 0.8 }),
    ]);
  });

  it("has every column, in order, and three example rows", () => {
    const lines = templateCsv().trim().split(/\r?\n/);
    expect(lines[0]).toBe(CSV_COLUMNS.join(","));
    expect(lines).toHaveLength(4);
  });
});

describe("parseTechnologiesCsv", () => {
  it("groups lines by name, wherever the rows are, and reads amounts to the cent", () => {
    const { technologies, errors } = parseTechnologiesCsv(
      csv([tech("CRM"), cost("CRM", { line_amount: "1,234.56" }), tech("ERP", { category: "erp" }), benefit("CRM"), cost("ERP", { line_amount: "0.1" })]),
    );
    expect(errors).toEqual([]);
    expect(technologies.map((t) => [t.row, t.input.name, t.input.costs.length, t.input.benefits.length])).toEqual([
      [2, "CRM", 1, 1],
      [4, "ERP", 1, 0],
    ]);
    expect(technologies[0].input.costs[0].amountCents).toBe(123_456);
    expect(technologies[1].input.costs[0].amountCents).toBe(10);
  });

  it("lets a line row carry the technology's fields itself", () => {
    const { technologies, errors } = parseTechnologiesCsv(csv([{ ...tech("Shop"), ...cost("Shop") }]));
    expect(errors).toEqual([]);
    expect(technologies[0].input.costs).toHaveLength(1);
  });

  it("reports a bad cell with its spreadsheet row and column, and leaves that technology out", () => {
    const { technologies, errors } = parseTechnologiesCsv(csv([tech("CRM"), cost("CRM"), cost("CRM", { line_amount: "12.345" }), tech("ERP")]), { decimal: "point", dateOrder: "auto" });
    expect(errors).toEqual([{ row: 4, column: "line_amount", message: "Enter an amount with at most 2 decimals (whole cents)." }]);
    expect(technologies.map((t) => t.input.name)).toEqual(["ERP"]);
  });

  it("maps technology and benefit issues to their own cells", () => {
    const { errors } = parseTechnologiesCsv(
      csv([tech("CRM", { useful_life_months: "" }), benefit("CRM", { line_kind: "recurring", line_frequency: "", line_confidence_pct: "120" }), cost("CRM", { line_end_month: "2024-01" })]),
    );
    expect(errors).toEqual([
      { row: 2, column: "useful_life_months", message: expect.stringContaining("useful life") },
      { row: 3, column: "line_frequency", message: "Choose how often it recurs: monthly or annual." },
      { row: 3, column: "line_confidence_pct", message: "The confidence must be at most 100." },
      { row: 4, column: "line_end_month", message: "The end month can't be before the start month." },
    ]);
  });

  it("keeps row numbers right across blank lines and multi-line quoted notes", () => {
    const text = `${CSV_COLUMNS.join(",")}\n\n${csv([tech("CRM", { notes: "two\nlines" }), cost("CRM", { line_amount: "x" })]).split("\r\n").slice(1).join("\r\n")}`;
    const { errors } = parseTechnologiesCsv(text);
    expect(errors).toEqual([{ row: 4, column: "line_amount", message: "Enter an amount written like 1,234.56 or -1,234.56 (this file's decimal separator is a point)." }]);
  });

  it("accepts enum labels in any case, with spaces, hyphens or 'and'", () => {
    const { technologies, errors } = parseTechnologiesCsv(
      csv([
        tech("Cloud", { category: "Cloud infrastructure", value_chain_activity: "Marketing and sales", status: "LIVE" }),
        cost("Cloud", { line_category: "Internal Staff", line_kind: "One-time" }),
        benefit("Cloud", { line_category: "Labour savings", line_kind: "Recurring", line_frequency: "Monthly", line_confidence_pct: "75%" }),
      ]),
    );
    expect(errors).toEqual([]);
    expect(technologies[0].input).toMatchObject({
      category: "cloud_infrastructure",
      valueChainActivity: "marketing_sales",
      status: "live",
      costs: [expect.objectContaining({ category: "internal_staff", kind: "one_time", frequency: null })],
      benefits: [expect.objectContaining({ category: "labour_savings", frequency: "monthly", confidence: 0.75 })],
    });
  });

  it("names the choices when a value is not one of them", () => {
    const { errors } = parseTechnologiesCsv(csv([tech("X", { category: "spreadsheets" })]));
    expect(errors).toEqual([{ row: 2, column: "category", message: expect.stringMatching(/^Choose a category\. Use one of: crm, erp, /) }]);
  });

  it("refuses a line_type other than cost or benefit, and line values without a line_type", () => {
    const { errors, technologies } = parseTechnologiesCsv(csv([tech("X"), cost("X", { line_type: "expense" }), { name: "X", line_amount: "10" }]));
    expect(errors).toEqual([
      { row: 3, column: "line_type", message: "line_type must be cost, benefit or blank." },
      { row: 4, column: "line_type", message: "Set line_type to cost or benefit for this line, or leave the line columns blank." },
    ]);
    expect(technologies).toEqual([]);
  });

  it("refuses benefit-only values on a cost line", () => {
    const { errors } = parseTechnologiesCsv(csv([tech("X"), cost("X", { line_ramp_up_months: "3" })]));
    expect(errors).toEqual([{ row: 3, column: "line_ramp_up_months", message: "Only benefit lines have this; leave it blank for costs." }]);
  });

  it("refuses rows of one name that disagree, names differing only in capitals, and rows without a name", () => {
    const { errors, technologies } = parseTechnologiesCsv(
      csv([tech("CRM"), tech("CRM", { status: "retired", vendor: "Acme" }), tech("crm"), cost("")]),
    );
    expect(errors).toEqual([
      { row: 3, column: "status", message: "This differs from row 2 for the same technology. Leave it blank or repeat the same value." },
      { row: 4, column: "name", message: '"crm" differs only in capitals from "CRM" (row 2). Use one spelling.' },
      { row: 5, column: "name", message: "Enter the technology's name on every row; rows are grouped by name." },
    ]);
    expect(technologies).toEqual([]);
  });

  describe("header", () => {
    it("maps the template's columns in any case, ignores other columns, and asks for the required ones", () => {
      const { fileError, mapping } = parseTechnologiesCsv("Name,Vendor,Colour,vendor,category,status\nCRM,Acme,red,Acme,crm,live\n");
      expect(fileError).toBe("Choose the column that holds Value chain activity. Choose the column that holds Useful life (months).");
      expect(mapping).toEqual({ name: "Name", vendor: "Vendor", category: "category", status: "status" });
    });

    it("needs the line columns once there is a line_type column", () => {
      const { fileError } = parseTechnologiesCsv("name,category,value_chain_activity,status,useful_life_months,line_type\nX,crm,service,live,12,\n");
      expect(fileError).toBe("Choose the columns that hold Line category, Line kind, Line amount and Line start month (needed for lines).");
    });

    it("reads the file with a mapping chosen for other column names", () => {
      const mapping = { name: "Tool", category: "Kind", value_chain_activity: "Area", status: "State", useful_life_months: "Life" };
      const text = "Tool,Kind,Area,State,Life\nCRM,crm,service,live,24\n";
      const { errors, technologies } = parseWith(text, { conventions: { ...AUTO, mapping }, locale: "en-US" });
      expect(errors).toEqual([]);
      expect(technologies[0].input).toMatchObject({ name: "CRM", category: "crm", usefulLifeMonths: 24 });
    });

    it("names the file's own column in errors", () => {
      const { errors } = parseTechnologiesCsv("Name,Category,Value_Chain_Activity,Status,Useful_Life_Months\nCRM,spreadsheets,service,live,24\n");
      expect(errors).toEqual([{ row: 2, column: "Category", message: expect.stringMatching(/^Choose a category\. Use one of: crm, erp, /) }]);
    });

    it("accepts a header-only subset, a byte-order mark and an empty trailing column", () => {
      const { errors, technologies } = parseTechnologiesCsv("\uFEFFName,Category,Value_Chain_Activity,Status,Useful_Life_Months,\nCRM,CRM,Service,Live,24,\n");
      expect(errors).toEqual([]);
      expect(technologies[0].input).toMatchObject({ name: "CRM", category: "crm", vendor: "", costs: [] });
    });

    it("reads a semicolon-separated file with decimal commas", () => {
      const text = "name;category;value_chain_activity;status;useful_life_months;line_type;line_category;line_kind;line_amount;line_start_month\nX;crm;service;live;12;cost;licence;one_time;1.234,5;2026-01\n";
      const { errors, delimiter, technologies } = parseTechnologiesCsv(text);
      expect(errors).toEqual([]);
      expect(delimiter).toBe("semicolon");
      expect(technologies[0].input.costs[0].amountCents).toBe(123_450);
    });
  });

  describe("limits", () => {
    it("refuses an empty file and a file with no data rows", () => {
      expect(parseTechnologiesCsv("")).toMatchObject({ fileError: "The file is empty.", errors: [], technologies: [] });
      expect(parseTechnologiesCsv(`${CSV_COLUMNS.join(",")}\n\n`).fileError).toBe("The file has no data rows below the header.");
    });

    it(`refuses more than ${MAX_CSV_ROWS} rows`, () => {
      const rows = Array.from({ length: MAX_CSV_ROWS + 1 }, (_, i) => tech(`T${i}`));
      expect(parseTechnologiesCsv(csv(rows)).fileError).toBe("The file has 2,001 rows; import at most 2,000 at a time.");
      expect(parseTechnologiesCsv(csv(rows.slice(1))).errors).toEqual([]);
    });

    it("refuses a file over 1 MB, counted in bytes", () => {
      const big = `${CSV_COLUMNS.join(",")}\n${tech("X").name},,,,,,,,${"é".repeat(technologiesFile.maxBytes / 2)}\n`;
      expect(parseTechnologiesCsv(big).fileError).toBe("The file is larger than 1 MB. Split it into smaller files and import them one after another.");
    });

    it("refuses a quote that is never closed", () => {
      expect(parseTechnologiesCsv(`${CSV_COLUMNS.join(",")}\n"CRM,Acme\n`).fileError).toBe(
        'A quoted value is never closed. Check the quotes (") in the file, or save it again from your spreadsheet as CSV.',
      );
    });
  });
});
