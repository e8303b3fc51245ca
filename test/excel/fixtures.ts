/** Hand-made workbooks and SheetPlans for the Excel host tests (no other helper's code). */
import type { SheetPlan } from "../../src/domain/model";
import { parseRegister, REGISTER_SHEET, type OutputEntry } from "../../src/domain/plan/output-registry";
import { ExcelSim } from "../../src/excel-sim";

/** A förbund's own workbook: three input sheets, one of them hidden, one with a sheet name the add-in wants. */
export function userWorkbook(
  extra: { name: string; values: (string | number)[][]; visibility?: "Visible" | "Hidden" | "VeryHidden" }[] = [],
): ExcelSim {
  return ExcelSim.fromSheets([
    {
      name: "Insatser",
      values: [
        ["Insatser 2024", "", ""],
        ["", "", ""],
        ["Insats", "Typ", "Budget 2024"],
        ["Jobbcentrum", "Individ", 2652000],
        ["Framsteget", "Individ", 1940000],
        ["Lokussamordnare Uppsala", "Struktur", 360000],
      ],
      numberFormats: [[], [], [], [null, null, "#,##0"], [null, null, "#,##0"], [null, null, "#,##0"]],
    },
    {
      name: "Utfall",
      origin: { row: 1, col: 1 },
      values: [
        ["Post", "Period", "Utfall tkr"],
        ["Jobbcentrum", "2024-H1", 955],
        ["Framsteget", "2024-H1", "1 804"],
        ["Lokussamordnare Uppsala", "2024-H1", 199],
        ["Summa", "", 2958],
      ],
      formulas: [[], [], [], [], [null, null, "=SUM(D3:D5)"]],
    },
    { name: "Anteckningar", values: [["Fri text"], ["", "#REF!"]], visibility: "Hidden" },
    ...extra,
  ]);
}

/** The förbrukningskvot report for Uppsala Q1–Q2 2024 (72 %, 93 %, 110 %), as a plan. */
export function kvotPlan(over: Partial<SheetPlan> = {}): SheetPlan {
  const rows: SheetPlan["rows"] = [
    ["Förbrukningskvot – Samordningsförbundet Uppsala län"],
    ["Period 2024-01-01 – 2024-06-30 · Källor: Insatser, Utfall"],
    ["Skapad 2024-07-01 av Finsam för Excel"],
    [],
    ["Insats", "Utfall", "Periodbudget", "Kvot"],
    ["Jobbcentrum", 955000, 1326000, { formula: '=IF(C6=0,"",B6/C6)', value: 955 / 1326 }],
    ["Framsteget", 1804000, 1940000, { formula: '=IF(C7=0,"",B7/C7)', value: 1804 / 1940 }],
    ["Lokussamordnare Uppsala", 199000, 180000, { formula: '=IF(C8=0,"",B8/C8)', value: 199 / 180 }],
    [
      "Summa",
      { formula: "=SUM(B6:B8)", value: 2958000 },
      { formula: "=SUM(C6:C8)", value: 3446000 },
      { formula: '=IF(C9=0,"",B9/C9)', value: 2958 / 3446 },
    ],
  ];
  return {
    kind: "forbrukningskvot",
    key: "2024-06-30",
    name: "Förbrukningskvot 2024-06-30",
    rows,
    styles: [
      { range: "A1", bold: true, fontSize: 14 },
      { range: "A5:D5", bold: true, fill: "#DDEBF7" },
      { range: "B6:C9", numberFormat: "#,##0," },
      { range: "D6:D9", numberFormat: "0%", horizontalAlignment: "Right" },
      { range: "A6:D9", verticalAlignment: "Top" },
      { range: "A9:D9", bold: true, borderTop: true },
    ],
    tables: [{ name: "Förbrukningskvot", range: "A5:D9", style: "TableStyleMedium2", showTotals: true }],
    conditionalFormats: [
      { range: "D6:D8", operator: "GreaterThan", formula1: "1", fill: "#FFC7CE", fontColor: "#9C0006", description: "Hög förbrukning" },
      { range: "D6:D8", operator: "LessThan", formula1: "0.8", fill: "#FFEB9C" },
    ],
    charts: [
      { type: "BarClustered", dataRange: "A5:A8", seriesBy: "Columns", title: "Förbrukningskvot per insats", anchor: "F5", width: 420 },
    ],
    dataValidations: [{ range: "E6:E8", list: ["Ja", "Nej"], errorMessage: "Välj Ja eller Nej." }],
    freeze: { rows: 5, columns: 1 },
    columnWidths: [180, 90, 90, 60],
    pageSetup: { orientation: "Landscape", paperSize: "A4", fitToWidth: true, printTitleRows: "$5:$5" },
    ...over,
  };
}

export function validationPlan(over: Partial<SheetPlan> = {}): SheetPlan {
  return {
    kind: "valideringsrapport",
    key: "",
    name: "Valideringsrapport",
    rows: [["Valideringsrapport"], [], ["Allvar", "Blad", "Cell", "Meddelande"], ["fel", "Utfall", "D4", 'Talet "1 804" är text']],
    tables: [{ name: "Valideringsrapport", range: "A3:D4" }],
    ...over,
  };
}

/** A plan with `n` data rows of 8 columns (a sum formula row at the end). */
export function bigPlan(n: number, over: Partial<SheetPlan> = {}): SheetPlan {
  const rows: SheetPlan["rows"] = [["Deltagare"], [], ["Id", "Insats", "Kön", "Född", "Inskriven", "Utskriven", "Orsak", "Dagar"]];
  for (let i = 0; i < n; i++)
    rows.push([`D${i}`, `Insats ${i % 17}`, i % 2 ? "K" : "M", 1960 + (i % 40), 45292 + (i % 300), 45500 + (i % 200), "Arbete", i % 365]);
  rows.push(["Summa", "", "", "", "", "", "", { formula: `=SUM(H4:H${n + 3})`, value: 0 }]);
  return {
    kind: "deltagare",
    key: "stor",
    name: "Uppföljning deltagare",
    rows,
    styles: [{ range: `E4:F${n + 3}`, numberFormat: "yyyy-mm-dd" }],
    ...over,
  };
}

/** Everything about the given sheets (by id) as one comparable string. */
export function fingerprint(sim: ExcelSim, ids: readonly string[]): string {
  return JSON.stringify(sim.snapshot().sheets.filter((s) => ids.includes(s.id)));
}

export const sheetIds = (sim: ExcelSim): string[] => sim.snapshot().sheets.map((s) => s.id);

/** Entries of the workbook's output register (the very hidden "FinsamRegister" sheet). */
export function registryOf(sim: ExcelSim): OutputEntry[] {
  const sheet = sim.sheet(REGISTER_SHEET);
  return sheet ? parseRegister(sheet.values) : [];
}

/** Id of the register sheet, or undefined. */
export const registerId = (sim: ExcelSim): string | undefined => sim.sheet(REGISTER_SHEET)?.id;

/** Deterministic run tags for temporary sheet names. */
export function tags(): () => string {
  let i = 0;
  return () => `t${(++i).toString().padStart(5, "0")}`;
}
