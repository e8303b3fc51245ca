import fc from "fast-check";
import { largestRemainder, roundHalfAwayFromZero } from "../../../src/domain/compute/largest-remainder";
import { UPPSALA_INVANARE } from "../../fixtures/exempel/medlemmar";

describe("largestRemainder", () => {
  it("splits Uppsala kommunernas 5 830 500 kr by the fixture's invånare into the published Helår 2024 amounts", () => {
    const parts = largestRemainder(5830500, Object.values(UPPSALA_INVANARE));
    expect(parts).toEqual([695314, 206790, 330398, 295880, 305547, 3539137, 138028, 319406]);
  });

  it("splits Mölndal 2016's 16 692 tkr 50/25/25", () => {
    expect(largestRemainder(16692000, [0.5, 0.25, 0.25])).toEqual([8346000, 4173000, 4173000]);
  });

  it("gives the leftover krona to the largest remainder, ties to the larger weight", () => {
    expect(largestRemainder(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(largestRemainder(3, [1, 2])).toEqual([1, 2]);
    expect(largestRemainder(1, [1, 3])).toEqual([0, 1]);
    // 7 over 2:5 → quotas 2,857 / 7,143 … here 2 and 5 exactly.
    expect(largestRemainder(7, [2, 5])).toEqual([2, 5]);
    expect(largestRemainder(100, [1, 1, 1])).toEqual([34, 33, 33]);
  });

  it("handles zero total, zero weights and negative totals", () => {
    expect(largestRemainder(0, [1, 2])).toEqual([0, 0]);
    expect(largestRemainder(100, [0, 0])).toEqual([0, 0]);
    expect(largestRemainder(100, [])).toEqual([]);
    expect(largestRemainder(-10, [1, 1, 1])).toEqual([-4, -3, -3]);
    expect(largestRemainder(10, [1, -5, Number.NaN, 1])).toEqual([5, 0, 0, 5]);
  });

  it("rounds a fractional total half away from zero first", () => {
    expect(roundHalfAwayFromZero(2.5)).toBe(3);
    expect(roundHalfAwayFromZero(-2.5)).toBe(-3);
    expect(largestRemainder(10.5, [1, 1])).toEqual([6, 5]);
  });

  it("always adds up exactly and stays within 1 kr of the exact quota (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 50_000_000 }),
        fc.array(fc.integer({ min: 0, max: 300_000 }), { minLength: 1, maxLength: 12 }),
        (total, weights) => {
          const parts = largestRemainder(total, weights);
          const w = weights.reduce((a, b) => a + b, 0);
          if (w === 0) return parts.every((p) => p === 0);
          if (parts.reduce((a, b) => a + b, 0) !== total) return false;
          return parts.every((p, i) => Math.abs(p - (total * weights[i]) / w) < 1 && Number.isInteger(p));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("handles fractional weights (fixed andelar)", () => {
    const parts = largestRemainder(1001, [0.5, 0.25, 0.125, 0.125]);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(1001);
    expect(parts).toEqual([501, 250, 125, 125]);
  });
});
