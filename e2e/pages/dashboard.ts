import { Section } from "./section";

export const PERSPECTIVES = ["financial", "customer", "internal_process", "learning_growth"] as const;
export type Perspective = (typeof PERSPECTIVES)[number];

/** The dashboard: headline tiles, balanced-scorecard perspectives, the streamed panels. */
export class DashboardPage extends Section {
  protected readonly path = "dashboard";
  readonly monthNav = this.testId("dashboard-month-nav");
  readonly month = this.monthNav.locator("select");
  readonly timeMap = this.testId("time-map");
  readonly timeMapDots = this.timeMap.getByTestId("time-map-dots");

  /** A headline figure: `roi`, `npv`, `irr`, `payback`, `run-rate`, `tco`, `status`. */
  tile(name: string) {
    return this.testId(`tile-${name}`);
  }

  value(tile: string) {
    return this.testId(`tile-${tile}-value`);
  }

  perspective(name: Perspective) {
    return this.testId(`perspective-${name}`);
  }

  score(perspective: Perspective) {
    return this.testId(`perspective-${perspective}-score`);
  }

  async previousMonth() {
    await this.monthNav.getByRole("link", { name: /←/ }).click();
  }

  /** Where the TIME map draws its first technology's dot, in page coordinates. */
  async firstDot(): Promise<{ x: number; y: number }> {
    const map = this.timeMap.locator("svg").first();
    await map.scrollIntoViewIfNeeded();
    const box = (await map.boundingBox())!;
    const path = (await this.timeMapDots.locator("path[d^=M]").first().getAttribute("d"))!;
    const [x, y] = path.slice(1).split(/[ a]/).map(Number);
    const scale = box.width / 640; // the map's viewBox is 640 wide
    return { x: box.x + (x + 3) * scale, y: box.y + y * scale };
  }
}
