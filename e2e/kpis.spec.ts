import { asRole, expect, monthsAgo, test } from "./fixtures";

// Harbor Bakery's own owner keeps its KPIs.
test.use(asRole("owner"));

test("enter this month's KPI values in the grid, and the scorecard moves to them", async ({ app }) => {
  const { kpiEntry, kpis, scorecard } = app.workspace("harbor-bakery");
  const thisMonth = monthsAgo(0);
  await scorecard.open();
  const overallBefore = await scorecard.overall.textContent();

  await kpiEntry.open({ month: thisMonth });
  expect(await kpiEntry.rows.count()).toBeGreaterThanOrEqual(12);

  // A value out of its unit's range is refused beside its row, and nothing is saved.
  await kpiEntry.value(0).fill("-5");
  await kpiEntry.save();
  await expect(kpiEntry.error(0)).toBeVisible();

  // Every KPI at its target: the scorecard for this month turns fully green.
  const count = await kpiEntry.fillEveryTarget();
  await kpiEntry.save();
  await expect(kpiEntry.message).toContainText(`Saved ${count} changed value`);

  // The scorecard opens on the last complete month; this month is one pick away.
  await scorecard.open({ month: thisMonth });
  await expect(scorecard.overall).toHaveText("100%");
  expect(overallBefore).not.toBe("100%");
  await expect(scorecard.overallRag).toContainText(/green/i);

  // An owner deletes a KPI after confirming; its row is gone from the list.
  await kpis.open();
  const before = await kpis.rows.count();
  await kpis.deleteFirst();
  await expect(kpis.rows).toHaveCount(before - 1);
});
