import { asRole, expect, test } from "./fixtures";

test.use(asRole("viewer"));

test("a viewer typing another workspace's URL gets the not-found page", async ({ app, page }) => {
  await app.workspaces.open();
  await expect(app.workspaces.rows).toHaveCount(1);

  for (const path of ["/w/precision-parts/dashboard", "/w/precision-parts/settings", "/w/no-such-workspace/dashboard"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(app.notFound).toBeVisible();
  }

  await app.workspace("harbor-bakery").dashboard.open();
  await expect(page.getByText("viewer", { exact: true }).first()).toBeVisible();
});

test("a viewer reads the portfolio but gets no editing: no controls, and not-allowed for the edit pages", async ({ app, page }) => {
  const harbor = app.workspace("harbor-bakery");
  await harbor.portfolio.open();
  await expect(harbor.portfolio.rows.first()).toBeVisible();
  for (const link of ["Add technology", "Import CSV"]) await expect(page.getByRole("link", { name: link })).toHaveCount(0);

  await harbor.portfolio.openFirstTechnology();
  await expect(harbor.technology.name).toBeVisible();
  await expect(page.getByTestId("edit-technology")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Delete" })).toHaveCount(0);
  const detail = new URL(page.url()).pathname;

  for (const path of [`${detail}/edit`, harbor.newTechnology.url, harbor.portfolioImport.url]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByTestId("forbidden-role")).toContainText("needs the member role");
  }
  const missing = await page.goto(`${harbor.portfolio.url}/00000000-0000-4000-8000-000000000000`);
  expect(missing?.status()).toBe(404);
});
