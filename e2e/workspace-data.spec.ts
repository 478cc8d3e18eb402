import { asRole, expect, test } from "./fixtures";

// These add and remove workspaces of the demo consultant: they run in the serial @demo-workspaces group.
test.use(asRole("consultant"));

test("an owner exports a workspace, imports it as a new one with the same figures, then deletes the copy", { tag: "@demo-workspaces" }, async ({ app, page }) => {
  const ledger = app.workspace("ledger-and-co");
  await ledger.dashboard.open();
  const npv = await ledger.dashboard.value("npv").textContent();

  await ledger.data.open();
  const exported = await ledger.data.exportJson();
  await ledger.data.importAs(exported.path, "Ledger Rehearsal");
  const copy = app.workspace("ledger-rehearsal");
  await expect(page).toHaveURL(copy.urlOf("dashboard"));
  await expect(copy.dashboard.value("npv")).toHaveText(npv!);

  // Deleting asks for the exact name first.
  await copy.data.open();
  await copy.data.deleteWorkspace("Ledger Rehearsal");
  await expect(page).toHaveURL(/\/workspaces$/);
  await expect(app.workspaces.rowNamed("Ledger Rehearsal")).toHaveCount(0);
  expect((await copy.dashboard.open())?.status()).toBe(404);
});

test("a consultant copies KPIs and goals into a new client, and prints a quarterly review with their name", { tag: "@demo-workspaces" }, async ({ app, page }) => {
  await app.workspaces.open();
  await app.workspaces.createWorkspace("Template Target");
  const target = app.workspace("template-target");
  await expect(page).toHaveURL(target.urlOf("dashboard"));

  await target.kpis.open();
  await target.kpis.previewTemplatesFrom("Ledger & Co Chartered Accountants");
  await expect(target.kpis.templateRows.first()).toBeVisible();
  expect(await target.kpis.templateRows.count()).toBeGreaterThan(10);
  await target.kpis.applyTemplates();
  await expect(page.getByTestId("template-message")).toBeVisible();
  await target.kpis.open();
  expect(await target.kpis.rows.count()).toBeGreaterThan(10);

  const ledger = app.workspace("ledger-and-co");
  await ledger.reports.open();
  await ledger.reports.openQuarterlyReview();
  await expect(page.getByTestId("review-pack")).toBeVisible();
  await expect(page.getByTestId("review-pack-prepared-by")).toContainText("Dana Consultant");

  await page.goto(`${ledger.path}/benchmark`);
  await expect(page.getByTestId("benchmark-page")).toBeVisible();
});
