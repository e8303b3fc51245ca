/**
 * Issue 16 finding 6: worksheet ids change when a file is closed and reopened. Every output sheet
 * carries Finsam's marker in row 1 (src/domain/plan/output-marker.ts); after a reopen the add-in
 * still recognises a report the user renamed by its marker, and never takes a user's own sheet that
 * only carries a remembered name.
 */
import { createExcelHost } from "../../src/excel";
import { ExcelSim } from "../../src/excel-sim";
import { sheetsToXlsx, xlsxToSimSheets } from "../../src/xlsx/sim-sheets";
import { kvotPlan, registryOf, sheetIds, userWorkbook, validationPlan } from "./fixtures";

/** Close and reopen: saved as .xlsx and loaded again (every worksheet gets a new id, as in Excel). */
async function reopen(sim: ExcelSim): Promise<ExcelSim> {
  return ExcelSim.fromSheets(await xlsxToSimSheets(await sheetsToXlsx(sim.snapshot().sheets)));
}

async function rename(sim: ExcelSim, from: string, to: string): Promise<void> {
  await sim.run(async (ctx) => {
    ctx.workbook.worksheets.getItem(from).name = to;
    await ctx.sync();
  });
}

describe("output marker in the Excel add-in (close and reopen)", () => {
  it("recognises a renamed report after a reopen by its marker, replaces it and neither reads it nor adds a '(2)' sheet", async () => {
    const first = userWorkbook();
    await createExcelHost(first).apply([kvotPlan(), validationPlan()]);
    await rename(first, "Förbrukningskvot 2024-06-30", "Kvot juni");
    const sim = await reopen(first);
    expect(registryOf(sim).every((e) => e.id !== undefined && !sheetIds(sim).includes(e.id))).toBe(true);
    const host = createExcelHost(sim);
    expect((await host.readSheets()).map((s) => s.name)).toEqual(["Insatser", "Utfall", "Anteckningar"]);
    const report = await host.apply([kvotPlan(), validationPlan()]);
    expect(report.replaced.sort()).toEqual(["Kvot juni", "Valideringsrapport"]);
    expect(sim.sheetNames().filter((n) => n.includes("(2)"))).toEqual([]);
    expect(sim.sheetNames()).toEqual([
      "Insatser",
      "Utfall",
      "Anteckningar",
      "Förbrukningskvot 2024-06-30",
      "Valideringsrapport",
      "FinsamRegister",
    ]);
    // the register now holds the reopened workbook's ids
    expect(registryOf(sim).map((e) => e.id)).toEqual(sheetIds(sim).slice(3, 5));
  });

  it("after a reopen, leaves a user's sheet that took a deleted report's name alone and reads it", async () => {
    const first = userWorkbook();
    await createExcelHost(first).apply([kvotPlan()]);
    await first.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Förbrukningskvot 2024-06-30").delete();
      const own = ctx.workbook.worksheets.add("Egen");
      own.getRange("A1:B2").values = [
        ["Insats", "Kommentar"],
        ["Jobbcentrum", "bra"],
      ];
      await ctx.sync();
    });
    await rename(first, "Egen", "Förbrukningskvot 2024-06-30");
    const sim = await reopen(first);
    const host = createExcelHost(sim);
    expect((await host.readSheets()).map((s) => s.name)).toContain("Förbrukningskvot 2024-06-30");
    const report = await host.apply([kvotPlan()]);
    expect(report.replaced).toEqual([]);
    expect(report.written.map((w) => w.name)).toEqual(["Förbrukningskvot 2024-06-30 (2)"]);
    expect(sim.sheet("Förbrukningskvot 2024-06-30")!.values[0]).toEqual(["Insats", "Kommentar"]);
  });
});
