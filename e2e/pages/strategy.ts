import { Section } from "./section";

/** Goals and the technology × goal alignment matrix: `/goals`. */
export class GoalsPage extends Section {
  protected readonly path = "goals";
  readonly withoutGoal = this.testId("technologies-without-goal");
  readonly message = this.testId("alignment-message");

  cells(technology: string) {
    return this.page.getByRole("row", { name: new RegExp(technology) }).getByTestId("alignment-cell");
  }

  /** Types one strength per goal into the technology's row, from the first goal rightwards, by keyboard. */
  async rate(technology: string, strengths: number[]) {
    await this.cells(technology).first().focus();
    for (const [i, strength] of strengths.entries()) {
      if (i > 0) await this.page.keyboard.press("ArrowRight");
      await this.page.keyboard.press(String(strength));
    }
    await this.testId("save-alignment").click();
  }
}

/** Optimistic, expected and pessimistic cases, and the Monte Carlo run: `/scenarios`. */
export class ScenariosPage extends Section {
  protected readonly path = "scenarios";
  readonly cases = this.testId("scenario-case");
  readonly p50 = this.testId("mc-p50");
  readonly probability = this.testId("mc-probability");
  readonly histogram = this.testId("mc-histogram");

  case(kind: "optimistic" | "expected" | "pessimistic") {
    const card = this.page.locator(`[data-testid="scenario-case"][data-kind="${kind}"]`);
    return {
      npv: card.getByTestId("scenario-npv"),
      saved: card.getByText("Saved; the figures are updated."),
      setBenefitMultiplier: async (value: string) => {
        await card.getByTestId("benefitMultiplier").fill(value);
        await card.getByRole("button", { name: "Save case" }).click();
      },
    };
  }

  async runMonteCarlo() {
    await this.testId("run-monte-carlo").click();
  }
}

/** The budget optimizer for proposed technologies: `/scenarios/budget`. */
export class BudgetPage extends Section {
  protected readonly path = "scenarios/budget";
  readonly chosen = this.testId("plan-optimal").getByTestId("plan-chosen-row");
  readonly error = this.testId("budget-error");
  /** "For a budget of …": names the budget of the plans on screen (the page opens with its own default's). */
  readonly summary = this.page.getByText(/^For a budget of/);

  async optimize(budget: string) {
    await this.testId("budget-input").fill(budget);
    await this.testId("optimize").click();
  }
}

/** TIME quadrants, the value chain and the integration map: `/strategy`. */
export class StrategyPage extends Section {
  protected readonly path = "strategy";
  readonly quadrants = this.testId("quadrant-list");
  readonly valueChain = this.testId("value-chain-activity");
  readonly silos = this.testId("silo-list");
  readonly integrationNodes = this.testId("integration-node");
}
