import { addAliases, correctColumn, correctSheetKind, setSheetUse } from "../../../src/domain/detect/edit";
import { detectWorkbook } from "../../../src/domain/detect/detect-workbook";
import { sheet } from "./helpers";

describe("mapping corrections", () => {
  const sheets = [
    sheet("Utfall", [
      ["Post", "Period", "Utfall (kr)"],
      ["A", "2024-Q1", 100],
    ]),
    sheet("Utfall Q2", [
      ["Post", "Period", "Utfall (kr)"],
      ["A", "2024-Q2", 200],
    ]),
    sheet("Export", [
      ["Nr", "Projekt", "Kön", "Startdatum"],
      ["1", "A", "K", "2021-01-01"],
    ]),
  ];
  const m = detectWorkbook(sheets);

  it("only one Utfall sheet is read by default; the user can switch", () => {
    expect(m.sheets.map((s) => [s.sheet, s.kind, s.use])).toEqual([
      ["Utfall", "utfall", true],
      ["Utfall Q2", "utfall", false],
      ["Export", "deltagare", true],
    ]);
    expect(m.sheets[1].notes?.join(" ")).toContain('"Utfall" läses som Utfall');
    const switched = setSheetUse(m, "Utfall Q2", true);
    expect(switched.sheets.map((s) => s.use)).toEqual([false, true, true]);
    expect(m.sheets[1].use).toBe(false);
  });

  it("correctSheetKind re-detects the columns for the kind; correctColumn changes one column", () => {
    const asDeltagare = correctSheetKind(m, sheets, "Export", "deltagare");
    const e = asDeltagare.sheets[2];
    expect(e).toMatchObject({ kind: "deltagare", corrected: true, confidence: 1 });
    expect(e.columns.map((c) => c.role)).toEqual(["insats", "kon", "inskriven"]);
    const withId = correctColumn(asDeltagare, "Export", "A", { role: "id", header: "Nr" });
    expect(withId.sheets[2].columns.map((c) => [c.column, c.role, c.confidence])).toEqual(
      [
        ["A", "id", 1],
        ["B", "insats", 1],
        ["C", "kon", 1],
        ["D", "inskriven", 1],
      ].map(([col, role, conf], i) => (i === 0 ? [col, role, conf] : [col, role, e.columns[i - 1].confidence])),
    );
    const unit = correctColumn(m, "Utfall", "C", { factor: 1000 });
    expect(unit.sheets[0].columns[2]).toMatchObject({ factor: 1000, unitSource: "anvandare" });
  });

  it("addAliases keeps the first spelling", () => {
    const a = addAliases(m, [{ namn: "IST", insats: "Individsamverkansteam" }]);
    expect(addAliases(a, [{ namn: "ist", insats: "Annat" }]).alias).toEqual([{ namn: "IST", insats: "Individsamverkansteam" }]);
  });
});
