import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { directedChange, realisedBenefitCents, realisedParts, type RealisedClaim } from "./index";
import { codeOf } from "./testing";

describe("directedChange", () => {
  it("higher is better: value − baseline", () => {
    expect(directedChange({ value: 21, baseline: 6, direction: "higher" })).toBe(15);
    expect(directedChange({ value: 4, baseline: 6, direction: "higher" })).toBe(-2);
  });

  it("lower is better: baseline − value, so a fall is a gain", () => {
    expect(directedChange({ value: 6.5, baseline: 8, direction: "lower" })).toBe(1.5);
    expect(directedChange({ value: 9, baseline: 8, direction: "lower" })).toBe(-1);
  });

  it("no change at the baseline", () => {
    expect(directedChange({ value: 8, baseline: 8, direction: "lower" })).toBe(0);
    expect(directedChange({ value: 8, baseline: 8, direction: "higher" })).toBe(0);
  });

  it("refuses non-finite values and an unknown direction", () => {
    expect(() => directedChange({ value: Number.NaN, baseline: 1, direction: "higher" })).toThrow("value must be a finite number, got NaN");
    expect(() => directedChange({ value: 1, baseline: Number.POSITIVE_INFINITY, direction: "lower" })).toThrow("baseline must be a finite number, got Infinity");
    expect(() => directedChange({ value: 1, baseline: 0, direction: "up" as never })).toThrow('direction must be "higher" or "lower", got up');
  });
});

describe("realisedBenefitCents: KPI × financial proxy on fixtures", () => {
  it("accountants' chatbot: cost per contact fell from €8.00 to €6.50, 1,200 contacts a month", () => {
    // One euro less per contact is worth 1,200 contacts × €1 = €1,200 a month.
    expect(realisedBenefitCents({ value: 6.5, baseline: 8, direction: "lower", valuePerUnitCents: 120_000 })).toBe(180_000);
  });

  it("café online ordering: 340 orders a month against 120 before, €4.20 margin an order", () => {
    expect(realisedBenefitCents({ value: 340, baseline: 120, direction: "higher", valuePerUnitCents: 420 })).toBe(92_400);
  });

  it("negative when the KPI got worse, never clamped", () => {
    // Downtime rose from 10 h to 13 h a month; an hour of downtime costs €250.
    expect(realisedBenefitCents({ value: 13, baseline: 10, direction: "lower", valuePerUnitCents: 25_000 })).toBe(-75_000);
    expect(realisedBenefitCents({ value: 100, baseline: 120, direction: "higher", valuePerUnitCents: 420 })).toBe(-8_400);
  });

  it("far beyond target is not capped either", () => {
    expect(realisedBenefitCents({ value: 10_120, baseline: 120, direction: "higher", valuePerUnitCents: 420 })).toBe(4_200_000);
  });

  it("rounds once, half-even, to whole cents", () => {
    // 0.125 units × 100 cents = 12.5 → 12; 0.375 × 100 = 37.5 → 38.
    expect(realisedBenefitCents({ value: 0.125, baseline: 0, direction: "higher", valuePerUnitCents: 100 })).toBe(12);
    expect(realisedBenefitCents({ value: 0.375, baseline: 0, direction: "higher", valuePerUnitCents: 100 })).toBe(38);
    expect(realisedBenefitCents({ value: 0, baseline: 0.125, direction: "higher", valuePerUnitCents: 100 })).toBe(-12);
  });

  it("zero at the baseline", () => {
    expect(realisedBenefitCents({ value: 7, baseline: 7, direction: "higher", valuePerUnitCents: 999 })).toBe(0);
    expect(Object.is(realisedBenefitCents({ value: 7, baseline: 7, direction: "lower", valuePerUnitCents: 999 }), 0)).toBe(true);
  });

  it("refuses a value per unit that is not a positive whole number of cents", () => {
    const reading = { value: 2, baseline: 1, direction: "higher" as const };
    expect(() => realisedBenefitCents({ ...reading, valuePerUnitCents: 0 })).toThrow("valuePerUnitCents must be greater than 0, got 0");
    expect(codeOf(() => realisedBenefitCents({ ...reading, valuePerUnitCents: -5 }))).toBe("INVALID_INPUT");
    expect(() => realisedBenefitCents({ ...reading, valuePerUnitCents: 1.5 })).toThrow("valuePerUnitCents must be an integer number of cents, got 1.5");
    expect(realisedBenefitCents({ ...reading, valuePerUnitCents: 1 })).toBe(1);
  });
});

const claim = (valuePerUnitCents: number, plannedBenefitCents = 0, monthsLive: number | null = 0): RealisedClaim => ({
  valuePerUnitCents,
  plannedBenefitCents,
  monthsLive,
});

