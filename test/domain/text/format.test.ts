import { formatSv, unitLabel } from "../../../src/domain/text/format";

describe("formatSv", () => {
  it("formats the Swedish way", () => {
    expect(formatSv(-17703)).toBe("\u221217 703");
    expect(formatSv(1234.5, 1)).toBe("1 234,5");
    expect(formatSv(23322000)).toBe("23 322 000");
    expect(formatSv(-0.2)).toBe("0");
    expect(formatSv(999.5)).toBe("1 000");
    expect(unitLabel(1000)).toBe("tkr");
    expect(unitLabel(1)).toBe("kr");
  });
});
