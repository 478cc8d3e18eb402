import { demo, expect, test } from "./fixtures";

test("the alignment matrix is edited in place with the keyboard, and the flags follow", async ({ page, signInPage }) => {
  await signInPage.signInAs(demo.consultant, demo.password);
  await page.goto("/w/precision-parts/goals");
  await expect(page.getByTestId("technologies-without-goal")).toContainText("On-premise file server");

  // The old file server serves no goal: rate it 4 for the first goal and 2 for the second, by keyboard.
  const row = page.getByRole("row", { name: /On-premise file server/ });
  await row.getByTestId("alignment-cell").first().focus();
  await page.keyboard.press("4");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("2");
  await page.getByTestId("save-alignment").click();
  await expect(page.getByTestId("alignment-message")).toContainText("Saved 2 changes across 1 technology");

  await page.reload();
  const cells = page.getByRole("row", { name: /On-premise file server/ }).getByTestId("alignment-cell");
  await expect(cells.nth(0)).toHaveAttribute("data-strength", "4");
  await expect(cells.nth(1)).toHaveAttribute("data-strength", "2");
  await expect(page.getByTestId("technologies-without-goal")).not.toContainText("On-premise file server");
});

test("scenarios side by side, a seeded Monte Carlo run, and the budget optimizer", async ({ page, signInPage }) => {
  await signInPage.signInAs(demo.consultant, demo.password);
  await page.goto("/w/ledger-and-co/scenarios");
  await expect(page.getByTestId("scenario-case")).toHaveCount(3);

  // A gloomier pessimistic case lowers its NPV.
  const pessimistic = page.locator('[data-testid="scenario-case"][data-kind="pessimistic"]');
  const before = await pessimistic.getByTestId("scenario-npv").textContent();
  await pessimistic.getByTestId("benefitMultiplier").fill("0.4");
  await pessimistic.getByRole("button", { name: "Save case" }).click();
  await expect(pessimistic.getByText("Saved; the figures are updated.")).toBeVisible();
  await expect(pessimistic.getByTestId("scenario-npv")).not.toHaveText(before!);

  // The same seed gives the same distribution.
  await page.getByTestId("run-monte-carlo").click();
  await expect(page.getByTestId("mc-histogram")).toBeVisible();
  await expect(page.getByTestId("mc-p50")).toHaveText(/£/);
  await expect(page.getByTestId("mc-probability")).toHaveText(/%/);
  const p50 = await page.getByTestId("mc-p50").textContent();
  await page.getByTestId("run-monte-carlo").click();
  await expect(page.getByTestId("mc-p50")).toHaveText(p50!);

  // The budget optimizer, for the manufacturer's proposals.
  await page.goto("/w/precision-parts/scenarios/budget");
  await page.getByTestId("budget-input").fill("1000000");
  await page.getByTestId("optimize").click();
  await expect(page.getByTestId("plan-optimal").getByTestId("plan-chosen-row").first()).toBeVisible();
  await page.getByTestId("budget-input").fill("-5");
  await page.getByTestId("optimize").click();
  await expect(page.getByTestId("budget-error")).toBeVisible();
});

test("the strategy page: TIME quadrants, the value chain and the integration map lead to the technologies", async ({ page, signInPage }) => {
  await signInPage.signInAs(demo.consultant, demo.password);
  await page.goto("/w/harbor-bakery/strategy");
  await expect(page.getByTestId("quadrant-list")).toHaveCount(4);
  await expect(page.getByTestId("value-chain-activity").first()).toBeVisible();
  await expect(page.getByTestId("silo-list")).toBeVisible();

  await page.getByTestId("integration-node").first().click();
  await expect(page).toHaveURL(/\/w\/harbor-bakery\/portfolio\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId("integrations-section")).toBeVisible();
  await expect(page.getByTestId("dependents-count")).toBeVisible();
});