describe("realisedParts: one KPI's month split between technologies", () => {
  it("one technology takes the whole change", () => {
    const [part] = realisedParts({ value: 6.5, baseline: 8, direction: "lower", attribution: "equal" }, [claim(120_000)]);
    expect(part).toEqual({ share: 1, units: 1.5, cents: 180_000 });
  });

  it("equal split of a rise valued alike: the cents add up to the whole", () => {
    const parts = realisedParts({ value: 101, baseline: 100, direction: "higher", attribution: "equal" }, [claim(100), claim(100), claim(100)]);
    expect(parts.map((p) => p.cents)).toEqual([34, 33, 33]);
    expect(parts.map((p) => p.units)).toEqual([1 / 3, 1 / 3, 1 / 3]);
  });

  it("weighted by planned benefit, each part at its own value per unit", () => {
    // Contacts deflected up 200 a month; the chatbot planned three times what the help centre did.
    const parts = realisedParts({ value: 700, baseline: 500, direction: "higher", attribution: "weighted" }, [claim(400, 30_000), claim(500, 10_000)]);
    expect(parts).toEqual([
      { share: 0.75, units: 150, cents: 60_000 },
      { share: 0.25, units: 50, cents: 25_000 },
    ]);
  });

  it("time decay: the newer technology takes more, the one not live yet nothing", () => {
    const parts = realisedParts({ value: 130, baseline: 100, direction: "higher", attribution: "time_decay" }, [
      claim(100, 0, 6),
      claim(100, 0, 0),
      claim(100, 0, -2),
    ]);
    expect(parts.map((p) => p.cents)).toEqual([1_000, 2_000, 0]);
    expect(parts[1].units).toBeCloseTo(20, 9);
    expect(parts[2].share).toBe(0);
  });

  it("a KPI that got worse is a loss shared the same way", () => {
    const parts = realisedParts({ value: 9, baseline: 8, direction: "lower", attribution: "equal" }, [claim(300), claim(300)]);
    expect(parts.map((p) => p.cents)).toEqual([-150, -150]);
    expect(parts.map((p) => p.units)).toEqual([-0.5, -0.5]);
  });

  it("before any go-live under time decay nobody realises anything", () => {
    const parts = realisedParts({ value: 130, baseline: 100, direction: "higher", attribution: "time_decay" }, [claim(100, 0, null)]);
    expect(parts).toEqual([{ share: 0, units: 0, cents: 0 }]);
  });

  it("valued differently, each part is its share at its own value per unit, rounded together", () => {
    // 1 unit shared three ways: 1/3 × 100 = 33.33, 1/3 × 200 = 66.67, 1/3 × 301 = 100.33 → sum 200.33 → 200.
    const parts = realisedParts({ value: 1, baseline: 0, direction: "higher", attribution: "equal" }, [claim(100), claim(200), claim(301)]);
    expect(parts.map((p) => p.cents)).toEqual([33, 67, 100]);
  });

  it("a half cent of the whole is rounded once, half-even, not part by part", () => {
    // 0.5 units × 1 cent = 0.5 → 0 for the whole; two equal parts of 0.25 must not become 1.
    const parts = realisedParts({ value: 0.5, baseline: 0, direction: "higher", attribution: "equal" }, [claim(1), claim(1)]);
    expect(parts.map((p) => p.cents)).toEqual([0, 0]);
    const odd = realisedParts({ value: 1.5, baseline: 0, direction: "higher", attribution: "equal" }, [claim(1), claim(1), claim(1)]);
    expect(odd.map((p) => p.cents)).toEqual([1, 1, 0]);
  });

  it("valued alike, the parts add up to the exact whole even where the doubles miss it", () => {
    // 3.5 units in thirds sum to 3.4999999999999996 as doubles; the whole, 3.5 → 4 (half-even), is what is split.
    const parts = realisedParts({ value: 3.5, baseline: 0, direction: "higher", attribution: "equal" }, [claim(1), claim(1), claim(1)]);
    expect(parts.map((p) => p.cents)).toEqual([2, 1, 1]);
  });

  it("no claims, no parts", () => {
    expect(realisedParts({ value: 1, baseline: 0, direction: "higher", attribution: "weighted" }, [])).toEqual([]);
  });

  it("refuses a bad value per unit on any claim", () => {
    expect(() => realisedParts({ value: 1, baseline: 0, direction: "higher", attribution: "equal" }, [claim(10), claim(0)])).toThrow(
      "claims[1].valuePerUnitCents must be greater than 0, got 0",
    );
  });

  it("property: valued alike, the parts add up to the whole change's worth", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.constantFrom("higher" as const, "lower" as const),
        fc.constantFrom("equal" as const, "weighted" as const, "time_decay" as const),
        fc.integer({ min: 1, max: 100_000 }),
        fc.array(fc.record({ plannedBenefitCents: fc.nat(1_000_000), monthsLive: fc.option(fc.integer({ min: -6, max: 60 })) }), { minLength: 1, maxLength: 8 }),
        (value, baseline, direction, attribution, perUnit, cs) => {
          const parts = realisedParts({ value, baseline, direction, attribution }, cs.map((c) => ({ ...c, valuePerUnitCents: perUnit })));
          const whole = realisedBenefitCents({ value, baseline, direction, valuePerUnitCents: perUnit });
          const claimed = parts.some((p) => p.share > 0);
          const total = parts.reduce((a, p) => a + p.cents, 0);
          expect(total).toBe(claimed ? whole : 0);
        },
      ),
      { numRuns: 1_000 },
    );
  });
});
