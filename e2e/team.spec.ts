import { asRole, expect, test } from "./fixtures";

test.use(asRole("consultant"));

test("the consultant's overview: every client with its figures, sortable, and a new client workspace", { tag: "@demo-workspaces" }, async ({ app, page }) => {
  const { workspaces } = app;
  await workspaces.open();
  await expect(workspaces.rows).toHaveCount(3);
  await expect(workspaces.rowNamed("Precision Parts").getByTestId("workspace-spend")).toContainText("€");

  await workspaces.sortBy("roi");
  await expect(page).toHaveURL(/sort=roi/);
  await expect(workspaces.rows).toHaveCount(3);

  // A name that is too short is refused beside the field; a good one opens the new, empty workspace.
  await workspaces.createWorkspace("N");
  await expect(page.getByTestId("name-error")).toBeVisible();
  await workspaces.createWorkspace("Northwind Dental");
  await expect(page).toHaveURL(app.workspace("northwind-dental").urlOf("dashboard"));
  await expect(page.getByTestId("dashboard-empty")).toBeVisible();
});

test("settings change the currency everywhere at once, and the audit log records it", { tag: "@demo-workspaces" }, async ({ app }) => {
  const { settings, dashboard, audit } = app.workspace("harbor-bakery");
  await settings.open();
  await settings.change({ currency: "CAD" });

  await dashboard.open();
  await expect(dashboard.value("run-rate")).toHaveText(/^CA\$[\d,]+$/);

  await audit.open();
  await expect(audit.rows.filter({ hasText: /organization/i }).first()).toBeVisible();

  // Back to dollars for the other tests.
  await settings.open();
  await settings.change({ currency: "USD" });
});

test("a consultant invites a client user, who signs up through the link and sees only that workspace", async ({ app, page }) => {
  const { members } = app.workspace("ledger-and-co");
  await members.open();
  const link = await members.invite("riley.client@example.test", "viewer");
  await expect(members.invitations.filter({ hasText: "riley.client@example.test" })).toBeVisible();

  await app.signOut();
  await expect(page).toHaveURL(/\/sign-in/);

  await page.goto(link);
  const form = page.getByTestId("invite-signup-form");
  await form.getByLabel("Your name").fill("Riley Client");
  await form.getByLabel("Password").fill("a long enough password");
  await form.getByRole("button", { name: /Create account and join/ }).click();
  await expect(page).toHaveURL(app.workspace("ledger-and-co").urlOf("dashboard"));

  await app.workspaces.open();
  await expect(app.workspaces.rows).toHaveCount(1);
  expect((await app.workspace("harbor-bakery").dashboard.open())?.status()).toBe(404);

  // The link is single use.
  await page.goto(link);
  await expect(page.getByTestId("invite-page")).toHaveAttribute("data-status", /accepted|unknown/);
});
