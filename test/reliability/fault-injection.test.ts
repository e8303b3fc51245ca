import type { SheetPlan } from "../../src/domain/model";
import { runPipeline } from "../../src/domain/pipeline/pipeline";
import { createExcelHost } from "../../src/excel";
import { ExcelSim } from "../../src/excel-sim";
import { DEFAULT_OPTIONS, workbook } from "../fixtures/bad/build";
import { fingerprints, PERIOD, rig, tempSheets } from "./setup";

/**
 * Fault injection: the write of real pipeline output fails at sync k (for every k of the write) after n of that
 * sync's operations (every operation boundary; set RELIABILITY_EXHAUSTIVE=1 to try every n, the default tries every
 * 4th plus the first 12 and the last 40, where the commit happens). Afterwards there is never a half-written or
 * temporary sheet, the user's sheets are untouched, and either the previous output is exactly as it was (rolled
 * back) or the new output is complete and identical to a clean write (committed).
 */

const EXHAUSTIVE = process.env.RELIABILITY_EXHAUSTIVE === "1";
const sheets = workbook();
const plansA = runPipeline(sheets, DEFAULT_OPTIONS).plans;
/** A second version of the output (another period), so "previous" and "new" differ in every report. */
const plansB = runPipeline(sheets, { ...DEFAULT_OPTIONS, till: "2024-05-31" }).plans.map((p) => ({
  ...p,
  key: plansA.find((a) => a.kind === p.kind)?.key ?? p.key,
  name: plansA.find((a) => a.kind === p.kind)?.name ?? p.name,
}));

let tagNo = 0;
const host = (sim: ExcelSim) => createExcelHost(sim, { runTag: () => `f${++tagNo}` });

/**
 * Values of every non-user sheet by name (what a reader of the reports sees). Worksheet ids in the register are
 * replaced by the name of the sheet they point at (ids differ between two simulated workbooks).
 */
function outputValues(sim: ExcelSim, userIds: readonly string[]): Record<string, unknown> {
  const sheetsNow = sim.snapshot().sheets;
  const nameOf = new Map(sheetsNow.map((s) => [s.id, s.name]));
  const deId = (v: unknown) =>
    typeof v === "string" && nameOf.has(v)
      ? `id→${nameOf.get(v)}`
      : typeof v === "string" && /^\{[0-9A-F-]+\}$/.test(v)
        ? "id→(saknas)"
        : v;
  return Object.fromEntries(
    sheetsNow.filter((s) => !userIds.includes(s.id)).map((s) => [s.name, [s.visibility, s.values.map((r) => r.map(deId)), s.formulas]]),
  );
}

/** Operation boundaries to try for a sync of `ops` operations. */
function boundaries(ops: number): number[] {
  const all = Array.from({ length: ops + 1 }, (_, i) => i);
  return EXHAUSTIVE ? all : all.filter((n) => n < 12 || n > ops - 40 || n % 4 === 0);
}

async function withPrevious(plans: SheetPlan[] | null) {
  const sim = ExcelSim.fromSheets(structuredClone(sheets));
  const userIds = sim.snapshot().sheets.map((s) => s.id);
  if (plans) await host(sim).apply(plans);
  return {
    sim,
    userIds,
    users: fingerprints(sim, userIds),
    outputs: outputValues(sim, userIds),
    ids: sim.snapshot().sheets.map((s) => s.id),
  };
}

