import type { Page } from "@playwright/test";
import { SignInPage, SignUpPage } from "./auth";
import { Workspace } from "./workspace";
import { WorkspacesPage } from "./workspaces";

/** Techfolio in one browser tab: the pages outside any workspace, and a way into each workspace. */
export class Techfolio {
  readonly signInPage;
  readonly signUpPage;
  readonly workspaces;
  readonly notFound;

  constructor(readonly page: Page) {
    this.signInPage = new SignInPage(page);
    this.signUpPage = new SignUpPage(page);
    this.workspaces = new WorkspacesPage(page);
    this.notFound = page.getByTestId("not-found-title");
  }

  workspace(slugOrPath: string): Workspace {
    return new Workspace(this.page, slugOrPath);
  }

  /** A fresh account's own workspace (see SignUpPage.createAccount). */
  async newAccount(person: string, workspaceName: string): Promise<Workspace> {
    return this.workspace(await this.signUpPage.createAccount(person, workspaceName));
  }

  /** Follows a link in the app's navigation. */
  async navigate(name: string) {
    await this.page.getByRole("link", { name, exact: true }).click();
  }

  async signOut() {
    await this.page.getByRole("button", { name: "Sign out" }).click();
  }
}
