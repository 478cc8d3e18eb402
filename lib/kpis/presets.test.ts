import { expect, it } from "vitest";
import { kpiDirections, kpiUnits, perspectives } from "@/lib/domain/values";
import { kpiPresets } from "./presets";

it("offers at least 16 presets with unique keys and names, valid enums and a one-line description", () => {
  expect(kpiPresets.length).toBeGreaterThanOrEqual(16);
  expect(new Set(kpiPresets.map((p) => p.key)).size).toBe(kpiPresets.length);
  expect(new Set(kpiPresets.map((p) => p.name)).size).toBe(kpiPresets.length);
  for (const p of kpiPresets) {
    expect(perspectives).toContain(p.perspective);
    expect(kpiUnits).toContain(p.unit);
    expect(kpiDirections).toContain(p.direction);
    expect(p.description).toMatch(/^[^\n]{10,120}$/);
  }
  // Every perspective of the scorecard gets something to start from.
  expect(new Set(kpiPresets.map((p) => p.perspective))).toEqual(new Set(perspectives));
});
