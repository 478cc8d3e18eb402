import { demo, expect, test } from "./fixtures";

// Runs last (file order): it adds and removes workspaces of the demo consultant.

test("an owner exports a workspace, imports it as a new one with the same figures, then deletes the copy", async ({ page, signInPage }) => {
  await signInPage.signInAs(demo.consultant, demo.password);
  await page.goto("/w/ledger-and-co/dashboard");
  const npv = await page.getByTestId("tile-npv-value").textContent();

  await page.goto("/w/ledger-and-co/settings/data");
  const download = page.waitForEvent("download");
  await page.getByTestId("export-json").click();
  const file = (await (await download).path())!;

  await page.getByTestId("import-file").setInputFiles(file);
  await page.locator("#import-name").fill("Ledger Rehearsal");
  await page.getByTestId("import-submit").click();
  await expect(page).toHaveURL(/\/w\/ledger-rehearsal\/dashboard$/);
  await expect(page.getByTestId("tile-npv-value")).toHaveText(npv!);

  // Deleting asks for the exact name first.
  await page.goto("/w/ledger-rehearsal/settings/data");
  await page.getByTestId("delete-workspace").click();
  await page.getByTestId("delete-confirm-name").fill("Ledger Rehearsal");
  await page.getByTestId("delete-confirm").click();
  await expect(page).toHaveURL(/\/workspaces$/);
  await expect(page.getByTestId("workspace-row").filter({ hasText: "Ledger Rehearsal" })).toHaveCount(0);
  expect((await page.goto("/w/ledger-rehearsal/dashboard"))?.status()).toBe(404);
});

test("a consultant copies KPIs and goals into a new client, and prints a quarterly review with their name", async ({ page, signInPage }) => {
  await signInPage.signInAs(demo.consultant, demo.password);
  await page.goto("/workspaces");
  await page.getByTestId("new-workspace-name").fill("Template Target");
  await page.getByTestId("new-workspace-submit").click();
  await expect(page).toHaveURL(/\/w\/template-target\/dashboard$/);

  await page.goto("/w/template-target/kpis");
  await page.getByTestId("open-templates").click();
  await page.getByTestId("template-source").selectOption({ label: "Ledger & Co Chartered Accountants" });
  await page.getByRole("button", { name: /preview|show/i }).first().click();
  await expect(page.getByTestId("template-add").first()).toBeVisible();
  expect(await page.getByTestId("template-add").count()).toBeGreaterThan(10);
  await page.getByTestId("template-apply").click();
  await expect(page.getByTestId("template-message")).toBeVisible();
  await page.goto("/w/template-target/kpis");
  expect(await page.getByTestId("kpi-row").count()).toBeGreaterThan(10);

  await page.goto("/w/ledger-and-co/reports");
  await page.getByTestId("open-quarterly-review").click();
  await expect(page.getByTestId("review-pack")).toBeVisible();
  await expect(page.getByTestId("review-pack-prepared-by")).toContainText("Dana Consultant");

  await page.goto("/w/ledger-and-co/benchmark");
  await expect(page.getByTestId("benchmark-page")).toBeVisible();
});
