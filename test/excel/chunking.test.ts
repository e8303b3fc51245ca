import { createExcelHost } from "../../src/excel";
import { ExcelSim } from "../../src/excel-sim";
import { bigPlan, fingerprint, kvotPlan, sheetIds, userWorkbook } from "./fixtures";

describe("large plans", () => {
  it("writes and reads back 10 000 rows in 2 + 2 syncs, one range write per block", async () => {
    const sim = userWorkbook();
    const userIds = sheetIds(sim);
    const before = fingerprint(sim, userIds);
    const host = createExcelHost(sim);
    const plan = bigPlan(10_000);
    const report = await host.apply([plan, kvotPlan()]);
    expect(report.syncs).toBe(2);
    expect(Math.max(...sim.lastRun!.requestBytes)).toBeLessThan(4_000_000);
    expect(sim.lastRun!.operations[1]).toBeLessThan(80);
    const s = sim.sheet("Uppföljning deltagare")!;
    expect(s.values).toHaveLength(10_004);
    expect(s.values[10_002].slice(0, plan.rows[10_002].length)).toEqual(plan.rows[10_002]);
    expect(s.values[10_003][7]).toBe(Array.from({ length: 10_000 }, (_, i) => i % 365).reduce((a, b) => a + b, 0));
    expect(s.numberFormats[3][4]).toBe("yyyy-mm-dd");
    expect(fingerprint(sim, userIds)).toBe(before);

    await sim.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Insatser").getRange("A7:C10006").values = Array.from({ length: 10_000 }, (_, i) => [
        `Insats ${i}`,
        "Individ",
        i,
      ]);
      await ctx.sync();
    });
    const sheets = await host.readSheets();
    expect(host.lastSyncs).toBe(2);
    expect(sheets[0].values).toHaveLength(10_006);
  });

  it("splits a write over extra syncs, each within the request budget, when it would pass it", async () => {
    const sim = new ExcelSim({ maxPayloadBytes: 300_000 });
    const host = createExcelHost(sim, { maxRequestBytes: 250_000 });
    const report = await host.apply([bigPlan(6_000)]);
    const run = sim.lastRun!;
    expect(report.syncs).toBe(run.syncs);
    expect(run.syncs).toBeGreaterThan(3);
    for (const bytes of run.requestBytes) expect(bytes).toBeLessThanOrEqual(250_000);
    // suspended once per run, in the first content sync (issue 16, finding 9)
    expect(run.screenUpdatingSuspendedSyncs).toBe(1);
    const s = sim.sheet("Uppföljning deltagare")!;
    expect(s.values).toHaveLength(6_004);
    expect(s.values[5_000].slice(0, bigPlan(6_000).rows[5_000].length)).toEqual(bigPlan(6_000).rows[5_000]);
    expect(s.numberFormats[6_002].slice(4, 6)).toEqual(["yyyy-mm-dd", "yyyy-mm-dd"]);
    expect(sim.sheetNames()).toEqual(["Blad1", "Uppföljning deltagare", "FinsamRegister"]);
  });

  it("rolls back a chunked write that fails in a middle chunk", async () => {
    const sim = new ExcelSim({ maxPayloadBytes: 300_000 });
    const before = fingerprint(sim, sheetIds(sim));
    sim.failOnSync(3, { afterOperations: 1 });
    await expect(createExcelHost(sim, { maxRequestBytes: 250_000 }).apply([bigPlan(6_000)])).rejects.toMatchObject({
      name: "ExcelHostError",
    });
    expect(sim.sheetNames()).toEqual(["Blad1"]);
    expect(fingerprint(sim, sheetIds(sim))).toBe(before);
    expect(sim.snapshot().settings).toEqual({});
  });
});
