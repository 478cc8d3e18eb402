import { formatMoney } from "../lib/format";
import { expect, monthsAgo, test } from "./fixtures";

// A fresh account's own workspace (en-US, USD): one technology on plan, then its bank export imported twice.

const USD = { locale: "en-US", currency: "USD" } as const;

/** A day of a 'YYYY-MM' month written the en-US way, month first: "10/15/2026". */
const mdy = (month: string, day: number) => `${month.slice(5)}/${day}/${month.slice(0, 4)}`;

/** Two months of a bank export with debit and credit columns, headed the way no field is named. */
function bankExport(): string {
  const [earlier, last] = [monthsAgo(2), monthsAgo(1)];
  return [
    "Booked,Paid to,Memo,Out,In",
    `${mdy(earlier, 15)},SHOPIFY* 4411,Monthly plan,29.00,`,
    `${mdy(earlier, 20)},Corner Cafe,Team lunch,"1,204.50",`,
    `${mdy(last, 15)},SHOPIFY* 4411,Monthly plan,29.00,`,
    `${mdy(last, 18)},Customer refund,Returned order,,15.00`,
  ].join("\n");
}

test("import a bank export, map its columns, accept the suggested rule, see the spend; the same file again changes nothing", async ({ app, page }) => {
  const { portfolio, newTechnology: form, technology, dashboard, actuals, actualsImport } = await app.newAccount("Bea Books", "Bea's Bikes");
  const planVsActual = page.getByTestId("dashboard-plan-vs-actual");
  await portfolio.open();
  await page.getByRole("link", { name: "Add technology" }).first().click();
  await form.fill({ name: "Online shop", vendor: "Shopify Inc.", status: "live", goLiveDate: `${monthsAgo(6)}-01`, usefulLifeMonths: "36" });
  await form.addCost({ amount: "29", startMonth: monthsAgo(6) });
  await form.save();
  await expect(technology.savedBanner).toBeVisible();
  await dashboard.open();
  await expect(planVsActual.getByTestId("plan-vs-actual-none")).toBeVisible();

  // The header names no field the import knows, except "Memo": the columns are chosen by hand.
  await actualsImport.open();
  await actualsImport.upload("checking-account.csv", bankExport());
  await expect(actualsImport.fileError).toHaveText("Choose the column that holds Date. Choose the columns that hold amount, or debit and credit.");
  await actualsImport.mapColumn("date", "Booked");
  await actualsImport.mapColumn("payee", "Paid to");
  await actualsImport.mapColumn("debit", "Out");
  await expect(actualsImport.fileError).toHaveText("Choose the columns that hold amount, or debit and credit.");
  await actualsImport.mapColumn("credit", "In");
  await expect(actualsImport.fileError).toHaveCount(0);
  await expect(actualsImport.summary).toContainText("4 payments in the file: 4 new. 0 go to a technology, 4 stay unmatched");

  // The technology's vendor is in two payees: the rule it suggests files both under it.
  await actualsImport.acceptRule(/Shopify.*Online shop/);
  await expect(actualsImport.summary).toContainText("2 go to a technology, 2 stay unmatched");
  await expect(actualsImport.preview.locator("tbody tr", { hasText: "SHOPIFY" }).first()).toContainText("Online shop");
  expect(await actualsImport.submit()).toEqual({ added: 4, duplicates: 0 });

  const spent = formatMoney(5_800, USD);
  await actuals.open();
  await expect(actuals.rows).toHaveCount(4);
  await portfolio.open();
  await portfolio.openTechnology("Online shop");
  await expect(page.getByTestId("plan-vs-actual-actual-cost-value")).toHaveText(spent);
  await dashboard.open();
  await expect(planVsActual.getByTestId("tile-actual-spend-value")).toHaveText(spent);

  // The same file again: read with the columns remembered for its header, every payment already in the ledger.
  await actualsImport.open();
  await actualsImport.upload("checking-account.csv", bankExport());
  await expect(actualsImport.fileError).toHaveCount(0);
  await expect(actualsImport.summary).toContainText("4 payments in the file: 0 new, 4 already in the ledger (skipped).");
  await expect(actualsImport.suggestions).toHaveCount(0);
  expect(await actualsImport.submit()).toEqual({ added: 0, duplicates: 4 });
  await expect(actualsImport.success).toContainText("Nothing new: every payment in the file is already in the ledger.");

  await actuals.open();
  await expect(actuals.rows).toHaveCount(4);
  await portfolio.open();
  await portfolio.openTechnology("Online shop");
  await expect(page.getByTestId("plan-vs-actual-actual-cost-value")).toHaveText(spent);
  await dashboard.open();
  await expect(planVsActual.getByTestId("tile-actual-spend-value")).toHaveText(spent);
  // Only the first file added anything, so it is the only one listed.
  await actualsImport.open();
  await expect(actualsImport.history.locator("tbody tr")).toHaveCount(1);
});
