import * as ExcelJS from "exceljs";
import type { SheetPlan } from "../../src/domain/model";
import { loadWorkbook, readWorkbookSheets, readWorkbookXlsx } from "../../src/xlsx/read-workbook";
import { REGISTRY_SHEET } from "../../src/xlsx/registry";
import { writePlansToWorkbook } from "../../src/xlsx/write-plans";
import { queuedCharts } from "../../src/xlsx/charts/workbook-bytes";

async function reload(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  return loadWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()));
}

/** The user's workbook: a sheet with a table, a formula and formats, plus a sheet already named like a report. */
function userWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Utfall");
  ws.getCell("A1").value = "Utfall 2024 (kr)";
  ws.addTable({
    name: "Utfall",
    ref: "A3",
    columns: [{ name: "Post" }, { name: "Period" }, { name: "Utfall" }],
    rows: [
      ["Jobbcentrum", "2024-Q1", 419865],
      ["Jobbcentrum", "2024-Q2", 535135],
    ],
  });
  ws.getCell("C6").value = { formula: "SUM(C4:C5)", result: 955000 };
  ws.getCell("C6").numFmt = "#,##0";
  wb.addWorksheet("Förbrukningskvot 2024-06-30").getCell("A1").value = "Användarens egna anteckningar";
  return wb;
}

function kvotPlan(overrides: Partial<SheetPlan> = {}): SheetPlan {
  return {
    kind: "forbrukningskvot",
    key: "2024-06-30",
    name: "Förbrukningskvot 2024-06-30",
    rows: [
      ["Förbrukningskvot – Samordningsförbundet Uppsala län"],
      ["Period 2024-01-01 – 2024-06-30"],
      ["Skapad 2024-10-24 av Finsam för Excel"],
      [""],
      ["Insats", "Utfall", "Periodbudget", "Förbrukningskvot"],
      ["Jobbcentrum", 955000, 1326000, { formula: "=B6/C6", value: 955000 / 1326000 }],
      ["Framsteget 2.0", 1804000, 1940000, { formula: "=B7/C7", value: 1804000 / 1940000 }],
      ["Tom budget", 115000, 0, { formula: '=IF(C8=0,"",B8/C8)', value: "" }],
      [
        "Summa",
        { formula: "=SUM(B6:B8)", value: 2874000 },
        { formula: "=SUM(C6:C8)", value: 3266000 },
        { formula: "=B9/C9", value: 2874000 / 3266000 },
      ],
    ],
    styles: [
      { range: "B6:C9", numberFormat: "#,##0," },
      { range: "D6:D9", numberFormat: "0%" },
      { range: "A9:D9", bold: true, borderTop: true },
      { range: "A5:D5", bold: true, fill: "#D9E1F2", wrap: true },
      { range: "A6:D9", verticalAlignment: "Top" },
      { range: "A5:D5", verticalAlignment: "Bottom" },
    ],
    tables: [{ name: "Förbrukningskvot 2024", range: "A5:D9", style: "TableStyleMedium2", showTotals: true }],
    conditionalFormats: [{ range: "D6:D8", operator: "GreaterThan", formula1: "1", fill: "#FFC7CE", fontColor: "#9C0006" }],
    charts: [{ type: "ColumnClustered", dataRange: "A5:B8", seriesBy: "Columns", title: "Utfall per insats", anchor: "F5" }],
    dataValidations: [{ range: "E6:E8", list: ["Ja", "Nej"], errorMessage: "Välj Ja eller Nej." }],
    freeze: { rows: 5, columns: 1 },
    columnWidths: [150, 80],
    pageSetup: { orientation: "Landscape", paperSize: "A4", printArea: "A1:D9", fitToWidth: true, printTitleRows: "$5:$5" },
    ...overrides,
  };
}

const validering: SheetPlan = { kind: "valideringsrapport", key: "", name: "Valideringsrapport", rows: [["Inga fel"]] };

