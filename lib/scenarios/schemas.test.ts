import { describe, expect, it } from "vitest";
import { goalSchema } from "@/lib/goals/schemas";
import { runMonteCarloSchema, saveScenarioSchema } from "./schemas";

const GERMAN = "Enter a number written like 1.234,56 (“,” before the decimals).";
const AMERICAN = "Enter a number written like 1,234.56 (“.” before the decimals).";
const messages = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

describe("a scenario case's settings, read by the workspace's locale", () => {
  const settings = { scope: "portfolio", kind: "likely", benefitMultiplier: "1,2", costMultiplier: "1,15", delayMonths: "3", adoptionRate: "0,8" };

  it("de-DE: decimals after a comma", () => {
    expect(saveScenarioSchema("de-DE").parse(settings)).toMatchObject({ benefitMultiplier: 1.2, costMultiplier: 1.15, delayMonths: 3, adoptionRate: 0.8 });
  });

  it("en-US: the same text is refused, never read as 12 or 115", () => {
    expect(messages(saveScenarioSchema("en-US").safeParse(settings))).toEqual({ benefitMultiplier: AMERICAN, costMultiplier: AMERICAN, adoptionRate: AMERICAN });
  });

  it("keeps its other messages, with the locale's examples", () => {
    const result = saveScenarioSchema("de-DE").safeParse({ ...settings, benefitMultiplier: "", delayMonths: "1,5", adoptionRate: "1,5", costMultiplier: "1.2" });
    expect(messages(result)).toEqual({
      benefitMultiplier: "Enter the benefit multiplier as a number, e.g. 1,2.",
      costMultiplier: GERMAN,
      delayMonths: "Enter the delay as a whole number of months.",
      adoptionRate: "The adoption rate is a share from 0 to 1, e.g. 0,8.",
    });
  });

  it("takes JSON numbers as machine numbers", () => {
    expect(saveScenarioSchema("fr-FR").parse({ ...settings, benefitMultiplier: 1.2, costMultiplier: 1.15, adoptionRate: 0.8 })).toMatchObject({ benefitMultiplier: 1.2, adoptionRate: 0.8 });
  });

  it("reads a Monte Carlo seed the same way", () => {
    expect(runMonteCarloSchema("de-DE").parse({ distribution: "pert", seed: "1.234" })).toMatchObject({ seed: 1234 });
    expect(messages(runMonteCarloSchema("en-US").safeParse({ distribution: "pert", seed: "1.234" }))).toEqual({ seed: "Enter the seed as a whole number, e.g. 42." });
  });
});

describe("a goal's weight, read by the workspace's locale", () => {
  const goal = { title: "Grow", perspective: "financial", targetText: "More", weight: "" };
  it.each([
    ["de-DE", "30", 30],
    ["de-DE", "1.000", "Enter the weight as a whole number from 0 to 100."],
    ["de-DE", "12,5", "Enter the weight as a whole number from 0 to 100."],
    ["en-US", "12,5", AMERICAN],
    ["nl-NL", "1,234,5", "Enter a number written like 1.234,56 (“,” before the decimals)."],
  ] as const)("%s: %j → %j", (locale, weight, want) => {
    const result = goalSchema(locale).safeParse({ ...goal, weight });
    if (typeof want === "number") expect(result.data?.weight).toBe(want);
    else expect(messages(result)).toEqual({ weight: want });
  });
});
