import { createExcelHost, ExcelHostError, type ExcelApi } from "../../src/excel";
import { ExcelSim } from "../../src/excel-sim";
import { kvotPlan, userWorkbook } from "./fixtures";

describe("createExcelHost", () => {
  it("accepts the simulator as its Excel API (the same code path as Office.js)", () => {
    const api: ExcelApi = new ExcelSim();
    expect(typeof createExcelHost(api).readSheets).toBe("function");
  });

  it("selects a cell in 1 sync, activating its sheet", async () => {
    const sim = userWorkbook();
    const host = createExcelHost(sim);
    await host.selectCell("Utfall", "D4");
    expect(host.lastSyncs).toBe(1);
    expect(sim.snapshot()).toMatchObject({ activeSheet: "Utfall", selection: "Utfall!D4" });
  });

  it("explains in Swedish when the sheet or cell cannot be shown", async () => {
    const host = createExcelHost(userWorkbook());
    await expect(host.selectCell("Borta", "A1")).rejects.toMatchObject({
      message: 'Bladet "Borta" finns inte längre.',
      code: "ItemNotFound",
    });
    await expect(host.selectCell("Utfall", "ZZZZ1")).rejects.toBeInstanceOf(ExcelHostError);
  });

  it("waits while the user edits a cell instead of failing", async () => {
    const sim = userWorkbook();
    const host = createExcelHost(sim);
    sim.cellEditMode = true;
    let done = false;
    const reading = host.readSheets().then((s) => {
      done = true;
      return s;
    });
    await new Promise((r) => setTimeout(r, 5));
    expect(done).toBe(false);
    sim.cellEditMode = false;
    expect((await reading).length).toBe(3);
    expect(sim.lastRun?.delayForCellEdit).toBe(true);
  });

  it("can run without delayForCellEdit (and then fails in cell-edit mode)", async () => {
    const sim = userWorkbook();
    sim.cellEditMode = true;
    await expect(createExcelHost(sim, { delayForCellEdit: false }).readSheets()).rejects.toMatchObject({
      code: "InvalidOperationInCellEditMode",
    });
  });

  it("counts syncs per call and in total", async () => {
    const sim = userWorkbook();
    const host = createExcelHost(sim);
    await host.readSheets();
    await host.apply([kvotPlan()]);
    await host.selectCell("Insatser", "A1");
    expect(host.lastSyncs).toBe(1);
    expect(host.syncCount()).toBe(5);
    expect(sim.syncCount).toBe(5);
  });
});