describe("fault injection in the write of real pipeline output", () => {
  let committedReference: Record<string, unknown>;
  let syncOps: number[];

  beforeAll(async () => {
    const probe = await withPrevious(plansA);
    await host(probe.sim).apply(plansB);
    syncOps = probe.sim.lastRun!.operations;
    committedReference = outputValues(probe.sim, probe.userIds);
  });

  for (const previous of ["with previous output", "first write"] as const) {
    it(`${previous}: every sync k and operation boundary n → rolled back or complete, never half-written`, async () => {
      expect(syncOps.length).toBeGreaterThanOrEqual(2);
      const outcomes: Record<string, number> = {};
      let tried = 0;
      for (let k = 1; k <= syncOps.length; k++) {
        for (const n of boundaries(syncOps[k - 1])) {
          const t = await withPrevious(previous === "first write" ? null : plansA);
          t.sim.failOnSync(k, { afterOperations: n });
          const failed = await host(t.sim)
            .apply(plansB)
            .then(
              () => false,
              (e: unknown) => (e as Error).message,
            );
          tried++;
          const where = `sync ${k}, after ${n} operations`;
          expect({ where, temp: tempSheets(t.sim) }).toEqual({ where, temp: [] });
          expect({ where, users: fingerprints(t.sim, t.userIds) }).toEqual({ where, users: t.users });
          if (failed) {
            outcomes.rolledBack = (outcomes.rolledBack ?? 0) + 1;
            expect(failed).toMatch(/tidigare rapporter är orörda/);
            expect({ where, ids: t.sim.snapshot().sheets.map((s) => s.id) }).toEqual({ where, ids: t.ids });
            expect({ where, outputs: outputValues(t.sim, t.userIds) }).toEqual({ where, outputs: t.outputs });
          } else {
            outcomes.committed = (outcomes.committed ?? 0) + 1;
            expect({ where, outputs: outputValues(t.sim, t.userIds) }).toEqual({ where, outputs: committedReference });
          }
        }
      }
      if (process.env.FUZZ_REPORT === "1")
        process.stdout.write(
          `fault injection (${previous}): ${tried} points over ${syncOps.length} syncs (${syncOps.join(" + ")} operations): ${JSON.stringify(outcomes)}\n`,
        );
      expect(outcomes.rolledBack).toBeGreaterThan(0);
      expect(tried).toBeGreaterThan(syncOps.length * 10);
    });
  }

  it("a write chunked into many syncs (300 kB of output, 64 kB budget): a fault at every sync k rolls back or completes", async () => {
    // 1 500 unreadable utfall rows → a Valideringsrapport of 1 500 issues, written in several ~64 kB syncs.
    const big = workbook({ utfall: (rows) => [...rows, ...Array.from({ length: 1500 }, (_, i) => ["Jobbcentrum", "2024-Q1", `? ${i}`])] });
    const bigPlans = runPipeline(big, DEFAULT_OPTIONS).plans;
    const chunked = (sim: ExcelSim) => createExcelHost(sim, { runTag: () => `c${++tagNo}`, maxRequestBytes: 80_000 });
    const fresh = async (withOutput: boolean) => {
      const sim = ExcelSim.fromSheets(structuredClone(big));
      const userIds = sim.snapshot().sheets.map((x) => x.id);
      if (withOutput) await chunked(sim).apply(plansA);
      return { sim, userIds, users: fingerprints(sim, userIds), outputs: outputValues(sim, userIds) };
    };
    const probe = await fresh(true);
    await chunked(probe.sim).apply(bigPlans);
    const ops = probe.sim.lastRun!.operations;
    const reference = outputValues(probe.sim, probe.userIds);
    expect(ops.length).toBeGreaterThan(4);
    const outcomes = new Set<string>();
    let tried = 0;
    for (let k = 1; k <= ops.length; k++) {
      for (const n of k === ops.length ? boundaries(ops[k - 1]).filter((x) => x > ops[k - 1] - 20) : [0, Math.floor(ops[k - 1] / 2)]) {
        const t = await fresh(true);
        t.sim.failOnSync(k, { afterOperations: n });
        const failed = await chunked(t.sim)
          .apply(bigPlans)
          .then(
            () => false,
            () => true,
          );
        tried++;
        const where = `sync ${k} of ${ops.length}, after ${n} operations`;
        expect({ where, temp: tempSheets(t.sim), users: fingerprints(t.sim, t.userIds) }).toEqual({ where, temp: [], users: t.users });
        const same = JSON.stringify(outputValues(t.sim, t.userIds)) === JSON.stringify(failed ? t.outputs : reference);
        expect({ where, failed, same }).toEqual({ where, failed, same: true });
        outcomes.add(failed ? "rolled back" : "committed");
      }
    }
    if (process.env.FUZZ_REPORT === "1")
      process.stdout.write(
        `fault injection (chunked write): ${ops.length} syncs (${ops.join(" + ")} operations), ${tried} points, ${[...outcomes].join(" / ")}\n`,
      );
    expect([...outcomes].sort()).toEqual(["committed", "rolled back"]);
    for (const bytes of probe.sim.lastRun!.requestBytes) expect(bytes).toBeLessThanOrEqual(80_000);
  });

  it("a failing read changes nothing and the services say so in Swedish", async () => {
    for (const k of [1, 2]) {
      const r = await rig();
      const before = fingerprints(r.sim, r.userIds);
      const names = r.sim.sheetNames();
      r.sim.failOnSync(k);
      const svar = await r.services.writeReports(PERIOD);
      expect(svar).toEqual({ ok: false, message: expect.stringMatching(/^Kunde inte läsa arbetsboken/) });
      expect(r.sim.sheetNames()).toEqual(names);
      expect(fingerprints(r.sim, r.userIds)).toEqual(before);
    }
  });

  it("when the write AND its cleanup fail, no user sheet is touched and the message says what to remove by hand", async () => {
    for (const n of [0, 5, 20]) {
      const t = await withPrevious(plansA);
      t.sim.failOnSync(2, { afterOperations: n, runs: 2 });
      const message = await host(t.sim)
        .apply(plansB)
        .then(
          () => "",
          (e: unknown) => (e as Error).message,
        );
      expect(message).toMatch(/Städningen misslyckades också.*~finsam-/);
      expect(fingerprints(t.sim, t.userIds)).toEqual(t.users);
    }
  });
});
