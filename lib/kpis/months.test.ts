import { expect, it } from "vitest";
import { currentPeriod, periodFromParam, shiftPeriod } from "./months";

it("reads ?month=YYYY-MM and ignores anything else", () => {
  expect(periodFromParam("2026-03")).toBe("2026-03-01");
  expect(periodFromParam("2026-13")).toBeNull();
  expect(periodFromParam(["2026-03"])).toBeNull();
  expect(periodFromParam(undefined)).toBeNull();
});

it("steps months across year ends", () => {
  expect(shiftPeriod("2026-01-01", -1)).toBe("2025-12-01");
  expect(shiftPeriod("2025-12-01", 1)).toBe("2026-01-01");
  expect(currentPeriod(new Date(Date.UTC(2026, 10, 23)))).toBe("2026-11-01");
});
