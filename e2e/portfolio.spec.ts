import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { evaluateInvestment } from "../lib/finance";
import { formatMoney, formatPercent } from "../lib/format";
import { expect, test } from "./fixtures";

/** A fresh account's own workspace: default 8% discount rate, USD, nothing else in it. */
async function signUpWithEmptyWorkspace(page: Page) {
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill("Pat Portfolio");
  await page.getByLabel("Work email").fill(`pat-${Date.now()}@example.com`);
  await page.getByLabel("Password").fill("a sturdy passphrase");
  await page.getByLabel("Workspace name").fill(`Pat's Print Shop ${Date.now()}`);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  return page.url().replace(/\/dashboard$/, "");
}

test("add a technology with two costs and a benefit, then find lib/finance's ROI and NPV for it in the table", async ({ page }) => {
  const workspace = await signUpWithEmptyWorkspace(page);
  await page.goto(`${workspace}/portfolio`);
  await page.getByRole("link", { name: "Add technology" }).first().click();

  await page.locator("#name").fill("Route planner");
  await page.locator("#vendor").fill("RoutePro");
  await page.locator("#status").selectOption("live");
  await page.locator("#goLiveDate").fill("2026-01-01");
  await page.locator("#usefulLifeMonths").fill("24");

  await page.getByRole("button", { name: "Add cost" }).click();
  await page.locator("#costs-0-category").selectOption("implementation");
  await page.locator("#costs-0-kind").selectOption("one_time");
  await page.locator("#costs-0-amount").fill("3000");
  await page.locator("#costs-0-startMonth").fill("2026-01");
  await page.getByRole("button", { name: "Add cost" }).click();
  await page.locator("#costs-1-amount").fill("120.50");
  await page.locator("#costs-1-startMonth").fill("2026-01");
  await page.getByRole("button", { name: "Add benefit" }).click();
  await page.locator("#benefits-0-amount").fill("600");
  await page.locator("#benefits-0-startMonth").fill("2026-02");

  await page.getByTestId("save-technology").click();
  await expect(page.getByTestId("saved-banner")).toBeVisible();
  await expect(page.getByTestId("technology-name")).toHaveText("Route planner");

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
  const row = page.locator("tbody tr", { hasText: "Route planner" });
  await expect(row).toContainText(formatPercent(expected.roi!, "en-US"));
  await expect(row).toContainText(formatMoney(expected.npvCents, { locale: "en-US", currency: "USD" }));

  // Deleting asks first; cancelling keeps it, confirming removes it.
  await row.getByRole("link", { name: "Route planner" }).click();
  await page.getByTestId("delete-technology").click();
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByTestId("technology-name")).toHaveText("Route planner");
  await page.getByTestId("delete-technology").click();
  await page.getByTestId("confirm-delete").click();
  await expect(page.getByTestId("portfolio-notice")).toHaveText("Technology deleted.");
  await expect(page.locator("tbody tr", { hasText: "Route planner" })).toHaveCount(0);
});

test("import the template, sort and filter the table, and export what it shows", async ({ page }) => {
  const workspace = await signUpWithEmptyWorkspace(page);
  await page.goto(`${workspace}/portfolio/import`);
  const [template] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /template/i }).first().click()]);
  const templatePath = await template.path();
  await page.locator("#csv-file").setInputFiles(templatePath);
  await expect(page.getByTestId("import-preview")).toBeVisible();
  await page.getByTestId("import-submit").click();
  await expect(page.getByTestId("import-success")).toBeVisible();

  // One more technology, of another category, so sorting and filtering have something to do.
  await page.goto(`${workspace}/portfolio/new`);
  await page.locator("#name").fill("Accounting suite");
  await page.locator("#category").selectOption("erp");
  await page.getByTestId("save-technology").click();
  await expect(page.getByTestId("saved-banner")).toBeVisible();

  await page.goto(`${workspace}/portfolio`);
  const names = page.locator("tbody tr td:first-child");
  await expect(names).toHaveCount(2);
  const imported = (await names.allTextContents()).find((n) => n !== "Accounting suite")!;
  await expect(names.first()).toHaveText("Accounting suite");

  await page.getByRole("button", { name: /^Technology/ }).click(); // name, now descending
  await expect(page).toHaveURL(/dir=desc/);
  await expect(names.first()).toHaveText(imported);
  await page.goBack();
  await expect(names.first()).toHaveText("Accounting suite");

  await page.goto(`${workspace}/portfolio?category=erp`);
  await expect(names).toHaveText(["Accounting suite"]);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Export CSV" }).click()]);
  const csv = readFileSync(await download.path(), "utf8");
  expect(csv).toContain("Accounting suite");
  expect(csv).not.toContain(imported);
});
