import { demo, expect, test } from "./fixtures";

test("the consultant signs in, sees three client workspaces, opens one and switches to another", async ({ page, signInPage }) => {
  await signInPage.goto();
  await signInPage.signIn(demo.consultant, demo.password);

  await expect(page).toHaveURL(/\/workspaces$/);
  const rows = page.getByTestId("workspaces-table").locator("tbody tr");
  await expect(rows).toHaveCount(3);

  await rows.filter({ hasText: "Harbor" }).getByRole("link").click();
  await expect(page).toHaveURL(/\/w\/harbor-bakery\/dashboard$/);
  const technologies = Number(await page.getByTestId("tile-status-value").textContent());
  expect(technologies).toBeGreaterThanOrEqual(8);
  await expect(page.getByTestId("tile-run-rate-value")).toHaveText(/^\$[\d,]+$/);

  await page.getByTestId("workspace-switcher").first().selectOption("precision-parts");
  await expect(page).toHaveURL(/\/w\/precision-parts\/dashboard$/);
  await expect(page.getByTestId("tile-run-rate-value")).toHaveText(/^[\d.]+\s€$/); // de-DE: "67.950 €"

  await page.getByRole("link", { name: "Settings" }).click();
  await expect(page).toHaveURL(/\/w\/precision-parts\/settings$/);
  await expect(page.getByTestId("settings-form")).toBeVisible();
});

test("a signed-out visitor is sent to sign in and brought back to the page they asked for", async ({ page, signInPage }) => {
  await page.goto("/w/ledger-and-co/dashboard");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
  await signInPage.signIn(demo.consultant, demo.password);
  await expect(page).toHaveURL(/\/w\/ledger-and-co\/dashboard$/);
});

test("a wrong password gets one generic message and no session", async ({ page, signInPage }) => {
  await signInPage.goto();
  await signInPage.signIn(demo.consultant, "not the password");
  await expect(page.getByTestId("form-message")).toHaveText("Wrong email or password.");
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto("/workspaces");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("sign-up validates beside each field, then creates the account and its first workspace", async ({ page }) => {
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill("Riley Newcomer");
  await page.getByLabel("Work email").fill("riley@");
  await page.getByLabel("Password").fill("short");
  await page.getByLabel("Workspace name").fill("Riley's Repairs");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByTestId("email-error")).toContainText("valid email");
  await expect(page.getByTestId("password-error")).toContainText("at least 8 characters");
  await expect(page.getByLabel("Your name")).toHaveValue("Riley Newcomer");

  await page.getByLabel("Work email").fill(`riley-${Date.now()}@example.com`);
  await page.getByLabel("Password").fill("a sturdy passphrase");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/w\/riley-s-repairs(-\d+)?\/dashboard$/);
  await expect(page.getByText("No technologies yet.")).toBeVisible();
  await expect(page.getByTestId("workspace-switcher").first()).toHaveValue(/riley-s-repairs/);
});