describe("writePlansToWorkbook", () => {
  it("writes a new sheet with a unique name and never modifies the user's sheets", async () => {
    const wb = userWorkbook();
    const before = readWorkbookSheets(await reload(wb));
    const report = writePlansToWorkbook(wb, [kvotPlan(), validering]);
    expect(report.written.map((w) => w.name)).toEqual(["Förbrukningskvot 2024-06-30 (2)", "Valideringsrapport"]);
    expect(report.replaced).toEqual([]);
    const after = await reload(wb);
    expect(readWorkbookSheets(after).slice(0, 2)).toEqual(before);
    expect(after.getWorksheet("Utfall")?.getTables()).toHaveLength(1);
  });

  it("writes values, formulas with cached results, number formats and styles", async () => {
    const wb = await reload(withPlans(new ExcelJS.Workbook(), [kvotPlan()]));
    const ws = wb.getWorksheet("Förbrukningskvot 2024-06-30")!;
    expect(ws.getCell("A1").value).toBe("Förbrukningskvot – Samordningsförbundet Uppsala län");
    expect(ws.getCell("D6").value).toEqual({ formula: "B6/C6", result: 955000 / 1326000 });
    expect(ws.getCell("D6").numFmt).toBe("0%");
    expect(ws.getCell("B6").numFmt).toBe("#,##0,");
    expect(ws.getCell("B9").value).toEqual({ formula: "SUM(B6:B8)", result: 2874000 });
    expect(ws.getCell("A9").font?.bold).toBe(true);
    expect(ws.getCell("A9").border?.top?.style).toBe("thin");
    expect(ws.getCell("A5").fill).toMatchObject({ type: "pattern", fgColor: { argb: "FFD9E1F2" } });
    // Cells of a row made tall by a wrapped neighbour print at the top of the row, next to the first line.
    expect(ws.getCell("A7").alignment).toMatchObject({ vertical: "top" });
    expect(ws.getCell("A5").alignment).toMatchObject({ vertical: "bottom", wrapText: true });
    const [raw] = readWorkbookSheets(wb, { includeOwnOutput: true });
    expect(raw.values[5][3]).toBeCloseTo(0.7202, 4);
    expect(raw.values[7][3]).toBe("");
  });

  it("keeps cached formula results of 0, false and text", async () => {
    const plan: SheetPlan = {
      kind: "x",
      key: "",
      name: "Noll",
      rows: [
        [
          { formula: "=1-1", value: 0 },
          { formula: "=1>2", value: false },
          { formula: '="a"', value: "a" },
        ],
      ],
    };
    const [raw] = readWorkbookSheets(await reload(withPlans(new ExcelJS.Workbook(), [plan])), { includeOwnOutput: true });
    expect(raw.values[0]).toEqual([0, false, "a", "Finsam-rapport: x |"]);
    expect(raw.formulas?.[0]).toEqual(["=1-1", "=1>2", '="a"', null]);
  });

  it("creates the table over header and data rows, leaving the plan's sum row below it", async () => {
    const wb = await reload(withPlans(new ExcelJS.Workbook(), [kvotPlan()]));
    const ws = wb.getWorksheet("Förbrukningskvot 2024-06-30")!;
    const tables = Object.values((ws as unknown as { tables: Record<string, { table: { name: string; tableRef: string } }> }).tables);
    expect(tables).toHaveLength(1);
    const model = tables[0].table;
    expect(model.name).toBe("Forbrukningskvot_2024");
    expect(model.tableRef).toBe("A5:D8");
  });

  it("gives tables workbook-unique names", () => {
    const wb = userWorkbook();
    const report = writePlansToWorkbook(wb, [
      kvotPlan({ tables: [{ name: "Utfall", range: "A5:D8" }] }),
      kvotPlan({ key: "annan", tables: [{ name: "Utfall", range: "A5:D8" }] }),
    ]);
    const names = report.written.map((w) => Object.keys((wb.getWorksheet(w.name) as unknown as { tables: object }).tables)[0]);
    expect(names).toEqual(["Utfall_2", "Utfall_3"]);
  });

  it("writes conditional formats, validation, freeze panes, widths and page setup; queues the charts without a note", async () => {
    const wb = new ExcelJS.Workbook();
    const report = writePlansToWorkbook(wb, [kvotPlan()]);
    // The chart is written by workbookToXlsx (test/xlsx/charts.test.ts), so nothing tells the user it is missing.
    expect(report.notes).toEqual([]);
    expect(queuedCharts(wb).map((q) => q.charts.map((c) => c.title))).toEqual([["Utfall per insats"]]);
    const ws = (await reload(wb)).getWorksheet("Förbrukningskvot 2024-06-30")!;
    const cf = (ws as unknown as { conditionalFormattings: { ref: string; rules: { operator: string; formulae: string[] }[] }[] })
      .conditionalFormattings;
    expect(cf[0].ref).toBe("D6:D8");
    expect(cf[0].rules[0]).toMatchObject({ operator: "greaterThan", formulae: ["1"] });
    expect(ws.getCell("E7").dataValidation).toMatchObject({ type: "list", formulae: ['"Ja,Nej"'] });
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 5, xSplit: 1 });
    expect(ws.getColumn(1).width).toBeCloseTo(27.86, 2);
    expect(ws.pageSetup).toMatchObject({
      orientation: "landscape",
      paperSize: 9,
      fitToWidth: 1,
      printArea: "A1:D9",
      printTitlesRow: "5:5",
    });
  });

  it("replaces its own earlier output of the same kind and key on a re-run, and only that", async () => {
    const first = await reload(withPlans(userWorkbook(), [kvotPlan(), validering]));
    const report = writePlansToWorkbook(first, [kvotPlan({ rows: [["Ny körning"]], tables: [], charts: [] })]);
    expect(report.replaced).toEqual(["Förbrukningskvot 2024-06-30 (2)"]);
    expect(report.written).toEqual([{ kind: "forbrukningskvot", key: "2024-06-30", name: "Förbrukningskvot 2024-06-30 (2)" }]);
    const wb = await reload(first);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Utfall",
      "Förbrukningskvot 2024-06-30",
      "Valideringsrapport",
      "Förbrukningskvot 2024-06-30 (2)",
      REGISTRY_SHEET,
    ]);
    expect(wb.getWorksheet("Förbrukningskvot 2024-06-30 (2)")!.getCell("A1").value).toBe("Ny körning");
    expect(wb.getWorksheet("Förbrukningskvot 2024-06-30")!.getCell("A1").value).toBe("Användarens egna anteckningar");
    expect(wb.getWorksheet(REGISTRY_SHEET)!.state).toBe("veryHidden");
  });

  it("keeps its register very hidden: header Typ | Nyckel | Blad | Id, one row per report, no Office ids", async () => {
    const wb = await reload(withPlans(userWorkbook(), [kvotPlan(), validering]));
    const ws = wb.getWorksheet(REGISTRY_SHEET)!;
    expect(ws.state).toBe("veryHidden");
    expect(ws.getRow(1).values).toEqual([undefined, "Typ", "Nyckel", "Blad", "Id"]);
    expect(ws.getRow(2).values).toEqual([undefined, "forbrukningskvot", "2024-06-30", "Förbrukningskvot 2024-06-30 (2)"]);
    expect(ws.getRow(3).values).toEqual([undefined, "valideringsrapport", undefined, "Valideringsrapport"]);
    expect(ws.rowCount).toBe(3);
  });

  it("recognises a register without the Id column (earlier builds) and one with ids (the Excel add-in), for a sheet with its marker", async () => {
    for (const header of [
      ["Typ", "Nyckel", "Blad"],
      ["Typ", "Nyckel", "Blad", "Id"],
    ]) {
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet("Utfall").getCell("A1").value = "Post";
      const old = wb.addWorksheet("Valideringsrapport");
      old.getCell("A1").value = "gammal";
      old.getCell("B1").value = "Finsam-rapport: valideringsrapport |";
      const register = wb.addWorksheet(REGISTRY_SHEET, { state: "veryHidden" });
      register.addRow(header);
      register.addRow(["valideringsrapport", null, "Valideringsrapport", "{00000004-0001-0000-0000-000000000001}"]);
      expect(readWorkbookSheets(wb).map((s) => s.name)).toEqual(["Utfall"]);
      const report = writePlansToWorkbook(wb, [validering]);
      expect(report.replaced).toEqual(["Valideringsrapport"]);
      expect(wb.worksheets.map((w) => w.name)).toEqual(["Utfall", "Valideringsrapport", REGISTRY_SHEET]);
    }
  });

  it("treats an output sheet the user renamed as the user's own", async () => {
    const wb = await reload(withPlans(new ExcelJS.Workbook(), [validering]));
    wb.getWorksheet("Valideringsrapport")!.name = "Mina anteckningar";
    const report = writePlansToWorkbook(wb, [validering]);
    expect(report.replaced).toEqual([]);
    expect((await readWorkbookXlsx(new Uint8Array(await wb.xlsx.writeBuffer()))).map((s) => s.name)).toEqual(["Mina anteckningar"]);
  });

  it("makes the first written sheet the active tab", async () => {
    const wb = await reload(withPlans(userWorkbook(), [validering]));
    expect(wb.views[0].activeTab).toBe(2);
  });
});

function withPlans(wb: ExcelJS.Workbook, plans: SheetPlan[]): ExcelJS.Workbook {
  writePlansToWorkbook(wb, plans);
  return wb;
}
