import { readFileSync } from "node:fs";
import { expect, test } from "./fixtures";

/** A fresh account's own workspace, switched to euros written the German way. */
async function germanWorkspace(page: import("@playwright/test").Page) {
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill("Greta Gruber");
  await page.getByLabel("Work email").fill(`greta-${Date.now()}@example.com`);
  await page.getByLabel("Password").fill("a sturdy passphrase");
  await page.getByLabel("Workspace name").fill(`Gruber Metallbau ${Date.now()}`);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  const workspace = page.url().replace(/\/dashboard$/, "");
  await page.goto(`${workspace}/settings`);
  await page.locator("#currency").selectOption("EUR");
  await page.locator("#locale").selectOption("de-DE");
  await page.getByTestId("settings-save").click();
  await expect(page.getByTestId("settings-message")).toContainText("Settings saved");
  return workspace;
}

test("a de-DE workspace types 1.234,56, sees 1.234,56 € and exports 1234.56, which imports back unchanged", async ({ page }) => {
  const workspace = await germanWorkspace(page);
  await page.goto(`${workspace}/portfolio/new`);
  await page.locator("#name").fill("Kassensystem");
  await page.getByRole("button", { name: "Add cost" }).click();
  await page.locator("#costs-0-startMonth").fill("2026-01");

  // Malformed for the locale: refused next to the field, nothing saved.
  await page.locator("#costs-0-amount").fill("1,234,5");
  await page.getByTestId("save-technology").click();
  await expect(page.getByText("Enter a number written like 1.234,56 (“,” before the decimals).")).toBeVisible();
  await expect(page.getByTestId("saved-banner")).toHaveCount(0);

  await page.locator("#costs-0-amount").fill("1.234,56");
  await page.getByTestId("save-technology").click();
  await expect(page.getByTestId("saved-banner")).toBeVisible();
  await expect(page.getByTestId("technology-costs")).toContainText("1.234,56 €");

  // The export is machine format, whatever the workspace's locale.
  await page.goto(`${workspace}/portfolio/import`);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-technologies").click()]);
  const path = await download.path();
  const csv = readFileSync(path, "utf8");
  expect(csv).toContain(",1234.56,2026-01,");
  expect(csv).not.toContain("1.234,56");

  // Delete the technology, then import the file back: the same amount, read the same way.
  await page.goto(`${workspace}/portfolio`);
  await page.getByRole("link", { name: "Kassensystem" }).click();
  await page.getByTestId("delete-technology").click();
  await page.getByTestId("confirm-delete").click();
  await expect(page.getByTestId("portfolio-notice")).toHaveText("Technology deleted.");

  await page.goto(`${workspace}/portfolio/import`);
  await page.locator("#csv-file").setInputFiles(path);
  await expect(page.getByTestId("import-preview")).toBeVisible();
  await expect(page.getByTestId("import-read-with")).toContainText("Read with a decimal point (detected)");
  await page.getByTestId("import-submit").click();
  await expect(page.getByTestId("import-success")).toBeVisible();
  await page.goto(`${workspace}/portfolio`);
  await page.getByRole("link", { name: "Kassensystem" }).click();
  await expect(page.getByTestId("technology-costs")).toContainText("1.234,56 €");
});
