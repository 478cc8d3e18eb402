import { demo, expect, test, unique } from "./fixtures";

// About signing in: every test here starts signed out and goes through the forms.

test("the consultant signs in, sees three client workspaces, opens one and switches to another", { tag: "@demo-workspaces" }, async ({ app, page }) => {
  await app.signInPage.open();
  await app.signInPage.signIn(demo.consultant, demo.password);
  await expect(page).toHaveURL(/\/workspaces$/);
  await expect(app.workspaces.rows).toHaveCount(3);

  await app.workspaces.rowNamed("Harbor").getByRole("link").click();
  const harbor = app.workspace("harbor-bakery");
  await expect(page).toHaveURL(harbor.urlOf("dashboard"));
  expect(Number(await harbor.dashboard.value("status").textContent())).toBeGreaterThanOrEqual(8);
  await expect(harbor.dashboard.value("run-rate")).toHaveText(/^\$[\d,]+$/);

  await page.getByTestId("workspace-switcher").first().selectOption("precision-parts");
  const precision = app.workspace("precision-parts");
  await expect(page).toHaveURL(precision.urlOf("dashboard"));
  await expect(precision.dashboard.value("run-rate")).toHaveText(/^[\d.]+\s€$/); // de-DE: "67.950 €"

  await app.navigate("Settings");
  await expect(page).toHaveURL(precision.urlOf("settings"));
  await expect(precision.settings.form).toBeVisible();
});

test("a signed-out visitor is sent to sign in and brought back to the page they asked for", async ({ app, page }) => {
  const ledger = app.workspace("ledger-and-co");
  await ledger.dashboard.open();
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
  await app.signInPage.signIn(demo.consultant, demo.password);
  await expect(page).toHaveURL(ledger.urlOf("dashboard"));
});

test("a wrong password gets one generic message and no session", async ({ app, page }) => {
  await app.signInPage.open();
  await app.signInPage.signIn(demo.consultant, "not the password");
  await expect(page.getByTestId("form-message")).toHaveText("Wrong email or password.");
  await expect(page).toHaveURL(/\/sign-in/);
  await app.workspaces.open();
  await expect(page).toHaveURL(/\/sign-in/);
});

test("sign-up validates beside each field, then creates the account and its first workspace", async ({ app, page }) => {
  const signUp = app.signUpPage;
  await signUp.open();
  await signUp.submit({ name: "Riley Newcomer", email: "riley@", password: "short", workspace: "Riley's Repairs" });
  await expect(page.getByTestId("email-error")).toContainText("valid email");
  await expect(page.getByTestId("password-error")).toContainText("at least 8 characters");
  await expect(signUp.form.name).toHaveValue("Riley Newcomer");

  await signUp.submit({ email: `${unique("riley")}@example.com`, password: "a sturdy passphrase" });
  await expect(page).toHaveURL(/\/w\/riley-s-repairs(-\d+)?\/dashboard$/);
  await expect(page.getByText("No technologies yet.")).toBeVisible();
  await expect(page.getByTestId("workspace-switcher").first()).toHaveValue(/riley-s-repairs/);
});
