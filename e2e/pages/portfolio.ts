import { expect } from "@playwright/test";
import { download, Section } from "./section";

/** The technology table: `/portfolio`. */
export class PortfolioPage extends Section {
  protected readonly path = "portfolio";
  readonly rows = this.page.locator("tbody tr");
  readonly names = this.page.locator("tbody tr td:first-child");
  readonly notice = this.testId("portfolio-notice");

  row(name: string) {
    return this.page.locator("tbody tr", { hasText: name });
  }

  async openTechnology(name: string) {
    await this.page.getByRole("link", { name }).click();
  }

  async openFirstTechnology() {
    await this.page.locator("tbody tr a").first().click();
  }

  async sortByName() {
    await this.page.getByRole("button", { name: /^Technology/ }).click();
  }

  exportCsv() {
    return download(this.page, this.page.getByRole("link", { name: "Export CSV" }));
  }
}

export interface Flow {
  amount: string;
  startMonth: string;
  category?: string;
  kind?: string;
}

/** The add/edit form of one technology: `/portfolio/new`. */
export class TechnologyForm extends Section {
  protected readonly path = "portfolio/new";
  private costs = 0;
  private benefits = 0;

  /** Fills the basic fields by their ids (`name`, `vendor`, `status`, `category`, `goLiveDate`, …). */
  async fill(fields: Record<string, string>) {
    for (const [id, value] of Object.entries(fields)) {
      const field = this.page.locator(`#${id}`);
      if ((await field.evaluate((el) => el.tagName)) === "SELECT") await field.selectOption(value);
      else await field.fill(value);
    }
  }

  async addCost(cost: Flow) {
    await this.page.getByRole("button", { name: "Add cost" }).click();
    await this.fillFlow(`costs-${this.costs++}`, cost);
  }

  async addBenefit(benefit: Flow) {
    await this.page.getByRole("button", { name: "Add benefit" }).click();
    await this.fillFlow(`benefits-${this.benefits++}`, benefit);
  }

  async save() {
    await this.testId("save-technology").click();
  }

  private async fillFlow(prefix: string, { category, kind, ...fields }: Flow) {
    if (category) await this.page.locator(`#${prefix}-category`).selectOption(category);
    if (kind) await this.page.locator(`#${prefix}-kind`).selectOption(kind);
    for (const [field, value] of Object.entries(fields)) await this.page.locator(`#${prefix}-${field}`).fill(value);
  }
}

/** One technology's own page. */
export class TechnologyPage extends Section {
  protected readonly path = "portfolio";
  readonly name = this.testId("technology-name");
  readonly costs = this.testId("technology-costs");
  readonly savedBanner = this.testId("saved-banner");

  async delete({ confirm }: { confirm: boolean }) {
    await this.testId("delete-technology").click();
    if (confirm) await this.testId("confirm-delete").click();
    else await this.page.getByRole("button", { name: "Cancel" }).click();
  }
}

/** CSV import and export of technologies: `/portfolio/import`. */
export class PortfolioImportPage extends Section {
  protected readonly path = "portfolio/import";
  readonly preview = this.testId("import-preview");
  readonly readWith = this.testId("import-read-with");

  downloadTemplate() {
    return download(this.page, this.page.getByRole("link", { name: /template/i }).first());
  }

  exportTechnologies() {
    return download(this.page, this.testId("export-technologies"));
  }

  /** Chooses a CSV and waits for its preview. */
  async upload(path: string) {
    await this.page.locator("#csv-file").setInputFiles(path);
    await expect(this.preview).toBeVisible();
  }

  /** Imports the previewed rows. */
  async submit() {
    await this.testId("import-submit").click();
    await expect(this.testId("import-success")).toBeVisible();
  }
}
