import { asRole, expect, test } from "./fixtures";

test.use(asRole("consultant"));

test("benefits realised, and the chatbot's KPIs before and after its go-live", async ({ app, page }) => {
  const ledger = app.workspace("ledger-and-co");
  const { benefits } = ledger;
  await ledger.dashboard.open();
  await app.navigate("Benefits");
  await expect(page).toHaveURL(ledger.urlOf("benefits"));

  expect(await benefits.rows.count()).toBeGreaterThanOrEqual(5);
  // The marketing tool nobody uses delivers far less than its plan promised.
  await expect(benefits.row("Marketing automation")).toContainText(/well behind plan/i);

  await benefits.row("AI website chatbot").getByRole("link").first().click();
  await expect(page).toHaveURL(/\/w\/ledger-and-co\/benefits\/[0-9a-f-]{36}(\?month=\d{4}-\d{2})?$/);
  const csat = benefits.beforeAfter("Client satisfaction (CSAT)");
  await expect(csat).toContainText(/rose .* stands out from the month-to-month noise/);

  // A wider window: 12 months either side, of which fewer have passed since go-live.
  await benefits.compareMonths(12);
  await expect(page).toHaveURL(/n=12/);
  await expect(csat).toBeVisible();
  await expect(page.getByText(/of 12 months after go-live have values so far/).first()).toBeVisible();
});

test("the monthly review prints cleanly and exports the KPI values", async ({ app, page }) => {
  const { reports } = app.workspace("ledger-and-co");
  await reports.open();
  await expect(reports.report).toBeVisible();
  await expect(reports.headline).toBeVisible();
  expect(await reports.improved.count()).toBeGreaterThan(0);

  const file = await reports.downloadKpiValues();
  expect(file.name).toMatch(/^kpi-values-ledger-and-co-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = (await file.text()).trim().split(/\r?\n/);
  expect(lines[0]).toMatch(/^kpi,perspective,unit,direction,month,value/);
  expect(lines.length).toBeGreaterThan(200); // 16 KPIs × about two years of months

  // On paper: no sidebar, no buttons; the report's own header says whose month it is.
  await page.emulateMedia({ media: "print" });
  await expect(page.locator("aside")).toBeHidden();
  await expect(reports.printButton).toBeHidden();
  await expect(reports.report).toContainText("Ledger & Co");
});
