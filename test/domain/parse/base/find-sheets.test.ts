import { findBaseSheets } from "../../../../src/domain/parse/base/find-sheets";
import { sheet } from "../sheet-helper";

const utfallRows = [
  ["Post", "Period", "Utfall"],
  ["A", "2024-Q1", 1],
];

describe("findBaseSheets", () => {
  it("prefers exact names, then names that start with the kind when the headers fit, then headers", () => {
    const found = findBaseSheets([
      sheet("Utfall och budget", [["Tabell 4. Utfall och Budget"], ["Insats", "Utfall TSEK", "Budget TSEK"]]),
      sheet("Utfall 2024", utfallRows),
      sheet("INSTÄLLNINGAR", [["Förbund", "X"]]),
      sheet("Data", [
        ["Post", "Kategori", "År", "Budget"],
        ["A", "Kostnad", 2024, 1],
      ]),
    ]);
    expect(found.utfall?.name).toBe("Utfall 2024");
    expect(found.installningar?.name).toBe("INSTÄLLNINGAR");
    expect(found.budget?.name).toBe("Data");
    expect(found.insatser).toBeUndefined();
  });
  it("never takes other input sheets or the add-in's output for a base sheet", () => {
    const found = findBaseSheets([
      sheet("Rekvisitioner", utfallRows),
      sheet("Driftsredovisning 2024-06-30", utfallRows),
      sheet("Valideringsrapport", utfallRows),
    ]);
    expect(found).toEqual({});
  });
  it("takes a sheet named Utfall even when its columns are wrong (so the missing column is reported)", () => {
    expect(findBaseSheets([sheet("utfall", [["x"]])]).utfall?.name).toBe("utfall");
  });
});
