import type { Page } from "@playwright/test";

/** The overview of every workspace the user belongs to, with its figures: `/workspaces`. */
export class WorkspacesPage {
  readonly rows;
  readonly newName;

  constructor(readonly page: Page) {
    this.rows = page.getByTestId("workspace-row");
    this.newName = page.getByTestId("new-workspace-name");
  }

  async open() {
    await this.page.goto("/workspaces");
  }

  /** The row of the workspace with this slug. */
  row(slug: string) {
    return this.rows.filter({ has: this.page.locator(`a[href="/w/${slug}"], a[href^="/w/${slug}/"]`) });
  }

  rowNamed(name: string) {
    return this.rows.filter({ hasText: name });
  }

  async figures(slug: string) {
    const row = this.row(slug);
    const text = async (id: string) => (await row.getByTestId(id).textContent())!.trim();
    return { roi: await text("workspace-roi"), npv: await text("workspace-npv") };
  }

  async sortBy(column: "roi" | "npv" | "spend") {
    await this.page.getByTestId(`sort-${column}`).click();
  }

  async createWorkspace(name: string) {
    await this.newName.fill(name);
    await this.page.getByTestId("new-workspace-submit").click();
  }
}
