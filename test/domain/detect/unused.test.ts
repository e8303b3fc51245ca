import { detectWorkbook } from "../../../src/domain/detect/detect-workbook";
import { setSheetUse } from "../../../src/domain/detect/edit";
import { BLAD_LASES_INTE, looksLikeInput, unusedSheetIssues } from "../../../src/domain/detect/unused";
import { runPipeline } from "../../../src/domain/pipeline/pipeline";
import { DEFAULT_OPTIONS, workbook } from "../../fixtures/bad/build";
import { sheet } from "./helpers";

const budget2 = () =>
  sheet("Budget gammal", [
    ["Post", "Kategori", "År", "Budget (tkr)"],
    ["Förvaltning", "Kostnad", 2023, 3700],
  ]);
const figures = () =>
  sheet("Gamla siffror", [
    ["Post", "Budget 2023 (tkr)", "Utfall 2023 (tkr)"],
    ["Förvaltning", 3700, 3650],
  ]);

describe("sheets that are not read are never left out silently", () => {
  it("a second Budget sheet: info naming the sheet that is read as Budget", () => {
    const sheets = [...workbook(), budget2()];
    const issues = unusedSheetIssues(sheets, detectWorkbook(sheets));
    expect(issues.map((i) => [i.severity, i.code, i.sheet, i.cell])).toEqual([["info", BLAD_LASES_INTE, "Budget gammal", "A1"]]);
    expect(issues[0].message).toContain('bladet "Budget" läses som Budget');
  });

  it("a sheet the user switched off is not reported", () => {
    const sheets = [...workbook(), budget2()];
    const m = setSheetUse(detectWorkbook(sheets), "Budget gammal", false);
    expect(unusedSheetIssues(sheets, m)).toEqual([]);
  });

  it("an unplaced sheet that looks like input is reported; notes and the add-in's own output are not", () => {
    const unplaced = sheet("Rekv Bryggan Q2", [["Bryggan"], ["Q2 2024"]]);
    expect(looksLikeInput(unplaced)).toBe(true);
    expect(looksLikeInput(figures())).toBe(true);
    expect(looksLikeInput(sheet("Anteckningar", [["Möte 12/3"], ["Ring Heby"]]))).toBe(false);
    expect(
      looksLikeInput(
        sheet("Förbrukningskvot 2024-06-30", [
          ["Förbrukningskvot – X"],
          ["Period"],
          ["Skapad 2024-10-24 av Finsam för Excel"],
          [],
          ["Insats", "Utfall"],
        ]),
      ),
    ).toBe(false);
    const m = detectWorkbook([sheet("Anteckningar", [["Möte 12/3"], ["Ring Heby"]])]);
    expect(m.sheets[0].kind).toBe("annat");
    expect(unusedSheetIssues([sheet("Anteckningar", [["Möte 12/3"], ["Ring Heby"]])], m)).toEqual([]);
    const placed = detectWorkbook([
      sheet("Diverse", [
        ["Kolumn", "Budget 2023 (tkr)"],
        ["x", "y"],
      ]),
    ]);
    const forced = { ...placed, sheets: placed.sheets.map((s) => ({ ...s, kind: "annat" as const, columns: [] })) };
    expect(
      unusedSheetIssues(
        [
          sheet("Diverse", [
            ["Kolumn", "Budget 2023 (tkr)"],
            ["x", "y"],
          ]),
        ],
        forced,
      ).map((i) => i.code),
    ).toEqual([BLAD_LASES_INTE]);
  });

  it("the pipeline reports them with the other issues", () => {
    const r = runPipeline([...workbook(), budget2()], DEFAULT_OPTIONS);
    expect(r.issues.filter((i) => i.code === BLAD_LASES_INTE).map((i) => i.sheet)).toEqual(["Budget gammal"]);
  });
});
