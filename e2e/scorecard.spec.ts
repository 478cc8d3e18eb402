import { demo, expect, test } from "./fixtures";

test("the scorecard shows the four perspectives with their KPIs, and moves between months", async ({ page, signInPage }) => {
  await signInPage.signInAs(demo.consultant, demo.password);
  await page.goto("/w/ledger-and-co/scorecard");

  for (const perspective of ["financial", "customer", "internal_process", "learning_growth"]) {
    await expect(page.getByTestId(`score-${perspective}`)).toBeVisible();
  }
  await expect(page.getByTestId("score-overall-value")).toHaveText(/^\d+(\.\d)?%$/);
  const kpis = page.getByTestId("scorecard-kpi");
  expect(await kpis.count()).toBeGreaterThanOrEqual(12);
  const overallNow = await page.getByTestId("score-overall-value").textContent();

  // A year back, the chatbot had not launched: the scores differ, and the URL says which month it is.
  await page.goto("/w/ledger-and-co/scorecard");
  const month = new Date();
  month.setUTCMonth(month.getUTCMonth() - 13);
  const earlier = `${month.getUTCFullYear()}-${String(month.getUTCMonth() + 1).padStart(2, "0")}`;
  await page.goto(`/w/ledger-and-co/scorecard?month=${earlier}`);
  await expect(page.getByTestId("score-overall-value")).not.toHaveText(overallNow!);

  // A KPI linked to a technology leads to it.
  await page.goto("/w/ledger-and-co/scorecard");
  await page.getByTestId("scorecard-kpi").getByRole("link").first().click();
  await expect(page).toHaveURL(/\/portfolio\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId("technology-name")).toBeVisible();
});
