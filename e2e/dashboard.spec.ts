import { formatPercent } from "../lib/format";
import { inputText } from "../lib/format/parse";
import { demo, expect, test } from "./fixtures";

/** 'YYYY-MM' of the month `back` months before this one, in local time like the app's month arithmetic. */
const monthBack = (back: number) => {
  const d = new Date();
  d.setDate(1);
  d.setMonth(d.getMonth() - back);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}`;
};
const lastMonth = () => monthBack(1);

test("the overview and the dashboard show the same ROI and NPV for the same workspace and month", async ({ page, signInPage }) => {
  await signInPage.signInAs(demo.consultant, demo.password);
  await expect(page).toHaveURL(/\/workspaces$/);
  for (const slug of ["harbor-bakery", "precision-parts", "ledger-and-co"]) {
    await page.goto("/workspaces");
    const row = page.getByTestId("workspace-row").filter({ has: page.locator(`a[href="/w/${slug}"], a[href^="/w/${slug}/"]`) });
    const roi = (await row.getByTestId("workspace-roi").textContent())!.trim();
    const npv = (await row.getByTestId("workspace-npv").textContent())!.trim();
    await page.goto(`/w/${slug}/dashboard`);
    // Both default to the last complete month, and say so.
    await expect(page.getByTestId("dashboard-month-nav").locator("select")).toHaveValue(lastMonth());
    await expect(page.getByTestId("tile-roi-value")).toHaveText(roi);
    await expect(page.getByTestId("tile-npv-value")).toHaveText(npv);
  }
});

test("the dashboard answers 'is it paying off?' and every headline explains itself", async ({ page, signInPage }) => {
  await signInPage.signInAs(demo.consultant, demo.password);
  await page.goto("/w/precision-parts/dashboard");

  for (const tile of ["roi", "npv", "irr", "payback", "run-rate", "tco", "status"]) {
    await expect(page.getByTestId(`tile-${tile}-value`)).toBeVisible();
  }
  // Precision Parts writes euros the German way.
  await expect(page.getByTestId("tile-run-rate-value")).toHaveText(/^[\d.]+\s€$/);
  await expect(page.getByTestId("tile-tco-value")).toHaveText(/^[\d.]+\s€$/);

  // "How is this computed?" opens with the keyboard and shows the formula behind the figure.
  const roiTile = page.getByTestId("tile-roi");
  await roiTile.getByText("How is this computed?").focus();
  await page.keyboard.press("Enter");
  await expect(roiTile.getByText(/benefit.*cost/i).first()).toBeVisible();

  // The slow panels stream in: the trend, spend by category, the TIME map with a dot per technology, the alerts.
  await expect(page.getByTestId("trend-chart")).toBeVisible();
  await expect(page.getByTestId("spend-by-category")).toBeVisible();
  const timeMap = page.getByTestId("time-map");
  await expect(timeMap).toBeVisible();
  expect(Number(await timeMap.getByTestId("time-map-dots").getAttribute("data-count"))).toBeGreaterThanOrEqual(7);
  await expect(page.getByTestId("alerts")).toBeVisible();

  // Pointing at a dot names its technology; clicking it opens the technology.
  const map = timeMap.locator("svg").first();
  await map.scrollIntoViewIfNeeded();
  const box = (await map.boundingBox())!;
  const dot = (await timeMap.getByTestId("time-map-dots").locator("path[d^=M]").first().getAttribute("d"))!;
  const [x, y] = dot.slice(1).split(/[ a]/).map(Number);
  const scale = box.width / 640; // the map's viewBox is 640 wide
  await page.mouse.move(box.x + (x + 3) * scale, box.y + y * scale);
  await expect(timeMap.getByTestId("time-map-dots").locator("text")).toBeVisible();
  await page.mouse.click(box.x + (x + 3) * scale, box.y + y * scale);
  await expect(page).toHaveURL(/\/w\/precision-parts\/portfolio\/[0-9a-f-]{36}$/);
});

test("entering a month's KPI values moves the dashboard and the scorecard to that month", async ({ page, signInPage }) => {
  await signInPage.signInAs(demo.consultant, demo.password);
  await page.goto("/w/precision-parts/dashboard");
  const full = formatPercent(1, "de-DE", 0); // Precision Parts is a de-DE workspace: "100 %"
  await expect(page.getByTestId("perspective-internal_process-score")).not.toHaveText(full);
  await page.goto(`/w/precision-parts/dashboard?month=${monthBack(2)}`);
  const earlier = await page.getByTestId("perspective-internal_process-score").textContent();

  // Every KPI at its target last month, the month the dashboard opens on.
  await page.goto(`/w/precision-parts/kpis/entry?month=${lastMonth()}`);
  const rows = page.getByTestId("entry-row");
  const count = await rows.count();
  expect(count).toBeGreaterThanOrEqual(10);
  for (let i = 0; i < count; i++) {
    // The target as stored (machine text), typed the way the workspace's locale writes it.
    await page.locator(`#value-${i}`).fill(inputText((await rows.nth(i).getAttribute("data-target")) ?? "", "de-DE"));
  }
  await page.getByRole("button", { name: /^Save / }).click();
  // Some KPIs may already sit at their target last month: those count as unchanged.
  await expect(page.getByTestId("grid-message")).toContainText(/Saved \d+ changed value/);

  // The dashboard opens on the last complete month: that one, with every perspective green.
  await page.goto("/w/precision-parts/dashboard");
  await expect(page.getByTestId("dashboard-month-nav").locator("select")).toHaveValue(lastMonth());
  for (const perspective of ["financial", "customer", "internal_process", "learning_growth"]) {
    await expect(page.getByTestId(`perspective-${perspective}-score`)).toHaveText(full);
  }
  await expect(page.getByTestId("perspective-internal_process").getByText(/green/i)).toBeVisible();

  await page.goto("/w/precision-parts/scorecard"); // it too shows the last complete month by default
  await expect(page.getByTestId("score-overall-value")).toHaveText(full);

  // Choosing last month with the selector shows the figures as they stood then.
  const nav = page.getByTestId("dashboard-month-nav");
  await page.goto("/w/precision-parts/dashboard");
  await nav.getByRole("link", { name: /←/ }).click();
  await expect(page).toHaveURL(/\?month=\d{4}-\d{2}$/);
  await expect(page.getByTestId("perspective-internal_process-score")).toHaveText(earlier!);
});
