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
