import { expect } from "@playwright/test";
import { Section } from "./section";

/** The ledger of actual payments: `/actuals`. */
export class ActualsPage extends Section {
  protected readonly path = "actuals";
  readonly rows = this.testId("ledger-row");

  row(payee: string) {
    return this.rows.filter({ hasText: payee });
  }
}

/** Importing a bank or accounting export: `/actuals/import`. */
export class ActualsImportPage extends Section {
  protected readonly path = "actuals/import";
  readonly fileError = this.testId("import-file-error");
  readonly suggestions = this.testId("rule-suggestions");
  readonly summary = this.testId("bank-import-summary");
  readonly preview = this.testId("import-preview");
  readonly success = this.testId("import-success");
  readonly history = this.testId("import-history");

  /** Chooses a CSV (given as its text) and waits until the server has read it. */
  async upload(name: string, text: string) {
    await this.page.locator("#bank-file").setInputFiles({ name, mimeType: "text/csv", buffer: Buffer.from(text, "utf8") });
    await this.settled();
    await expect(this.testId("import-summary")).toContainText(`Checked ${name}`);
  }

  /** Chooses the file's column for a field (`date`, `payee`, `description`, `amount`, `debit`, `credit`, …); the file is read again. */
  async mapColumn(field: string, column: string) {
    await this.page.locator(`#map-${field}`).selectOption(column);
    await this.settled();
  }

  /** Ticks the suggested rule whose text names this payee pattern and technology. */
  async acceptRule(text: string | RegExp) {
    await this.suggestions.locator("li", { hasText: text }).getByRole("checkbox").check();
  }

  /** Imports the file and waits for the answer; resolves to how many payments it added and skipped. */
  async submit(): Promise<{ added: number; duplicates: number }> {
    await this.testId("import-submit").click();
    await expect(this.success).toBeVisible();
    return { added: Number(await this.success.getAttribute("data-added")), duplicates: Number(await this.success.getAttribute("data-duplicates")) };
  }

  async importAnother() {
    await this.page.getByRole("button", { name: "Import another file" }).click();
  }

  /** Waits while the file is being read (the choices are disabled meanwhile). */
  private async settled() {
    await expect(this.testId("import-checking")).toHaveCount(0);
  }
}
