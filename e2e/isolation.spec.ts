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
