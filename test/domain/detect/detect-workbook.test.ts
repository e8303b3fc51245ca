import { correctColumn } from "../../../src/domain/detect/edit";
import { detectWorkbook, reconcileMapping } from "../../../src/domain/detect/detect-workbook";
import { sheet } from "./helpers";

describe("detectWorkbook", () => {
  const budget = sheet("Budget", [
    ["Post", "Kategori", "År", "Budget (kr)"],
    ["Förvaltning", "Kostnad", 2024, 3_822_000],
  ]);
  const ekinfo = sheet("Ekonomisk information", [
    ["EKONOMISK INFORMATION, belopp i TSK", "Budget 2024", "Prel 2025"],
    ["Förvaltning", "3 822", "4 022"],
  ]);

  it("an utfall sheet named with months but no year ('Utfall jan-jun') takes the one year the workbook's other sheets give", () => {
    const b = sheet("Budget 2024", [
      ["Insats", "Budget"],
      ["Bryggan", "1 860"],
    ]);
    const u = sheet("Utfall jan-jun", [
      ["Insats", "Utfall"],
      ["Bryggan", "871"],
    ]);
    const col = detectWorkbook([b, u]).sheets[1].columns.find((c) => c.role === "belopp")!;
    expect(col).toMatchObject({ measure: "utfall", period: { from: "2024-01-01", to: "2024-06-30" } });
    expect(col.confidence).toBeLessThanOrEqual(0.7);
    // Two years in the workbook: which one is not known, so the period is left for the user (SAKNAD_KOLUMN).
    const b2 = sheet("Budget", [
      ["Insats", "Budget 2023", "Budget 2024"],
      ["Bryggan", "1 700", "1 860"],
    ]);
    expect(detectWorkbook([b2, u]).sheets[1].columns.find((c) => c.role === "belopp")!.period).toBeUndefined();
  });

  it("reads the sheet named after its kind and keeps the other of the same kind unused, with a note", () => {
    const m = detectWorkbook([ekinfo, budget]);
    expect(m.sheets.map((s) => [s.sheet, s.kind, s.use])).toEqual([
      ["Ekonomisk information", "budget", false],
      ["Budget", "budget", true],
    ]);
    expect(m.version).toBe(1);
    expect(m.alias).toEqual([]);
  });

  it("keeps a saved mapping (and its corrections) while the layout is unchanged; detects new sheets", () => {
    const saved = correctColumn(detectWorkbook([budget]), "Budget", "D", { factor: 1000 });
    const { mapping, issues } = reconcileMapping([budget, ekinfo], saved);
    expect(issues).toEqual([]);
    expect(mapping.sheets[0].columns[3]).toMatchObject({ factor: 1000, unitSource: "anvandare" });
    expect(mapping.sheets[1]).toMatchObject({ sheet: "Ekonomisk information", kind: "budget", use: false });
  });
});
