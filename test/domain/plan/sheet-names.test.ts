import {
  isValidSheetName,
  reportSheetName,
  toSheetName,
  uniqueSheetName,
  MAX_SHEET_NAME_LENGTH,
} from "../../../src/domain/plan/sheet-names";

describe("sheet names", () => {
  it("accepts report names and rejects what Excel rejects", () => {
    expect(isValidSheetName("Förbrukningskvot 2024-06-30")).toBe(true);
    expect(isValidSheetName("Beslutsutrymme 2024–2028")).toBe(true);
    for (const bad of ["", "a/b", "a\\b", "a[b]", "a:b", "a*b", "a?b", "'a", "a'", "History", "x".repeat(32), "   "]) {
      expect([bad, isValidSheetName(bad)]).toEqual([bad, false]);
    }
  });

  it("repairs names: forbidden characters, apostrophes, length, emptiness", () => {
    expect(toSheetName("Rapport 2024/06")).toBe("Rapport 2024-06");
    expect(toSheetName("'Citat'")).toBe("Citat");
    expect(toSheetName("")).toBe("Blad");
    expect(toSheetName("history")).toBe("history 1");
    const long = toSheetName("Uppföljning deltagare 2024-01-01 – 2024-06-30");
    expect(long.length).toBeLessThanOrEqual(MAX_SHEET_NAME_LENGTH);
    expect(isValidSheetName(long)).toBe(true);
    expect(isValidSheetName(toSheetName("x".repeat(30) + " '"))).toBe(true);
  });

  it("makes names unique case-insensitively and keeps them within 31 characters", () => {
    expect(uniqueSheetName("Valideringsrapport", ["valideringsrapport"])).toBe("Valideringsrapport (2)");
    expect(uniqueSheetName("Valideringsrapport", ["Valideringsrapport", "Valideringsrapport (2)"])).toBe("Valideringsrapport (3)");
    const n = uniqueSheetName("y".repeat(31), ["y".repeat(31)]);
    expect(n).toBe(`${"y".repeat(27)} (2)`);
    expect(n.length).toBe(31);
  });

  it("builds report names", () => {
    expect(reportSheetName("Förbrukningskvot", "2024-06-30")).toBe("Förbrukningskvot 2024-06-30");
    expect(reportSheetName("Valideringsrapport")).toBe("Valideringsrapport");
  });
});
