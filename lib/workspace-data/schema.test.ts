import { describe, expect, it } from "vitest";
import { parseWorkspaceFile } from "./schema";

const minimal = {
  format: "techfolio-workspace",
  version: 1,
  exportedAt: "2026-11-01T00:00:00.000Z",
  organization: { name: "Acme", industry: "retail", sizeBand: "small", employees: null, currency: "EUR", discountRate: "0.08000", fiscalYearStartMonth: 4 },
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
};

describe("parseWorkspaceFile", () => {
  it("reads an empty workspace's export", () => {
    expect(parseWorkspaceFile(JSON.stringify(minimal))).toMatchObject({ ok: true, data: { organization: { name: "Acme", fiscalYearStartMonth: 4 } } });
  });

  it("accepts numbers where the export writes numeric strings, and reads timestamps as dates", () => {
    const file = {
      ...minimal,
      goals: [{ id: "11111111-1111-1111-1111-111111111111", title: "Grow", perspective: "financial", targetText: "", weight: 1, targetDate: null, createdAt: "2026-01-01T00:00:00.000Z" }],
      organization: { ...minimal.organization, discountRate: 0.1 },
    };
    const parsed = parseWorkspaceFile(JSON.stringify(file));
    expect(parsed.ok && parsed.data.organization.discountRate).toBe("0.1");
    expect(parsed.ok && parsed.data.goals[0].createdAt).toEqual(new Date("2026-01-01T00:00:00Z"));
  });

  it("reads an export from before actuals as a workspace without any", () => {
    const parsed = parseWorkspaceFile(JSON.stringify(minimal));
    expect(parsed.ok && [parsed.data.actualImports, parsed.data.actualCosts, parsed.data.matchRules, parsed.data.actualBenefits, parsed.data.importPreferences]).toEqual([[], [], [], [], []]);
  });

  it("reads actuals, rules, KPI links and import preferences, and refuses an unknown source or rule field", () => {
    const tech = "22222222-2222-4222-8222-222222222222";
    const kpi = { id: "33333333-3333-4333-8333-333333333333", name: "Calls", perspective: "internal_process", unit: "count", direction: "lower", baseline: "100", target: "60", targetDate: null, weight: "1", investmentId: null, goalId: null, createdAt: "2026-01-01T00:00:00.000Z" };
    const payment = {
      id: "44444444-4444-4444-8444-444444444444", bookedOn: "2026-02-03", amountCents: -1250, payee: "Acme", description: "Refund", reference: "R1", source: "imported",
      investmentId: tech, costCategory: "subscription", importId: null, fingerprint: "bank:abc", version: 1, createdAt: "2026-02-04T00:00:00.000Z", updatedAt: "2026-02-04T00:00:00.000Z",
    };
    const rule = { id: "55555555-5555-4555-8555-555555555555", position: 0, field: "payee", pattern: "acme", investmentId: tech, costCategory: null, version: 1, createdAt: "2026-02-04T00:00:00.000Z" };
    const preference = { kind: "bank", header: "date;amount", decimal: "comma", dateOrder: "dmy", delimiter: "semicolon", mapping: { date: "date", amount: "amount" }, updatedAt: "2026-02-04T00:00:00.000Z" };
    const file = { ...minimal, kpis: [kpi], actualCosts: [payment], matchRules: [rule], importPreferences: [preference] };
    const parsed = parseWorkspaceFile(JSON.stringify(file));
    expect(parsed).toMatchObject({ ok: true, data: { kpis: [{ attribution: "equal" }], actualCosts: [{ amountCents: -1250, fingerprint: "bank:abc" }], matchRules: [{ field: "payee" }] } });
    expect(parsed.ok && parsed.data.importPreferences[0].mapping).toEqual({ date: "date", amount: "amount" });
    expect(parseWorkspaceFile(JSON.stringify({ ...file, actualCosts: [{ ...payment, source: "guessed" }] }))).toMatchObject({ ok: false, message: expect.stringMatching(/^The file is damaged or was edited: actualCosts\.0\.source/) });
    expect(parseWorkspaceFile(JSON.stringify({ ...file, matchRules: [{ ...rule, field: "amount" }] }))).toMatchObject({ ok: false, message: expect.stringMatching(/matchRules\.0\.field/) });
    expect(parseWorkspaceFile(JSON.stringify({ ...file, kpis: [{ ...kpi, attribution: "random" }] }))).toMatchObject({ ok: false, message: expect.stringMatching(/kpis\.0\.attribution/) });
  });

  it("names the first problem of a damaged file", () => {
    const bad = { ...minimal, investments: [{ id: "nope" }] };
    expect(parseWorkspaceFile(JSON.stringify(bad))).toEqual({ ok: false, message: expect.stringMatching(/^The file is damaged or was edited: investments\.0\.id/) });
    expect(parseWorkspaceFile(JSON.stringify({ ...minimal, organization: { ...minimal.organization, sizeBand: "huge" } }))).toMatchObject({ ok: false });
  });

  it("tells a file of another kind or version apart", () => {
    expect(parseWorkspaceFile("a,b,c")).toMatchObject({ ok: false, message: expect.stringMatching(/not JSON/) });
    expect(parseWorkspaceFile("[]")).toMatchObject({ ok: false, message: expect.stringMatching(/not a Techfolio workspace export/) });
    expect(parseWorkspaceFile(JSON.stringify({ ...minimal, version: 2 }))).toMatchObject({ ok: false, message: expect.stringMatching(/version \(2\)/) });
  });
});
