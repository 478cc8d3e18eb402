import { createActualCost } from "@/lib/actuals/actions";
import { createActualBenefit } from "@/lib/actuals/benefit-actions";
import { commitBankImport } from "@/lib/actuals/import-actions";
import { createMatchRule } from "@/lib/actuals/rule-actions";
import { exportWorkspace } from "@/lib/workspace-data/export";
import { addIntegration } from "@/lib/integrations/actions";
import { createGoal } from "@/lib/goals/actions";
import { createKpi, saveKpiValues } from "@/lib/kpis/actions";
import { createTechnology } from "@/lib/portfolio/actions";
import { saveScenario } from "@/lib/scenarios/actions";
import { createTenant } from "@/test/factories";
import { auth } from "./mocks";

/**
 * A small workspace with a row in every exported table, made through the actions themselves, and its
 * export as a download carries it (JSON). The import fuzz starts from this file.
 */
export async function sampleExport(): Promise<Record<string, unknown>> {
  const ws = await createTenant("owner");
  auth.mockResolvedValue({ user: { id: ws.userId } });
  const slug = ws.org.slug;
  const id = (result: { ok: boolean; data?: { id: string } }) => {
    if (!result.ok || !result.data) throw new Error(`setting up the sample workspace failed: ${JSON.stringify(result)}`);
    return result.data.id;
  };
  const orders = id(await createKpi(slug, { name: "Online orders", perspective: "customer", unit: "count", direction: "higher", baseline: "100", target: "400", attribution: "time_decay" }));
  const goal = id(await createGoal(slug, { title: "Grow online sales", perspective: "customer", weight: "30", targetText: "Online ≥ 25% of sales", targetDate: "2027-06-30" }));
  const technology = (name: string) =>
    createTechnology(slug, {
      name,
      vendor: "Acme",
      category: "ecommerce",
      valueChainActivity: "marketing_sales",
      status: "live",
      goLiveDate: "2025-03-01",
      usefulLifeMonths: "48",
      ownerName: "Sam",
      notes: "Main shop",
      costs: [{ category: "subscription", description: "Plan", kind: "recurring", frequency: "monthly", amount: "299", startMonth: "2025-03", renewalDate: "2026-03-01", noticeDays: "30", annualUpliftPct: "3.5" }],
      benefits: [
        { category: "revenue_increase", description: "Online orders", kind: "recurring", frequency: "monthly", amount: "1500", startMonth: "2025-04", rampUpMonths: "3", confidencePct: "80", kpiId: orders, valuePerUnit: "12.50" },
        { category: "labour_savings", description: "Less admin", kind: "recurring", frequency: "monthly", startMonth: "2025-04", calculator: { type: "labour", hoursPerMonth: "10", hourlyRate: "35" } },
      ],
      risks: [{ type: "vendor", title: "Price rise", likelihood: "3", impact: "2", mitigation: "Annual plan", status: "open" }],
      factors: [
        { name: "Fit", weight: "60", score: "4", kind: "qualitative" },
        { name: "Cost", weight: "40", score: "3", kind: "quantitative" },
      ],
      alignments: [{ goalId: goal, strength: "4" }],
    });
  const shop = id(await technology("Shop"));
  const crm = id(await technology("CRM"));
  const kpi = id(await createKpi(slug, { name: "Online share", perspective: "customer", unit: "percent", direction: "higher", baseline: "10", target: "25", weight: "2", investmentId: shop, goalId: goal }));
  await saveKpiValues(slug, { period: "2026-01", values: [{ kpiId: kpi, value: "12.5", note: "January" }] });
  await saveScenario(slug, { scope: shop, kind: "pessimistic", benefitMultiplier: "0.7", costMultiplier: "1.2", delayMonths: "3", adoptionRate: "0.8" });
  await addIntegration(slug, { technologyId: shop, direction: "sends", otherId: crm, description: "Orders" });
  await addActuals(slug, shop);
  return JSON.parse(JSON.stringify(await exportWorkspace(ws))) as Record<string, unknown>;
}

/** A bank file (semicolon-separated, decimal comma, so its remembered settings are not the defaults), a typed payment, a rule and an entered benefit. */
async function addActuals(slug: string, shop: string) {
  const ok = (result: { ok: boolean }) => {
    if (!result.ok) throw new Error(`setting up the sample workspace's actuals failed: ${JSON.stringify(result)}`);
  };
  ok(await createMatchRule(slug, { field: "payee", pattern: "acme", investmentId: shop, costCategory: "subscription" }));
  const csv = "Datum;Empfänger;Betrag\n05.01.2026;ACME SHOP;-299,00\n09.01.2026;Corner Café;-4,50\n";
  ok(await commitBankImport(slug, { csv, fileName: "konto.csv", delimiter: "semicolon", decimal: "comma", dateOrder: "dmy" }));
  ok(await createActualCost(slug, { bookedOn: "2026-02-01", amount: "120.00", payee: "Acme support", description: "Setup", investmentId: shop, costCategory: "implementation" }));
  ok(await createActualBenefit(slug, { investmentId: shop, month: "2026-01", amount: "2100.00", description: "January online revenue" }));
}
