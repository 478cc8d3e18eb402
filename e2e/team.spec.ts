import { demo, expect, test } from "./fixtures";

test("the consultant's overview: every client with its figures, sortable, and a new client workspace", async ({ page, signInPage }) => {
  await signInPage.signInAs(demo.consultant, demo.password);
  await page.goto("/workspaces");
  const rows = page.getByTestId("workspace-row");
  await expect(rows).toHaveCount(3);
  await expect(rows.filter({ hasText: "Precision Parts" }).getByTestId("workspace-spend")).toContainText("€");

  await page.getByTestId("sort-roi").click();
  await expect(page).toHaveURL(/sort=roi/);
  await expect(rows).toHaveCount(3);

  // A name that is too short is refused beside the field; a good one opens the new, empty workspace.
  await page.getByTestId("new-workspace-name").fill("N");
  await page.getByTestId("new-workspace-submit").click();
  await expect(page.getByTestId("name-error")).toBeVisible();
  await page.getByTestId("new-workspace-name").fill("Northwind Dental");
  await page.getByTestId("new-workspace-submit").click();
  await expect(page).toHaveURL(/\/w\/northwind-dental\/dashboard$/);
  await expect(page.getByTestId("dashboard-empty")).toBeVisible();
});

test("settings change the currency everywhere at once, and the audit log records it", async ({ page, signInPage }) => {
  await signInPage.signInAs(demo.consultant, demo.password);
  await page.goto("/w/harbor-bakery/settings");
  await page.locator("#currency").selectOption("CAD");
  await page.getByTestId("settings-save").click();
  await expect(page.getByTestId("settings-message")).toBeVisible();

  await page.goto("/w/harbor-bakery/dashboard");
  await expect(page.getByTestId("tile-run-rate-value")).toHaveText(/^CA\$[\d,]+$/);

  await page.goto("/w/harbor-bakery/settings/audit");
  await expect(page.getByTestId("audit-row").filter({ hasText: /organization/i }).first()).toBeVisible();

  // Back to dollars for the other tests.
  await page.goto("/w/harbor-bakery/settings");
  await page.locator("#currency").selectOption("USD");
  await page.getByTestId("settings-save").click();
  await expect(page.getByTestId("settings-message")).toBeVisible();
});

test("a consultant invites a client user, who signs up through the link and sees only that workspace", async ({ page, signInPage }) => {
  await signInPage.signInAs(demo.consultant, demo.password);
  await page.goto("/w/ledger-and-co/settings/members");
  await page.getByTestId("invite-email").fill("riley.client@example.test");
  await page.getByTestId("invite-role").selectOption("viewer");
  await page.getByTestId("invite-submit").click();
  const link = await page.getByTestId("invite-link").inputValue();
  await expect(page.getByTestId("invitation-row").filter({ hasText: "riley.client@example.test" })).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);

  await page.goto(new URL(link).pathname);
  const form = page.getByTestId("invite-signup-form");
  await form.getByLabel("Your name").fill("Riley Client");
  await form.getByLabel("Password").fill("a long enough password");
  await form.getByRole("button", { name: /Create account and join/ }).click();
  await expect(page).toHaveURL(/\/w\/ledger-and-co\/dashboard$/);

  await page.goto("/workspaces");
  await expect(page.getByTestId("workspace-row")).toHaveCount(1);
  const other = await page.goto("/w/harbor-bakery/dashboard");
  expect(other?.status()).toBe(404);

  // The link is single use.
  await page.goto(new URL(link).pathname);
  await expect(page.getByTestId("invite-page")).toHaveAttribute("data-status", /accepted|unknown/);
});
