/**
 * Simulated Excel: the test double of `src/excel/` and the engine of the browser demo.
 *
 *   const sim = ExcelSim.fromSheets([{ name: "Budget", values: [["Post", "Belopp"], ["Jobbcentrum", 2652000]] }]);
 *   await sim.run({ delayForCellEdit: true }, async (context) => { … await context.sync(); });
 *   sim.syncCount; sim.runs; sim.snapshot(); sim.onChange(render); sim.failOnSync(2, { afterOperations: 5 });
 *
 * Strict like Excel: properties throw PropertyNotLoaded until load() + sync(); writes are queued
 * until sync(); a failing operation keeps the earlier ones and drops the rest; requests above
 * `maxPayloadBytes` (5 MB) are refused whole.
 */
export { ExcelSim } from "./sim";
export type { SheetInit, ExcelSimInit, SimRunOptions, FailOnSyncOptions } from "./sim";
export type { SimRequestContext, RunRecord } from "./context";
export { SimError, SimErrorCodes, isSimError } from "./errors";
export type { SheetSnapshot, WorkbookSnapshot } from "./snapshot";
export type { FormatProps } from "./state";
export { DEFAULT_PAYLOAD_LIMIT } from "./payload";
