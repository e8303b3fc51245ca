import { argb, pointsToCharacters } from "../../src/xlsx/plan-styles";

describe("plan-styles helpers", () => {
  it("turns points into Excel character widths (48 pt = 64 px = 8,43 characters)", () => {
    expect(pointsToCharacters(48)).toBeCloseTo(8.43, 2);
    expect(pointsToCharacters(150)).toBeCloseTo(27.86, 2);
    expect(pointsToCharacters(1)).toBe(0);
  });

  it("turns #RRGGBB into opaque ARGB", () => {
    expect(argb("#ffc7ce")).toBe("FFFFC7CE");
  });
});
