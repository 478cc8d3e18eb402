import { evaluateInvestment } from "../lib/finance";
import { formatMoney, formatPercent } from "../lib/format";
import { expect, test } from "./fixtures";

// Each test works in a fresh account's own workspace: default 8% discount rate, USD, nothing else in it.

test("add a technology with two costs and a benefit, then find lib/finance's ROI and NPV for it in the table", async ({ app, page }) => {
  const { portfolio, newTechnology: form, technology } = await app.newAccount("Pat Portfolio", "Pat's Print Shop");
  await portfolio.open();
  await page.getByRole("link", { name: "Add technology" }).first().click();

  await form.fill({ name: "Route planner", vendor: "RoutePro", status: "live", goLiveDate: "2026-01-01", usefulLifeMonths: "24" });
  await form.addCost({ category: "implementation", kind: "one_time", amount: "3000", startMonth: "2026-01" });
  await form.addCost({ amount: "120.50", startMonth: "2026-01" });
  await form.addBenefit({ amount: "600", startMonth: "2026-02" });
  await form.save();
  await expect(technology.savedBanner).toBeVisible();
  await expect(technology.name).toHaveText("Route planner");

  const expected = evaluateInvestment({
    costs: [
      { category: "implementation", kind: "one_time", amountCents: 300_000, startMonth: 0 },
      { category: "subscription", kind: "recurring", frequency: "monthly", amountCents: 12_050, startMonth: 0 },
    ],
    benefits: [{ category: "labour_savings", kind: "recurring", frequency: "monthly", amountCents: 60_000, startMonth: 1, rampUpMonths: 0, confidence: 1 }],
    horizonMonths: 24,
    annualDiscountRate: 0.08,
  });
  await page.getByRole("link", { name: "← Portfolio" }).click();
  const row = portfolio.row("Route planner");
  await expect(row).toContainText(formatPercent(expected.roi!, "en-US"));
  await expect(row).toContainText(formatMoney(expected.npvCents, { locale: "en-US", currency: "USD" }));

  // Deleting asks first; cancelling keeps it, confirming removes it.
  await portfolio.openTechnology("Route planner");
  await technology.delete({ confirm: false });
  await expect(technology.name).toHaveText("Route planner");
  await technology.delete({ confirm: true });
  await expect(portfolio.notice).toHaveText("Technology deleted.");
  await expect(portfolio.row("Route planner")).toHaveCount(0);
});

test("import the template, sort and filter the table, and export what it shows", async ({ app, page }) => {
  const { portfolio, portfolioImport, newTechnology: form, technology } = await app.newAccount("Pat Portfolio", "Pat's Print Shop");
  await portfolioImport.open();
  const template = await portfolioImport.downloadTemplate();
  await portfolioImport.upload(template.path);
  await portfolioImport.submit();

  // One more technology, of another category, so sorting and filtering have something to do.
  await form.open();
  await form.fill({ name: "Accounting suite", category: "erp" });
  await form.save();
  await expect(technology.savedBanner).toBeVisible();

  await portfolio.open();
  const names = portfolio.names;
  await expect(names).toHaveCount(2);
  const imported = (await names.allTextContents()).find((n) => n !== "Accounting suite")!;
  await expect(names.first()).toHaveText("Accounting suite");

  await portfolio.sortByName(); // name, now descending
  await expect(page).toHaveURL(/dir=desc/);
  await expect(names.first()).toHaveText(imported);
  await page.goBack();
  await expect(names.first()).toHaveText("Accounting suite");

  await portfolio.open({ category: "erp" });
  await expect(names).toHaveText(["Accounting suite"]);

  const csv = await (await portfolio.exportCsv()).text();
  expect(csv).toContain("Accounting suite");
  expect(csv).not.toContain(imported);
});
