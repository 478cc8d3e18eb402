import { randomUUID } from "node:crypto";
import { expect, type Page } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_USERS } from "../../db/seed/accounts";

export type Role = keyof typeof DEMO_USERS;
export const demo = { ...DEMO_USERS, password: DEMO_PASSWORD };

/** The sign-in page, as a visitor sees it. */
export class SignInPage {
  constructor(readonly page: Page) {}

  async open(path = "/sign-in") {
    await this.page.goto(path);
  }

  async signIn(email: string, password: string) {
    await this.page.getByLabel("Email").fill(email);
    await this.page.getByLabel("Password").fill(password);
    await this.page.getByRole("button", { name: "Sign in" }).click();
  }

  /** Signs a demo user in through the form and waits until the app has taken them past it. */
  async signInAs(role: Role) {
    await this.open();
    await this.signIn(demo[role], demo.password);
    await expect(this.page).not.toHaveURL(/\/sign-in/);
  }
}

export interface NewAccount {
  name: string;
  email: string;
  password: string;
  workspace: string;
}

/** A name no other test (or earlier run) has used, for emails and workspace names. */
export const unique = (prefix: string) => `${prefix}-${Date.now()}-${randomUUID().slice(0, 6)}`;

/** The sign-up page: a new account and its first workspace. */
export class SignUpPage {
  readonly form;

  constructor(readonly page: Page) {
    this.form = {
      name: page.getByLabel("Your name"),
      email: page.getByLabel("Work email"),
      password: page.getByLabel("Password"),
      workspace: page.getByLabel("Workspace name"),
    };
  }

  async open() {
    await this.page.goto("/sign-up");
  }

  async submit(account: Partial<NewAccount>) {
    for (const [field, value] of Object.entries(account)) if (value !== undefined) await this.form[field as keyof NewAccount].fill(value);
    await this.page.getByRole("button", { name: "Create account" }).click();
  }

  /**
   * A fresh account with its own workspace, so the test's writes disturb no other test. Resolves to the
   * workspace's path (`/w/<slug>`) once its dashboard is open.
   */
  async createAccount(person: string, workspaceName: string): Promise<string> {
    await this.open();
    const stamp = unique(person.split(" ")[0].toLowerCase());
    await this.submit({ name: person, email: `${stamp}@example.com`, password: "a sturdy passphrase", workspace: `${workspaceName} ${stamp}` });
    await expect(this.page).toHaveURL(/\/dashboard$/);
    return new URL(this.page.url()).pathname.replace(/\/dashboard$/, "");
  }
}
