import { download, Section } from "./section";

/** Benefits realised against plan: `/benefits`, and one technology's before/after view. */
export class BenefitsPage extends Section {
  protected readonly path = "benefits";
  readonly rows = this.testId("benefits-row");

  row(technology: string) {
    return this.rows.filter({ hasText: technology });
  }

  beforeAfter(kpi: string) {
    return this.testId("before-after-kpi").filter({ hasText: kpi }).getByTestId("before-after-note");
  }

  async compareMonths(n: number) {
    await this.testId("before-after-n").fill(String(n));
    await this.page.getByRole("button", { name: "Compare" }).click();
  }
}

/** The monthly review: `/reports`. */
export class ReportsPage extends Section {
  protected readonly path = "reports";
  readonly report = this.testId("report");
  readonly headline = this.testId("report-headline");
  readonly improved = this.testId("report-improved").getByTestId("report-change-row");
  readonly printButton = this.testId("print-report");

  downloadKpiValues() {
    return download(this.page, this.testId("download-kpi-csv"));
  }

  async openQuarterlyReview() {
    await this.testId("open-quarterly-review").click();
  }
}
