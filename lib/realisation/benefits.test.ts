import { describe, expect, it } from "vitest";
import { realisationStatus, REALISATION_THRESHOLDS } from "./benefits";

describe("realisationStatus", () => {
  it("uses the thresholds as inclusive lower bounds", () => {
    expect(REALISATION_THRESHOLDS).toEqual({ onPlan: 0.9, behindPlan: 0.6 });
    expect([1, 0.9, 0.8999, 0.6, 0.5999, 0].map(realisationStatus)).toEqual(["on_plan", "on_plan", "behind_plan", "behind_plan", "well_behind_plan", "well_behind_plan"]);
  });
});
