import { asRole, expect, monthsAgo, PERSPECTIVES, test } from "./fixtures";

test.use(asRole("consultant"));

test("the scorecard shows the four perspectives with their KPIs, and moves between months", async ({ app, page }) => {
  const ledger = app.workspace("ledger-and-co");
  const { scorecard } = ledger;
  await scorecard.open();

  for (const perspective of PERSPECTIVES) await expect(scorecard.perspective(perspective)).toBeVisible();
  await expect(scorecard.overall).toHaveText(/^\d+(\.\d)?%$/);
  expect(await scorecard.kpis.count()).toBeGreaterThanOrEqual(12);
  const overallNow = await scorecard.overall.textContent();

  // A year back, the chatbot had not launched: the scores differ, and the URL says which month it is.
  await scorecard.open({ month: monthsAgo(13) });
  await expect(scorecard.overall).not.toHaveText(overallNow!);

  // A KPI linked to a technology leads to it.
  await scorecard.open();
  await scorecard.kpis.getByRole("link").first().click();
  await expect(page).toHaveURL(ledger.urlOf("portfolio/<id>"));
  await expect(ledger.technology.name).toBeVisible();
});
