import { beforeEach, describe, expect, it } from "vitest";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { createInvestment, createTenant } from "@/test/factories";
import { db } from "@/db";
import { benefitItems, costItems } from "@/db/schema";
import { technologiesExport } from "./csv-export";
import { parseTechnologiesCsv } from "./csv-import";

let ws: TenantCtx;

beforeEach(async () => {
  ws = await createTenant("owner", { locale: "de-DE", currency: "EUR" });
  const t = await createInvestment(ws, { name: "=Kasse", goLiveDate: "2026-01-31", notes: "Sagt \"Hallo\"" });
  await db.insert(costItems).values({ orgId: ws.orgId, investmentId: t.id, category: "subscription", kind: "recurring", frequency: "monthly", amountCents: 123_456, startMonth: "2026-01-01", endMonth: "2027-12-01" });
  await db.insert(benefitItems).values({ orgId: ws.orgId, investmentId: t.id, category: "labour_savings", kind: "recurring", frequency: "monthly", amountCents: 5, startMonth: "2026-02-01", rampUpMonths: 3, confidence: "0.825" });
});

describe("technologiesExport", () => {
  it("writes machine format: amounts with a decimal point, ISO dates, whatever the workspace's locale", async () => {
    const text = await technologiesExport(ws);
    expect(text).toContain(",1234.56,2026-01,2027-12,");
    expect(text).toContain(",0.05,2026-02,,3,82.5");
    expect(text).toContain(",2026-01-31,");
    expect(text).toContain("'=Kasse"); // never a formula in a spreadsheet
  });

  it("imports back as it was written, in the workspace that exported it", async () => {
    const parsed = parseTechnologiesCsv(`\uFEFF${await technologiesExport(ws)}`, { conventions: { decimal: "auto", dateOrder: "auto" }, locale: ws.org.locale });
    expect(parsed.errors).toEqual([]);
    expect(parsed.readWith).toMatchObject({ decimal: "point", dateOrder: "ymd" });
    const [t] = parsed.technologies;
    expect(t.input).toMatchObject({ name: "=Kasse", goLiveDate: "2026-01-31", notes: "Sagt \"Hallo\"" });
    expect(t.input.costs).toMatchObject([{ amountCents: 123_456, startMonth: "2026-01-01", endMonth: "2027-12-01" }]);
    expect(t.input.benefits).toMatchObject([{ amountCents: 5, rampUpMonths: 3, confidence: 0.825 }]);
  });
});
