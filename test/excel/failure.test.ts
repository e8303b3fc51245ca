/**
 * A write that fails at any sync, after any number of that sync's operations, leaves either the
 * previous output intact and nothing half-written (rolled back), or — when the failure came after
 * the register commit — the complete new output. User sheets are never changed.
 */
import { createExcelHost } from "../../src/excel";
import type { ExcelSim } from "../../src/excel-sim";
import { fingerprint, kvotPlan, registerId, registryOf, sheetIds, tags, userWorkbook, validationPlan } from "./fixtures";

async function withPreviousOutput(): Promise<{ sim: ExcelSim; userIds: string[]; userPrint: string; outputPrint: string }> {
  const sim = userWorkbook();
  const userIds = sheetIds(sim);
  await createExcelHost(sim).apply([kvotPlan(), validationPlan()]);
  return { sim, userIds, userPrint: fingerprint(sim, userIds), outputPrint: fingerprint(sim, sheetIds(sim).slice(3)) };
}

const newPlans = () => [kvotPlan({ rows: [["Ny version"], [], ["Insats", "Kvot"], ["Jobbcentrum", 0.72]] }), validationPlan()];

describe("a failed write", () => {
  for (const sync of [1, 2])
    it(`at sync ${sync}, after any number of operations, leaves no half-written output`, async () => {
      const probe = await withPreviousOutput();
      await createExcelHost(probe.sim).apply(newPlans());
      expect(probe.sim.lastRun?.syncs).toBe(2);
      const operations = probe.sim.lastRun!.operations[sync - 1];
      const outcomes = new Set<string>();
      for (let after = 0; after <= operations; after++) {
        const { sim, userIds, userPrint, outputPrint } = await withPreviousOutput();
        const outputIds = sheetIds(sim).slice(3); // the two reports and the register
        const reportIds = outputIds.filter((id) => id !== registerId(sim));
        const host = createExcelHost(sim, { runTag: tags() });
        sim.failOnSync(sync, { afterOperations: after });
        let failed: unknown;
        const report = await host.apply(newPlans()).catch((e: unknown) => {
          failed = e;
          return undefined;
        });
        expect(fingerprint(sim, userIds)).toBe(userPrint);
        expect(sim.sheetNames().filter((n) => n.startsWith("~finsam-"))).toEqual([]);
        if (failed) {
          outcomes.add("rolled back");
          expect(failed).toMatchObject({ name: "ExcelHostError", message: expect.stringContaining("tidigare rapporter är orörda") });
          expect(sheetIds(sim)).toEqual([...userIds, ...outputIds]);
          expect(fingerprint(sim, outputIds)).toBe(outputPrint);
          expect(registryOf(sim).map((e) => e.id)).toEqual(reportIds);
        } else {
          outcomes.add("completed");
          expect(report?.written.map((w) => w.name)).toEqual(["Förbrukningskvot 2024-06-30", "Valideringsrapport"]);
          expect(sim.sheetNames()).toEqual([
            "Insatser",
            "Utfall",
            "Anteckningar",
            "Förbrukningskvot 2024-06-30",
            "Valideringsrapport",
            "FinsamRegister",
          ]);
          expect(sim.sheet("Förbrukningskvot 2024-06-30")?.values[0][0]).toBe("Ny version");
          expect(registryOf(sim).map((e) => e.id)).toEqual(sheetIds(sim).slice(3, 5));
        }
      }
      // sync 1 never commits; sync 2 rolls back before the registry write and completes after it
      expect([...outcomes].sort()).toEqual(sync === 1 ? ["rolled back"] : ["completed", "rolled back"]);
    });

  it("at the first write (no register yet), rolls back to the untouched workbook or completes, at every operation", async () => {
    const probe = userWorkbook();
    await createExcelHost(probe).apply(newPlans());
    const operations = probe.lastRun!.operations[1];
    const outcomes = new Set<string>();
    for (let after = 0; after <= operations; after++) {
      const sim = userWorkbook();
      const userIds = sheetIds(sim);
      const before = fingerprint(sim, userIds);
      sim.failOnSync(2, { afterOperations: after });
      const failed = await createExcelHost(sim, { runTag: tags() })
        .apply(newPlans())
        .then(
          () => false,
          () => true,
        );
      expect(fingerprint(sim, userIds)).toBe(before);
      if (failed) {
        outcomes.add("rolled back");
        expect(sheetIds(sim)).toEqual(userIds);
        expect(registryOf(sim)).toEqual([]);
      } else {
        outcomes.add("completed");
        expect(sim.sheetNames().slice(3)).toEqual(["Förbrukningskvot 2024-06-30", "Valideringsrapport", "FinsamRegister"]);
        expect(sim.sheet("FinsamRegister")?.visibility).toBe("VeryHidden");
        expect(registryOf(sim).map((e) => e.id)).toEqual(sheetIds(sim).slice(3, 5));
      }
    }
    expect([...outcomes].sort()).toEqual(["completed", "rolled back"]);
  });

  it("reports success when only the response was lost after everything was applied", async () => {
    const { sim, userIds, userPrint } = await withPreviousOutput();
    sim.failOnSync(2, { afterOperations: 100_000 });
    const host = createExcelHost(sim);
    const report = await host.apply(newPlans());
    expect(report.replaced).toEqual(["Förbrukningskvot 2024-06-30", "Valideringsrapport"]);
    // 2 + the cleanup run, which finishes the committed write by rewriting the in-place sheets again (2 syncs)
    expect(report.syncs).toBe(5);
    expect(fingerprint(sim, userIds)).toBe(userPrint);
    expect(sim.sheet("Förbrukningskvot 2024-06-30")?.values[0][0]).toBe("Ny version");
  });

  it("rolls back a write whose request is too large for Excel", async () => {
    const { sim, userIds, outputPrint } = await withPreviousOutput();
    const outputIds = sheetIds(sim).slice(3);
    sim.maxPayloadBytes = 3000;
    await expect(createExcelHost(sim).apply(newPlans())).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(sheetIds(sim)).toEqual([...userIds, ...outputIds]);
    expect(fingerprint(sim, outputIds)).toBe(outputPrint);
  });

  it("says so when the cleanup fails too", async () => {
    const { sim } = await withPreviousOutput();
    sim.failOnSync(2, { afterOperations: 3, runs: 2 });
    await expect(createExcelHost(sim).apply(newPlans())).rejects.toMatchObject({
      message: expect.stringContaining('ta bort blad vars namn börjar med "~finsam-"'),
    });
  });
});
