import { demo, expect, test } from "./fixtures";

const thisMonth = () => new Date().toISOString().slice(0, 7);

test("enter this month's KPI values in the grid, and the scorecard moves to them", async ({ page, signInPage }) => {
  await signInPage.signInAs(demo.consultant, demo.password);
  await page.goto("/w/harbor-bakery/scorecard");
  const overallBefore = await page.getByTestId("score-overall-value").textContent();

  await page.goto(`/w/harbor-bakery/kpis/entry?month=${thisMonth()}`);
  const rows = page.getByTestId("entry-row");
  expect(await rows.count()).toBeGreaterThanOrEqual(12);

  // A value out of its unit's range is refused beside its row, and nothing is saved.
  await page.locator("#value-0").fill("-5");
  await page.getByRole("button", { name: /^Save / }).click();
  await expect(page.getByTestId("value-0-error")).toBeVisible();

  // Every KPI at its target: the scorecard for this month turns fully green.
  const count = await rows.count();
  for (let i = 0; i < count; i++) {
    const target = (await rows.nth(i).getAttribute("data-target")) ?? "";
    await page.locator(`#value-${i}`).fill(target);
  }
  await page.getByRole("button", { name: /^Save / }).click();
  await expect(page.getByTestId("grid-message")).toContainText(`Saved ${count} changed value`);

  // The scorecard opens on the last complete month; this month is one pick away.
  await page.goto(`/w/harbor-bakery/scorecard?month=${thisMonth()}`);
  await expect(page.getByTestId("score-overall-value")).toHaveText("100%");
  expect(overallBefore).not.toBe("100%");
  await expect(page.getByTestId("score-overall-rag")).toContainText(/green/i);

  // An admin deletes a KPI after confirming; its row is gone from the list.
  await page.goto("/w/harbor-bakery/kpis");
  const kpiRows = page.getByTestId("kpi-row");
  const before = await kpiRows.count();
  await page.getByTestId("delete-kpi").first().click();
  await page.locator("dialog[open]").getByTestId("confirm-delete-kpi").click();
  await expect(kpiRows).toHaveCount(before - 1);
});
