import { expect, test as base, type Page } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_USERS } from "../db/seed/accounts";

export const demo = { ...DEMO_USERS, password: DEMO_PASSWORD };

/** The sign-in page, as a user sees it. */
export class SignInPage {
  constructor(readonly page: Page) {}

  async goto(path = "/sign-in") {
    await this.page.goto(path);
  }

  async signIn(email: string, password: string) {
    await this.page.getByLabel("Email").fill(email);
    await this.page.getByLabel("Password").fill(password);
    await this.page.getByRole("button", { name: "Sign in" }).click();
  }

  /** Signs in and waits until the app has taken the visitor past the sign-in page. */
  async signInAs(email: string, password: string) {
    await this.goto();
    await this.signIn(email, password);
    await expect(this.page).not.toHaveURL(/\/sign-in/);
  }
}

export const test = base.extend<{ signInPage: SignInPage }>({
  signInPage: async ({ page }, use) => use(new SignInPage(page)),
});

export { expect };
