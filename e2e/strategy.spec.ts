import { asRole, expect, test } from "./fixtures";

test.use(asRole("consultant"));

test("the alignment matrix is edited in place with the keyboard, and the flags follow", async ({ app, page }) => {
  const { goals } = app.workspace("precision-parts");
  await goals.open();
  await expect(goals.withoutGoal).toContainText("On-premise file server");

  // The old file server serves no goal: rate it 4 for the first goal and 2 for the second, by keyboard.
  await goals.rate("On-premise file server", [4, 2]);
  await expect(goals.message).toContainText("Saved 2 changes across 1 technology");

  await page.reload();
  const cells = goals.cells("On-premise file server");
  await expect(cells.nth(0)).toHaveAttribute("data-strength", "4");
  await expect(cells.nth(1)).toHaveAttribute("data-strength", "2");
  await expect(goals.withoutGoal).not.toContainText("On-premise file server");
});

test("scenarios side by side, a seeded Monte Carlo run, and the budget optimizer", async ({ app }) => {
  const { scenarios } = app.workspace("ledger-and-co");
  await scenarios.open();
  await expect(scenarios.cases).toHaveCount(3);

  // A gloomier pessimistic case lowers its NPV.
  const pessimistic = scenarios.case("pessimistic");
  const before = await pessimistic.npv.textContent();
  await pessimistic.setBenefitMultiplier("0.4");
  await expect(pessimistic.saved).toBeVisible();
  await expect(pessimistic.npv).not.toHaveText(before!);

  // The same seed gives the same distribution.
  await scenarios.runMonteCarlo();
  await expect(scenarios.histogram).toBeVisible();
  await expect(scenarios.p50).toHaveText(/£/);
  await expect(scenarios.probability).toHaveText(/%/);
  const p50 = await scenarios.p50.textContent();
  await scenarios.runMonteCarlo();
  await expect(scenarios.p50).toHaveText(p50!);

  // The budget optimizer, for the manufacturer's proposals.
  const { budget } = app.workspace("precision-parts");
  await budget.open();
  await budget.optimize("123456");
  await expect(budget.summary).toContainText("123.456 €"); // this run's plans, not the page's first ones
  await expect(budget.chosen.first()).toBeVisible();
  await budget.optimize("-5");
  await expect(budget.error).toBeVisible();
});

test("the strategy page: TIME quadrants, the value chain and the integration map lead to the technologies", async ({ app, page }) => {
  const harbor = app.workspace("harbor-bakery");
  const { strategy } = harbor;
  await strategy.open();
  await expect(strategy.quadrants).toHaveCount(4);
  await expect(strategy.valueChain.first()).toBeVisible();
  await expect(strategy.silos).toBeVisible();

  await strategy.integrationNodes.first().click();
  await expect(page).toHaveURL(harbor.urlOf("portfolio/<id>"));
  await expect(page.getByTestId("integrations-section")).toBeVisible();
  await expect(page.getByTestId("dependents-count")).toBeVisible();
});
