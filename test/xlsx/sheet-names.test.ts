import { uniqueSheetName, uniqueTableName } from "../../src/xlsx/sheet-names";

describe("uniqueTableName", () => {
  it("keeps letters, digits and underscores, removes diacritics and spaces", () => {
    expect(uniqueTableName("Förbrukningskvot 2024-06-30", [])).toBe("Forbrukningskvot_2024_06_30");
  });

  it("never starts with a digit or looks like a cell reference", () => {
    expect(uniqueTableName("2024", [])).toBe("T_2024");
    expect(uniqueTableName("AB12", [])).toBe("T_AB12");
    expect(uniqueTableName("R1C1", [])).toBe("T_R1C1");
    expect(uniqueTableName("", [])).toBe("Tabell");
  });

  it("adds _2, _3 … until the name is free, case-insensitively", () => {
    expect(uniqueTableName("Utfall", ["utfall", "UTFALL_2"])).toBe("Utfall_3");
  });
});

describe("uniqueSheetName (shared rules)", () => {
  it("is the domain's rule: valid characters, 31 characters, (2) suffix", () => {
    expect(uniqueSheetName("Rapport: Q1/Q2", [])).toBe("Rapport- Q1-Q2");
    expect(uniqueSheetName("Valideringsrapport", ["VALIDERINGSRAPPORT"])).toBe("Valideringsrapport (2)");
    expect(uniqueSheetName("x".repeat(40), ["x".repeat(31)])).toHaveLength(31);
  });
});
