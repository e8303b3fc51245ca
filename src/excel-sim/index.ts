/** Simulated Excel: the test double of `src/excel/` and the engine of the browser demo. */
export { ExcelSim } from "./sim";
export type { SheetInit, ExcelSimInit, SimRunOptions, FailOnSyncOptions } from "./sim";
export type { SimRequestContext, RunRecord } from "./context";
export { SimError, SimErrorCodes, isSimError } from "./errors";
export type { SheetSnapshot, WorkbookSnapshot } from "./snapshot";
export { DEFAULT_PAYLOAD_LIMIT } from "./payload";
