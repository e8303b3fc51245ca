import * as ExcelJS from "exceljs";
import type { SheetPlan } from "../../src/domain/model";
import { loadWorkbook, readWorkbookSheets } from "../../src/xlsx/read-workbook";
import { REGISTRY_SHEET } from "../../src/xlsx/registry";
import { writePlansToWorkbook } from "../../src/xlsx/write-plans";

/** Issue 18 item 2 / issue 16 finding 6: a register entry alone never makes a sheet Finsam's. */

async function reload(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  return loadWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()));
}

const kvot = (text = "Kvot 72 %"): SheetPlan => ({
  kind: "forbrukningskvot",
  key: "2024-06-30",
  name: "Förbrukningskvot 2024-06-30",
  rows: [["Förbrukningskvot"], [text]],
  pageSetup: { orientation: "Portrait", paperSize: "A4", printArea: "A1:A2" },
});
const validering: SheetPlan = { kind: "valideringsrapport", key: "", name: "Valideringsrapport", rows: [["Inga fel"]] };

function inputWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const budget = wb.addWorksheet("Budget");
  budget.addRow(["Insats", "Budget 2024"]);
  budget.addRow(["Jobbcentrum", 1326000]);
  const medlemmar = wb.addWorksheet("Medlemmar");
  medlemmar.addRow(["Medlem", "Andel"]);
  medlemmar.addRow(["Region Uppsala", 0.25]);
  return wb;
}

function addRegister(wb: ExcelJS.Workbook, rows: (string | null)[][]): void {
  const ws = wb.addWorksheet(REGISTRY_SHEET, { state: "veryHidden" });
  ws.addRow(["Typ", "Nyckel", "Blad", "Id"]);
  for (const r of rows) ws.addRow(r);
}

const read = (wb: ExcelJS.Workbook): string[] => readWorkbookSheets(wb).map((s) => s.name);
const cellA1 = (wb: ExcelJS.Workbook, name: string): unknown => wb.getWorksheet(name)?.getCell("A1").value;

describe("output marker (xlsx host)", () => {
  it("writes the marker in row 1 outside the print area and still replaces a marked report after reopening", async () => {
    const wb = inputWorkbook();
    writePlansToWorkbook(wb, [kvot("första")]);
    const again = await reload(wb);
    const ws = again.getWorksheet("Förbrukningskvot 2024-06-30")!;
    expect(ws.getCell("B1").value).toBe("Finsam-rapport: forbrukningskvot | 2024-06-30");
    expect(ws.pageSetup.printArea).toBe("A1:A2");
    expect(read(again)).toEqual(["Budget", "Medlemmar"]);
    const report = writePlansToWorkbook(again, [kvot("andra")]);
    expect(report.replaced).toEqual(["Förbrukningskvot 2024-06-30"]);
    expect(again.getWorksheet("Förbrukningskvot 2024-06-30")!.getCell("A2").value).toBe("andra");
  });

  it("leaves a user's sheet that took a deleted report's name alone, reads it and names the new report afresh", async () => {
    const wb = inputWorkbook();
    writePlansToWorkbook(wb, [kvot()]);
    const reopened = await reload(wb);
    // In Excel: the report is deleted, and one of the user's own sheets is given its name.
    reopened.removeWorksheet(reopened.getWorksheet("Förbrukningskvot 2024-06-30")!.id);
    const own = reopened.addWorksheet("Förbrukningskvot 2024-06-30");
    own.addRow(["Insats", "Utfall"]);
    own.addRow(["Jobbcentrum", 955000]);
    const wb2 = await reload(reopened);
    expect(read(wb2)).toEqual(["Budget", "Medlemmar", "Förbrukningskvot 2024-06-30"]);
    const report = writePlansToWorkbook(wb2, [kvot()]);
    expect(report.replaced).toEqual([]);
    expect(report.written.map((w) => w.name)).toEqual(["Förbrukningskvot 2024-06-30 (2)"]);
    expect(cellA1(wb2, "Förbrukningskvot 2024-06-30")).toBe("Insats");
    expect(report.notes.join(" ")).toMatch(/Bladet "Förbrukningskvot 2024-06-30" .*saknar Finsams märkning/);
  });

  it("neither deletes nor skips Budget and Medlemmar named by a stale register", async () => {
    const wb = inputWorkbook();
    addRegister(wb, [
      ["forbrukningskvot", "2024-06-30", "Budget", null],
      ["valideringsrapport", null, "Medlemmar", null],
    ]);
    const wb2 = await reload(wb);
    expect(read(wb2)).toEqual(["Budget", "Medlemmar"]);
    const report = writePlansToWorkbook(wb2, [kvot(), validering]);
    expect(report.replaced).toEqual([]);
    expect(cellA1(wb2, "Budget")).toBe("Insats");
    expect(cellA1(wb2, "Medlemmar")).toBe("Medlem");
    expect(read(await reload(wb2))).toEqual(["Budget", "Medlemmar"]);
  });

  it("ignores a register copied from another workbook whose names match the user's sheets", async () => {
    const other = inputWorkbook();
    writePlansToWorkbook(other, [kvot(), validering]);
    const otherRows = (await reload(other)).getWorksheet(REGISTRY_SHEET)!.getSheetValues();
    const wb = inputWorkbook();
    wb.addWorksheet("Valideringsrapport").addRow(["Mina egna anteckningar om valideringen"]);
    const copied = wb.addWorksheet(REGISTRY_SHEET, { state: "veryHidden" });
    for (const row of otherRows) if (Array.isArray(row)) copied.addRow(row.slice(1));
    const wb2 = await reload(wb);
    expect(read(wb2)).toEqual(["Budget", "Medlemmar", "Valideringsrapport"]);
    const report = writePlansToWorkbook(wb2, [validering]);
    expect(report.replaced).toEqual([]);
    expect(cellA1(wb2, "Valideringsrapport")).toBe("Mina egna anteckningar om valideringen");
    expect(report.written.map((w) => w.name)).toEqual(["Valideringsrapport (2)"]);
  });
});
