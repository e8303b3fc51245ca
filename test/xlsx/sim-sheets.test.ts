import { sheetsToXlsx, xlsxToSimSheets, type SimSheetData } from "../../src/xlsx/sim-sheets";
import { readWorkbookXlsx } from "../../src/xlsx/read-workbook";

const sheets: SimSheetData[] = [
  {
    name: "Utfall",
    values: [
      ["Utfall 2024", "", ""],
      ["", "", ""],
      ["Post", "Period", "Utfall"],
      ["Jobbcentrum", "2024-Q1", 419865],
      ["Summa", "", 419865],
    ],
    formulas: [
      [null, null, null],
      [null, null, null],
      [null, null, null],
      [null, null, null],
      [null, null, "=SUM(C4:C4)"],
    ],
    numberFormats: [
      ["General", "General", "General"],
      ["General", "General", "General"],
      ["General", "General", "General"],
      ["General", "General", "#,##0"],
      ["General", "General", "#,##0"],
    ],
  },
  { name: "Gömd", values: [["", 45473]], numberFormats: [["General", "yyyy-mm-dd"]], visibility: "Hidden" },
];

describe("sheetsToXlsx / xlsxToSimSheets", () => {
  it("round-trips values, formulas with cached values, number formats and visibility", async () => {
    const back = await xlsxToSimSheets(await sheetsToXlsx(sheets));
    expect(back[0]).toEqual(sheets[0]);
    expect(back[1]).toEqual({ ...sheets[1], formulas: [[null, null]] });
  });

  it("keeps a very hidden sheet (the output register) and its visibility", async () => {
    const register: SimSheetData = {
      name: "FinsamRegister",
      values: [
        ["Typ", "Nyckel", "Blad", "Id"],
        ["valideringsrapport", "", "Utfall", "{A}"],
      ],
      visibility: "VeryHidden",
    };
    const back = await xlsxToSimSheets(await sheetsToXlsx([sheets[0], register]));
    expect(back.map((s) => [s.name, s.visibility])).toEqual([
      ["Utfall", undefined],
      ["FinsamRegister", "VeryHidden"],
    ]);
    expect(back[1].values).toEqual(register.values);
  });

  it("pads grids so they start at A1 even when the used range does not", async () => {
    const back = await xlsxToSimSheets(await sheetsToXlsx(sheets));
    expect(back[1].values[0]).toEqual(["", 45473]);
    const [, raw] = await readWorkbookXlsx(await sheetsToXlsx(sheets));
    expect(raw.origin).toEqual({ row: 0, col: 1 });
  });

  it("writes formulas with the value as cached result, readable without recalculation", async () => {
    const [raw] = await readWorkbookXlsx(await sheetsToXlsx(sheets));
    expect(raw.values[4][2]).toBe(419865);
    expect(raw.formulas?.[4][2]).toBe("=SUM(C4:C4)");
  });
});
