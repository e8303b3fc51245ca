import { createExcelHost } from "../../src/excel";
import { createServices } from "../../src/services";
import { fingerprints, NOW, outputIds, PERIOD, rig, tempSheets } from "./setup";

/**
 * Two runs started at once (a double click on "Skapa rapporter", or the ribbon and the pane together) must not
 * interleave into a broken workbook: afterwards there is one set of reports, the register names exactly the
 * sheets that exist, no temporary sheet is left and the user's sheets are unchanged. And Excel's cell-edit mode is
 * waited for (delayForCellEdit), not failed on.
 */

describe("two runs at once", () => {
  it("two Skapa rapporter started together never have two Excel.run batches open at once, and leave one consistent set of reports", async () => {
    const r = await rig();
    const before = fingerprints(r.sim, r.userIds);
    const run = r.sim.run.bind(r.sim) as (...args: unknown[]) => Promise<unknown>;
    let open = 0;
    let most = 0;
    (r.sim as unknown as { run: (...args: unknown[]) => Promise<unknown> }).run = (...args: unknown[]) => {
      most = Math.max(most, ++open);
      return run(...args).finally(() => open--);
    };
    const [a, b] = await Promise.all([r.services.writeReports(PERIOD), r.services.writeReports(PERIOD)]);
    expect([a.ok, b.ok]).toEqual([true, true]);
    expect(most).toBe(1);
    expect(fingerprints(r.sim, r.userIds)).toEqual(before);
    expect(tempSheets(r.sim)).toEqual([]);
    const once = await rig();
    const single = await once.services.writeReports(PERIOD);
    expect(single.ok).toBe(true);
    expect(r.sim.sheetNames()).toEqual(once.sim.sheetNames());
    expect(outputIds(r)).toHaveLength(outputIds(once).length);
  });

  it("two hosts on one workbook (pane and ribbon), three runs at once: still one set of reports, and a later run replaces it", async () => {
    const r = await rig();
    const other = createServices(createExcelHost(r.sim), { now: NOW });
    const before = fingerprints(r.sim, r.userIds);
    const results = await Promise.all([r.services.writeReports(PERIOD), other.writeReports(PERIOD), r.services.checkWorkbook(PERIOD)]);
    // Two hosts do not share a queue: a write that loses the race must roll back cleanly, never half-write.
    expect(results.some((x, i) => i < 2 && x.ok)).toBe(true);
    for (const x of results) if (!x.ok) expect(x.message).toMatch(/tidigare rapporter är orörda/);
    expect(fingerprints(r.sim, r.userIds)).toEqual(before);
    const names = r.sim.sheetNames();
    expect(names.filter((n) => n.startsWith("Driftsredovisning"))).toEqual(["Driftsredovisning 2024-06-30"]);
    const again = await r.services.writeReports(PERIOD);
    expect(again.ok).toBe(true);
    expect(r.sim.sheetNames()).toEqual(names);
    expect(tempSheets(r.sim)).toEqual([]);
  });
});

describe("Excel's cell-edit mode", () => {
  it("a run started while the user edits a cell waits and then completes (delayForCellEdit)", async () => {
    const r = await rig();
    r.sim.cellEditMode = true;
    let done = false;
    const run = r.services.writeReports(PERIOD).then((svar) => {
      done = true;
      return svar;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(done).toBe(false);
    expect(r.sim.sheetNames().some((n) => n.startsWith("Driftsredovisning"))).toBe(false);
    r.sim.cellEditMode = false;
    const svar = await run;
    expect(svar.ok).toBe(true);
    expect(r.sim.runs.every((x) => x.delayForCellEdit)).toBe(true);
    expect(r.sim.sheetNames()).toContain("Driftsredovisning 2024-06-30");
  });

  it("without delayForCellEdit the same run would fail: the option is what saves it", async () => {
    const r = await rig({}, { delayForCellEdit: false });
    r.sim.cellEditMode = true;
    const svar = await r.services.writeReports(PERIOD);
    expect(svar).toEqual({ ok: false, message: expect.stringContaining("redigeras") });
    r.sim.cellEditMode = false;
  });
});
