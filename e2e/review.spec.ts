import { readFile } from "node:fs/promises";
import { demo, expect, test } from "./fixtures";

test("benefits realised, and the chatbot's KPIs before and after its go-live", async ({ page, signInPage }) => {
  await signInPage.signInAs(demo.consultant, demo.password);
  await page.goto("/w/ledger-and-co/dashboard");
  await page.getByRole("link", { name: "Benefits", exact: true }).click();
  await expect(page).toHaveURL(/\/w\/ledger-and-co\/benefits$/);

  const rows = page.getByTestId("benefits-row");
  expect(await rows.count()).toBeGreaterThanOrEqual(5);
  // The marketing tool nobody uses delivers far less than its plan promised.
  const marketing = rows.filter({ hasText: "Marketing automation" });
  await expect(marketing).toContainText(/well behind plan/i);

  await rows.filter({ hasText: "AI website chatbot" }).getByRole("link").first().click();
  await expect(page).toHaveURL(/\/w\/ledger-and-co\/benefits\/[0-9a-f-]{36}(\?month=\d{4}-\d{2})?$/);
  const csat = page.getByTestId("before-after-kpi").filter({ hasText: "Client satisfaction (CSAT)" });
  await expect(csat.getByTestId("before-after-note")).toContainText(/rose .* stands out from the month-to-month noise/);

  // A wider window: 12 months either side, of which fewer have passed since go-live.
  await page.getByTestId("before-after-n").fill("12");
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(page).toHaveURL(/n=12/);
  await expect(csat.getByTestId("before-after-note")).toBeVisible();
  await expect(page.getByText(/of 12 months after go-live have values so far/).first()).toBeVisible();
});

test("the monthly review prints cleanly and exports the KPI values", async ({ page, signInPage }) => {
  await signInPage.signInAs(demo.consultant, demo.password);
  await page.goto("/w/ledger-and-co/reports");
  await expect(page.getByTestId("report")).toBeVisible();
  await expect(page.getByTestId("report-headline")).toBeVisible();
  expect(await page.getByTestId("report-improved").getByTestId("report-change-row").count()).toBeGreaterThan(0);

  const download = page.waitForEvent("download");
  await page.getByTestId("download-kpi-csv").click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^kpi-values-ledger-and-co-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = (await readFile((await file.path())!, "utf8")).replace(/^\uFEFF/, "");
  const lines = csv.trim().split(/\r?\n/);
  expect(lines[0]).toMatch(/^kpi,perspective,unit,direction,month,value/);
  expect(lines.length).toBeGreaterThan(200); // 16 KPIs × about two years of months

  // On paper: no sidebar, no buttons; the report's own header says whose month it is.
  await page.emulateMedia({ media: "print" });
  await expect(page.locator("aside")).toBeHidden();
  await expect(page.getByTestId("print-report")).toBeHidden();
  await expect(page.getByTestId("report")).toContainText("Ledger & Co");
});
