import { detectSheet } from "../../../src/domain/detect/detect-sheet";
import { fitsStandardParser, standardHeader, withStandardHeader } from "../../../src/domain/detect/standard-header";
import { sheet } from "./helpers";

describe("standard headers", () => {
  it("long layouts fit the standard parsers; wide and two-row ones do not", () => {
    expect(
      fitsStandardParser(
        detectSheet(
          sheet("U", [
            ["Projekt", "Månad", "Belopp"],
            ["A", "2024-01", 100_000],
          ]),
        ),
      ),
    ).toBe(true);
    expect(
      fitsStandardParser(
        detectSheet(
          sheet("Utfall", [
            ["Post", "Q1 2024", "Q2 2024"],
            ["A", 1, 2],
          ]),
        ),
      ),
    ).toBe(false);
    expect(
      fitsStandardParser(
        detectSheet(
          sheet("B", [
            ["Budgetpost", "Intäkt/Kostnad", "Budgetår", "Årsbudget", "Helårsprognos"],
            ["A", "Kostnad", 2024, 1, 2],
          ]),
        ),
      ),
    ).toBe(true);
    expect(
      fitsStandardParser(
        detectSheet(
          sheet("B", [
            ["Post", "Budget 2024"],
            ["A", 1],
          ]),
        ),
      ),
    ).toBe(false);
  });

  it("renames the header in place with the mapped unit, leaving values and positions", () => {
    const s = sheet("U", [["Rapport"], ["Projekt", "Månad", "Belopp"], ["A", "2024-01", 900]]);
    const m = detectSheet(s);
    const out = withStandardHeader(s, m);
    expect(out.values[1]).toEqual(["Post", "Period", "Utfall tkr"]);
    expect(out.values[2]).toBe(s.values[2]);
    expect(s.values[1]).toEqual(["Projekt", "Månad", "Belopp"]);
    expect(standardHeader("rekvisitioner", { column: "C", header: "Rekvirerat", role: "belopp", confidence: 1 })).toBe("Belopp");
    expect(standardHeader("deltagare", { column: "A", header: "Nr", role: "id", confidence: 1 })).toBe("Deltagar-ID");
  });
});
