import { costsWrittenNegative, normalizedAmount, type PostSign } from "../../../../src/domain/parse/base/sign";

describe("cost sign convention", () => {
  it("flips only when every non-zero cost is negative", () => {
    const k: PostSign[] = [-1, 1, 1, 1];
    expect(costsWrittenNegative([100, -5, 0, -7], k)).toBe(true);
    expect(costsWrittenNegative([100, -5, 3, -7], k)).toBe(false);
    expect(costsWrittenNegative([100, 0, 0, 0], k)).toBe(false);
  });
  it("lets unknown posts decide when no post is known to be a cost", () => {
    expect(costsWrittenNegative([-1, -2], [0, 0])).toBe(true);
    expect(costsWrittenNegative([-1, 2], [0, 0])).toBe(false);
  });
  it("normalizes costs and negative unknowns, never intäkter", () => {
    expect(normalizedAmount(-5, 1, true)).toBe(5);
    expect(normalizedAmount(-5, 0, true)).toBe(5);
    expect(normalizedAmount(-5, -1, true)).toBe(-5);
    expect(normalizedAmount(-5, 1, false)).toBe(-5);
  });
});
