import { detectSheet } from "../../../src/domain/detect/detect-sheet";
import { runPipeline } from "../../../src/domain/pipeline/pipeline";
import type { CellValue, RawSheet } from "../../../src/domain/model";

/**
 * A saldobalans sheet is the bokslut's input, not a Budget or Utfall sheet: with its Budget column
 * (Konto | Benämning | IB | Period | UB | Budget | Föregående år) detection must not take it for the förbund's
 * Budget sheet (which would add a "kolumnen År saknas" fel to a correct workbook). Mölndal-style rows, balanced.
 */
const ROWS = (budget: string | null, title = "Balansrapport Samordningsförbundet Mölndal"): CellValue[][] => [
  [title, null, null, null, null, null, null],
  ["Konto", "Benämning", "IB", "Period", "UB", budget, "Föregående år"],
  [1930, "Bank", 3_000_000, -84_000, 2_916_000, null, 3_000_000],
  [2091, "Balanserat resultat", -3_000_000, 0, -3_000_000, null, -3_000_000],
  [3011, "Medlemsavgift Försäkringskassan", 0, -5_564_000, -5_564_000, -8_346_000, -8_200_000],
  [3012, "Medlemsavgift Västra Götalandsregionen", 0, -5_564_000, -5_564_000, -8_346_000, -8_200_000],
  [4010, "Samverkansinsatser", 0, 9_212_000, 9_212_000, 14_000_000, 13_000_000],
  [7010, "Löner kansli", 0, 2_000_000, 2_000_000, 2_500_000, 2_400_000],
];
const sheet = (values: CellValue[][], name = "Saldobalans"): RawSheet => ({ name, origin: { row: 0, col: 0 }, values });

describe("saldobalans sheet in detection", () => {
  it.each([
    ["Budget", "Saldobalans"],
    ["Årsbudget", "Saldobalans"],
    ["Budget helår", "Blad1"],
    ["Periodbudget", "Huvudbok"],
    [null, "Saldobalans"],
  ])("with a %s column (sheet %s) it is not read as a Budget/Utfall sheet; a note says the bokslut reads it", (budget, name) => {
    const m = detectSheet(sheet(ROWS(budget), name));
    expect(m.kind).toBe("annat");
    expect(m.notes?.join(" ")).toContain("Saldobalans");
  });

  it("a workbook with only a saldobalans: the bokslut sheets, no finding on the saldobalans sheet's columns", () => {
    const r = runPipeline([sheet(ROWS("Budget"))], { fran: "2016-01-01", till: "2016-08-31", idag: "2016-09-10" });
    expect(r.issues.filter((i) => i.sheet === "Saldobalans" && i.severity === "fel")).toEqual([]);
    expect(r.base.budget).toEqual([]);
    expect(r.plans.map((p) => p.name)).toContain("Resultaträkning 2016-08-31");
    const rr = r.plans.find((p) => p.name === "Resultaträkning 2016-08-31")!;
    expect(rr.rows[4]).toEqual(["Post", "2016-01-01 – 2016-08-31", "Budget helår 2016"]);
  });

  it("a real Budget sheet (Post | Kategori | År | Budget) is still a Budget sheet", () => {
    const budget = sheet(
      [
        ["Post", "Kategori", "År", "Budget"],
        ["Medlemsavgifter", "Intäkt", 2016, 16_692_000],
        ["Kansli", "Kostnad", 2016, 2_500_000],
      ],
      "Budget",
    );
    expect(detectSheet(budget).kind).toBe("budget");
  });
});
