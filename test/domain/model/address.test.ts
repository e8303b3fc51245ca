import { a1, a1Range, columnIndex, columnLetter, parseA1, parseRange } from "../../../src/domain/model/address";

describe("A1 addressing", () => {
  it("converts column indexes to letters and back", () => {
    expect(columnLetter(0)).toBe("A");
    expect(columnLetter(25)).toBe("Z");
    expect(columnLetter(26)).toBe("AA");
    expect(columnLetter(16383)).toBe("XFD");
    for (const c of [0, 1, 25, 26, 51, 52, 701, 702, 16383]) expect(columnIndex(columnLetter(c))).toBe(c);
  });
  it("builds and parses addresses", () => {
    expect(a1(0, 0)).toBe("A1");
    expect(a1Range(3, 1, 9, 4)).toBe("B4:E10");
    expect(parseA1("$C$7")).toEqual({ row: 6, col: 2 });
    expect(parseA1("7C")).toBeNull();
    expect(parseRange("E10:B4")).toEqual({ row1: 3, col1: 1, row2: 9, col2: 4 });
    expect(parseRange("B4")).toEqual({ row1: 3, col1: 1, row2: 3, col2: 1 });
  });
});
