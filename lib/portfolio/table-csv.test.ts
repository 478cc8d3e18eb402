import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import type { PortfolioRow } from "@/lib/portfolio/types";
import { portfolioCsv } from "./table-csv";

const row = (overrides: Partial<PortfolioRow> = {}): PortfolioRow => ({
  id: "t1",
  name: "Salesforce",
  vendor: "Salesforce, Inc.",
  category: "crm",
  status: "live",
  valueChainActivity: "marketing_sales",
  ownerName: null,
  goLiveDate: null,
  usefulLifeMonths: 60,
  version: 1,
  annualRunRateCents: 123456,
  tcoCents: 5,
  roi: 0.125,
  npvCents: -98765,
  riskAdjustedNpvCents: -99000,
  irrAnnual: null,
  paybackMonths: 14,
  alignmentScore: null,
  riskScore: 12,
  timeQuadrant: "invest",
  businessValue: 70,
  costRisk: 20,
  relativeCost: 0.5,
  missing: ["owner", "goal"],
  nextRenewal: { date: "2026-09-01", noticeDeadline: "2026-07-01" },
  ...overrides,
});

const parse = (csv: string) => Papa.parse<string[]>(csv.trim()).data;

describe("portfolioCsv", () => {
  it("writes money as decimal units, ratios as decimals and blanks for missing figures", () => {
    const [header, line] = parse(portfolioCsv([row()], "EUR"));
    const cell = (name: string) => line[header.indexOf(name)];
    expect(cell("Currency")).toBe("EUR");
    expect(cell("Annual run-rate")).toBe("1234.56");
    expect(cell("TCO")).toBe("0.05");
    expect(cell("NPV")).toBe("-987.65");
    expect(cell("ROI (ratio)")).toBe("0.125");
    expect(cell("IRR (ratio)")).toBe("");
    expect(cell("Vendor")).toBe("Salesforce, Inc.");
    expect(cell("Missing")).toBe("No owner; No goal");
    expect(cell("Notice deadline")).toBe("2026-07-01");
  });

  it("defuses formula injection but leaves negative numbers alone", () => {
    const csv = portfolioCsv([row({ name: "=HYPERLINK(\"http://evil\")", vendor: "@SUM(1)", ownerName: "-2+3\n=cmd" })], "USD");
    const [header, line] = parse(csv);
    expect(line[header.indexOf("Technology")]).toBe("'=HYPERLINK(\"http://evil\")");
    expect(line[header.indexOf("Vendor")]).toBe("'@SUM(1)");
    expect(line[header.indexOf("Owner")]).toBe("'-2+3\n=cmd");
    expect(line[header.indexOf("NPV")]).toBe("-987.65");
  });
});
