import { inputText } from "../../lib/format/parse";
import type { Locale } from "../../lib/format";
import { Section } from "./section";

/** The monthly KPI entry grid: `/kpis/entry?month=YYYY-MM`. */
export class KpiEntryPage extends Section {
  protected readonly path = "kpis/entry";
  readonly rows = this.testId("entry-row");
  readonly message = this.testId("grid-message");

  value(row: number) {
    return this.page.locator(`#value-${row}`);
  }

  error(row: number) {
    return this.testId(`value-${row}-error`);
  }

  /** Types every KPI's target as its value, written the way the workspace's locale writes numbers. */
  async fillEveryTarget(locale?: Locale): Promise<number> {
    const count = await this.rows.count();
    for (let i = 0; i < count; i++) {
      const target = (await this.rows.nth(i).getAttribute("data-target")) ?? "";
      await this.value(i).fill(locale ? inputText(target, locale) : target);
    }
    return count;
  }

  async save() {
    await this.page.getByRole("button", { name: /^Save / }).click();
  }
}

/** The KPI list, with its templates: `/kpis`. */
export class KpiListPage extends Section {
  protected readonly path = "kpis";
  readonly rows = this.testId("kpi-row");
  readonly templateRows = this.testId("template-add");

  async deleteFirst() {
    await this.testId("delete-kpi").first().click();
    await this.page.locator("dialog[open]").getByTestId("confirm-delete-kpi").click();
  }

  async previewTemplatesFrom(workspaceName: string) {
    await this.testId("open-templates").click();
    await this.testId("template-source").selectOption({ label: workspaceName });
    await this.page.getByRole("button", { name: /preview|show/i }).first().click();
  }

  async applyTemplates() {
    await this.testId("template-apply").click();
  }
}

/** The balanced scorecard: `/scorecard`. */
export class ScorecardPage extends Section {
  protected readonly path = "scorecard";
  readonly overall = this.testId("score-overall-value");
  readonly overallRag = this.testId("score-overall-rag");
  readonly kpis = this.testId("scorecard-kpi");

  perspective(name: string) {
    return this.testId(`score-${name}`);
  }
}
