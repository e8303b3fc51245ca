/**
 * One register for both hosts: output written by the CLI (ExcelJS) is recognised by the Excel
 * add-in after the file is opened in Excel (here: loaded into the simulated Excel), and the other
 * way round — a re-run replaces the earlier output (no "… (2)" sheets) and never reads it as input.
 */
import * as ExcelJS from "exceljs";
import { createExcelHost } from "../../src/excel";
import { ExcelSim } from "../../src/excel-sim";
import { loadWorkbook, readWorkbookSheets } from "../../src/xlsx/read-workbook";
import { sheetsToXlsx, xlsxToSimSheets } from "../../src/xlsx/sim-sheets";
import { writePlansToWorkbook } from "../../src/xlsx/write-plans";
import { kvotPlan, registryOf, sheetIds, userWorkbook, validationPlan } from "./fixtures";

const plans = () => [kvotPlan(), validationPlan()];
const reportNames = ["Förbrukningskvot 2024-06-30", "Valideringsrapport"];

/** The user's workbook as an .xlsx file with CLI output in it. */
async function cliWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Utfall");
  ws.addRow(["Post", "Period", "Utfall tkr"]);
  ws.addRow(["Jobbcentrum", "2024-H1", 955]);
  const report = writePlansToWorkbook(wb, plans());
  expect(report.written.map((w) => w.name)).toEqual(reportNames);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** An .xlsx file opened in (simulated) Excel: every sheet, hidden ones with their visibility. */
async function openInExcel(bytes: Uint8Array): Promise<ExcelSim> {
  return ExcelSim.fromSheets(await xlsxToSimSheets(bytes));
}

describe("CLI output, then the Excel add-in", () => {
  it("keeps the register very hidden when the file is opened", async () => {
    const sim = await openInExcel(await cliWorkbook());
    expect(sim.sheetNames()).toEqual(["Utfall", ...reportNames, "FinsamRegister"]);
    expect(sim.sheet("FinsamRegister")?.visibility).toBe("VeryHidden");
    expect(registryOf(sim).map((e) => e.name)).toEqual(reportNames);
  });

  it("does not read the CLI's reports or register as input", async () => {
    const host = createExcelHost(await openInExcel(await cliWorkbook()));
    expect((await host.readSheets()).map((s) => s.name)).toEqual(["Utfall"]);
    // the CLI's register has no ids: one more sync reads the sheets' first rows for the marker
    expect(host.lastSyncs).toBe(3);
  });

  it("replaces the CLI's reports in 3 syncs (one for the markers) instead of writing '(2)' copies", async () => {
    const sim = await openInExcel(await cliWorkbook());
    const userPrint = JSON.stringify(sim.sheet("Utfall"));
    const report = await createExcelHost(sim).apply(plans());
    expect(report).toEqual({ written: plans().map((p) => ({ kind: p.kind, key: p.key, name: p.name })), replaced: reportNames, syncs: 3 });
    expect(sim.sheetNames()).toEqual(["Utfall", ...reportNames, "FinsamRegister"]);
    expect(JSON.stringify(sim.sheet("Utfall"))).toBe(userPrint);
    // the register now names the add-in's sheets by id
    expect(registryOf(sim).map((e) => e.id)).toEqual(sheetIds(sim).slice(1, 3));
    expect(sim.sheet("FinsamRegister")?.visibility).toBe("VeryHidden");
  });
});

describe("Excel add-in output, then the CLI", () => {
  async function excelWorkbook(): Promise<{ sim: ExcelSim; bytes: Uint8Array }> {
    const sim = userWorkbook();
    await createExcelHost(sim).apply(plans());
    return { sim, bytes: await sheetsToXlsx(sim.snapshot().sheets) };
  }

  it("does not read the add-in's reports or register as input", async () => {
    const wb = await loadWorkbook((await excelWorkbook()).bytes);
    expect(wb.getWorksheet("FinsamRegister")?.state).toBe("veryHidden");
    expect(readWorkbookSheets(wb).map((s) => s.name)).toEqual(["Insatser", "Utfall", "Anteckningar"]);
  });

  it("replaces the add-in's reports instead of writing '(2)' copies, and drops the Office ids", async () => {
    const wb = await loadWorkbook((await excelWorkbook()).bytes);
    const before = readWorkbookSheets(wb).map((s) => JSON.stringify(s));
    const report = writePlansToWorkbook(wb, plans());
    expect(report.replaced).toEqual(reportNames);
    expect(report.written.map((w) => w.name)).toEqual(reportNames);
    const after = await loadWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(after.worksheets.map((w) => w.name)).toEqual(["Insatser", "Utfall", "Anteckningar", ...reportNames, "FinsamRegister"]);
    expect(readWorkbookSheets(after).map((s) => JSON.stringify(s))).toEqual(before);
    expect(after.getWorksheet("FinsamRegister")?.getRow(2).values).toEqual([
      undefined,
      "forbrukningskvot",
      "2024-06-30",
      "Förbrukningskvot 2024-06-30",
    ]);
  });

  it("hands back to Excel: a third run (in a new session, with new sheet ids) replaces the CLI's reports again", async () => {
    const wb = await loadWorkbook((await excelWorkbook()).bytes);
    writePlansToWorkbook(wb, plans());
    const sim = await openInExcel(new Uint8Array(await wb.xlsx.writeBuffer()));
    const report = await createExcelHost(sim).apply(plans());
    expect(report.replaced).toEqual(reportNames);
    expect(sim.sheetNames()).toEqual(["Insatser", "Utfall", "Anteckningar", ...reportNames, "FinsamRegister"]);
  });
});

describe("Excel add-in output reopened in a new session (sheet ids did not survive the file)", () => {
  it("finds the reports by name and marker and replaces them (one sync more for the markers, then 2 again)", async () => {
    const first = userWorkbook();
    await createExcelHost(first).apply(plans());
    const sim = await openInExcel(await sheetsToXlsx(first.snapshot().sheets));
    expect(registryOf(sim).every((e) => e.id !== undefined && !sheetIds(sim).includes(e.id))).toBe(true);
    const host = createExcelHost(sim);
    expect((await host.readSheets()).map((s) => s.name)).toEqual(["Insatser", "Utfall", "Anteckningar"]);
    const report = await host.apply(plans());
    expect(report).toMatchObject({ replaced: reportNames, syncs: 3 });
    expect(await host.apply(plans())).toMatchObject({ replaced: reportNames, syncs: 2 });
    expect(sim.sheetNames()).toEqual(["Insatser", "Utfall", "Anteckningar", ...reportNames, "FinsamRegister"]);
    expect(registryOf(sim).map((e) => e.id)).toEqual(sheetIds(sim).slice(3, 5));
  });
});
