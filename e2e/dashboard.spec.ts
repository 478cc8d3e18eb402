import { formatPercent } from "../lib/format";
import { asRole, expect, monthsAgo, PERSPECTIVES, test } from "./fixtures";

test.use(asRole("consultant"));

test("the overview and the dashboard show the same ROI and NPV for the same workspace and month", { tag: "@demo-workspaces" }, async ({ app }) => {
  for (const slug of ["harbor-bakery", "precision-parts", "ledger-and-co"]) {
    await app.workspaces.open();
    const { roi, npv } = await app.workspaces.figures(slug);
    const { dashboard } = app.workspace(slug);
    await dashboard.open();
    // Both default to the last complete month, and say so.
    await expect(dashboard.month).toHaveValue(monthsAgo(1));
    await expect(dashboard.value("roi")).toHaveText(roi);
    await expect(dashboard.value("npv")).toHaveText(npv);
  }
});

test("the dashboard answers 'is it paying off?' and every headline explains itself", async ({ app, page }) => {
  const precision = app.workspace("precision-parts");
  const { dashboard } = precision;
  await dashboard.open();

  for (const tile of ["roi", "npv", "irr", "payback", "run-rate", "tco", "status"]) {
    await expect(dashboard.value(tile)).toBeVisible();
  }
  // Precision Parts writes euros the German way.
  await expect(dashboard.value("run-rate")).toHaveText(/^[\d.]+\s€$/);
  await expect(dashboard.value("tco")).toHaveText(/^[\d.]+\s€$/);

  // "How is this computed?" opens with the keyboard and shows the formula behind the figure.
  await dashboard.tile("roi").getByText("How is this computed?").focus();
  await page.keyboard.press("Enter");
  await expect(dashboard.tile("roi").getByText(/benefit.*cost/i).first()).toBeVisible();

  // The slow panels stream in: the trend, spend by category, the TIME map with a dot per technology, the alerts.
  for (const panel of ["trend-chart", "spend-by-category", "time-map", "alerts"]) await expect(page.getByTestId(panel)).toBeVisible();
  expect(Number(await dashboard.timeMapDots.getAttribute("data-count"))).toBeGreaterThanOrEqual(7);

  // Pointing at a dot names its technology; clicking it opens the technology.
  const dot = await dashboard.firstDot();
  await page.mouse.move(dot.x, dot.y);
  await expect(dashboard.timeMapDots.locator("text")).toBeVisible();
  await page.mouse.click(dot.x, dot.y);
  await expect(page).toHaveURL(precision.urlOf("portfolio/<id>"));
});

test("entering a month's KPI values moves the dashboard and the scorecard to that month", async ({ app, page }) => {
  const { dashboard, kpiEntry, scorecard } = app.workspace("precision-parts");
  const full = formatPercent(1, "de-DE", 0); // Precision Parts is a de-DE workspace: "100 %"
  await dashboard.open();
  await expect(dashboard.score("internal_process")).not.toHaveText(full);
  await dashboard.open({ month: monthsAgo(2) });
  const earlier = await dashboard.score("internal_process").textContent();

  // Every KPI at its target last month, the month the dashboard opens on, typed the way de-DE writes numbers.
  await kpiEntry.open({ month: monthsAgo(1) });
  expect(await kpiEntry.fillEveryTarget("de-DE")).toBeGreaterThanOrEqual(10);
  await kpiEntry.save();
  // Some KPIs may already sit at their target last month: those count as unchanged.
  await expect(kpiEntry.message).toContainText(/Saved \d+ changed value/);

  // The dashboard opens on the last complete month: that one, with every perspective green.
  await dashboard.open();
  await expect(dashboard.month).toHaveValue(monthsAgo(1));
  for (const perspective of PERSPECTIVES) await expect(dashboard.score(perspective)).toHaveText(full);
  await expect(dashboard.perspective("internal_process").getByText(/green/i)).toBeVisible();

  await scorecard.open(); // it too shows the last complete month by default
  await expect(scorecard.overall).toHaveText(full);

  // Choosing the month before with the selector shows the figures as they stood then.
  await dashboard.open();
  await dashboard.previousMonth();
  await expect(page).toHaveURL(/\?month=\d{4}-\d{2}$/);
  await expect(dashboard.score("internal_process")).toHaveText(earlier!);
});
