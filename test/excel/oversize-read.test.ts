/**
 * Issue 16, finding 3: Excel on the web refuses an oversized read with ResponsePayloadSizeLimitExceeded, but
 * GeneralException is reported for the same thing, and a read over ~5 M cells can come back as `values: null`.
 * The simulator answers oversized reads each way (WorkbookState.oversizeRead); the host retries smaller on both
 * codes and never maps over null.
 */
import { createExcelHost } from "../../src/excel";
import { ExcelSim } from "../../src/excel-sim";

const values = Array.from({ length: 3000 }, (_, i) => [`Insats ${i}`, i, i * 2]);

describe("oversized reads", () => {
  it("retries smaller when Excel answers GeneralException to a large read", async () => {
    const big = Array.from({ length: 40_000 }, (_, i) => [`Insats ${i}`, i, i * 2]);
    const sim = ExcelSim.fromSheets([
      { name: "Stor", values: big },
      { name: "Liten", values: [["x"]] },
    ]);
    sim.maxResponseBytes = 1_000_000;
    sim.state.oversizeRead = "GeneralException";
    const host = createExcelHost(sim, { readResponseBytes: 2_000_000 });
    const sheets = await host.readSheets();
    expect(sheets[0].values).toEqual(big);
    expect(sheets[1].values).toEqual([["x"]]);
    expect(sim.lastRun!.failed).toBe("GeneralException");
  });

  it("retries smaller when Excel answers values: null", async () => {
    const sim = ExcelSim.fromSheets([
      { name: "Stor", values },
      { name: "Liten", values: [["x"]] },
    ]);
    sim.state.oversizeRead = "NullValues";
    sim.state.nullValuesOverCells = 2000; // stands for Excel's 5 000 000
    const host = createExcelHost(sim);
    const sheets = await host.readSheets();
    expect(sheets[0].values).toEqual(values);
    expect(sheets[0].numberFormats).toHaveLength(3000);
    expect(sheets[1].values).toEqual([["x"]]);
  });

  it("still fails with a Swedish message when even one row is refused", async () => {
    const sim = ExcelSim.fromSheets([{ name: "Stor", values }]);
    sim.maxResponseBytes = 10;
    sim.state.oversizeRead = "GeneralException";
    await expect(createExcelHost(sim).readSheets()).rejects.toMatchObject({
      name: "ExcelHostError",
      message: expect.stringContaining("Arbetsboken kunde inte läsas"),
    });
  });
});
