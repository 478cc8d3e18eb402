// The demo's stories as the dashboard and the technology page tell them once the bank exports are in:
// the ERP furthest over plan, marketing automation furthest below it, sensors, chatbot and online ordering realising.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { investments, organizations, users } from "@/db/schema";
import { DEMO_USERS, seedDemo } from "@/db/seed";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { getDashboard } from "@/lib/dashboard/view";
import { isLocale } from "@/lib/format/locales";
import { getTechnologyDetail, getTechnologyPlanVsActual } from "@/lib/portfolio/view";

const TODAY = new Date("2026-12-07T12:00:00Z");
const ctxs = new Map<string, TenantCtx>();

beforeAll(async () => {
  await seedDemo(db, { asOf: TODAY });
  const [consultant] = await db.select().from(users).where(eq(users.email, DEMO_USERS.consultant));
  for (const org of await db.select().from(organizations)) {
    if (!isLocale(org.locale)) throw new Error(`unexpected locale ${org.locale}`);
    ctxs.set(org.slug, { orgId: org.id, userId: consultant.id, role: "owner", org: { slug: org.slug, name: org.name, currency: org.currency, locale: org.locale } });
  }
});

async function toDate(slug: string, name: string) {
  const ctx = ctxs.get(slug)!;
  const [row] = await db.select({ id: investments.id }).from(investments).where(eq(investments.name, name));
  const detail = await getTechnologyDetail(ctx, row.id, TODAY);
  return (await getTechnologyPlanVsActual(ctx, detail, TODAY)).figures.toDate;
}

describe("demo stories in money", () => {
  it("every workspace compares actual spend with its plan, up to the last complete month", async () => {
    for (const slug of ["harbor-bakery", "precision-parts", "ledger-and-co"]) {
      const dashboard = await getDashboard(ctxs.get(slug)!, {}, TODAY);
      expect(dashboard.month, slug).toBe("2026-11-01");
      expect(dashboard.planVsActual.toDate.actualCostCents, slug).toBeGreaterThan(0);
      expect(dashboard.planVsActual.toDate.plannedCostCents, slug).toBeGreaterThan(0);
    }
  });

  it("manufacturer: the ERP is the furthest off plan, a third over its planned spend with nothing realised; the sensors pay", async () => {
    const dashboard = await getDashboard(ctxs.get("precision-parts")!, {}, TODAY);
    expect(dashboard.alerts.offPlan[0]?.name).toBe("Cloud ERP");
    const erp = await toDate("precision-parts", "Cloud ERP");
    expect(erp.costVarianceRatio).toBeGreaterThan(0.3);
    expect(erp.realisedBenefitCents).toBe(0);
    const sensors = await toDate("precision-parts", "Machine IoT sensors & predictive maintenance");
    expect(sensors.realisedBenefitCents).toBeGreaterThan(sensors.plannedBenefitCents);
  });

  it("accountants: the chatbot realises more than planned; marketing automation is the furthest below plan", async () => {
    const dashboard = await getDashboard(ctxs.get("ledger-and-co")!, {}, TODAY);
    expect(dashboard.alerts.offPlan[0]?.name).toBe("Marketing automation");
    const chatbot = await toDate("ledger-and-co", "AI website chatbot");
    expect(chatbot.realisedBenefitCents).toBeGreaterThan(chatbot.plannedBenefitCents);
    const marketing = await toDate("ledger-and-co", "Marketing automation");
    expect(marketing.realisedBenefitCents).toBeLessThan(marketing.plannedBenefitCents * 0.3);
  });

  it("café: online ordering realises its plan, for less than the commission estimate", async () => {
    const online = await toDate("harbor-bakery", "Online ordering & delivery integration");
    expect(online.realisedBenefitCents).toBeGreaterThan(online.plannedBenefitCents * 0.95);
    expect(online.actualCostCents).toBeLessThan(online.plannedCostCents);
  });
});
