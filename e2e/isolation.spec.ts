import { demo, expect, test } from "./fixtures";

test("a viewer typing another workspace's URL gets the not-found page", async ({ page, signInPage }) => {
  await signInPage.goto();
  await signInPage.signIn(demo.viewer, demo.password);
  await expect(page).toHaveURL(/\/workspaces$/);
  await expect(page.getByTestId("workspaces-table").locator("tbody tr")).toHaveCount(1);

  for (const path of ["/w/precision-parts/dashboard", "/w/precision-parts/settings", "/w/no-such-workspace/dashboard"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByTestId("not-found-title")).toBeVisible();
  }

  await page.goto("/w/harbor-bakery/dashboard");
  await expect(page.getByText("viewer", { exact: true }).first()).toBeVisible();
});

test("a viewer reads the portfolio but gets no editing: no controls, and not-allowed for the edit pages", async ({ page, signInPage }) => {
  await signInPage.signInAs(demo.viewer, demo.password);
  await page.goto("/w/harbor-bakery/portfolio");
  await expect(page.locator("tbody tr").first()).toBeVisible();
  await expect(page.getByRole("link", { name: "Add technology" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Import CSV" })).toHaveCount(0);

  await page.locator("tbody tr a").first().click();
  await expect(page.getByTestId("technology-name")).toBeVisible();
  await expect(page.getByTestId("edit-technology")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Delete" })).toHaveCount(0);
  const detail = page.url();

  for (const path of [`${detail}/edit`, "/w/harbor-bakery/portfolio/new", "/w/harbor-bakery/portfolio/import"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByTestId("forbidden-role")).toContainText("needs the member role");
  }
  const missing = await page.goto("/w/harbor-bakery/portfolio/00000000-0000-4000-8000-000000000000");
  expect(missing?.status()).toBe(404);
});
