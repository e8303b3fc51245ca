/**
 * The Excel host: implements WorkbookSource/WorkbookSink over the Excel JavaScript API — the real
 * Office.js (`createExcelHost(Excel)`) or the simulated Excel (`createExcelHost(new ExcelSim())`).
 * Every batch runs with `{ delayForCellEdit: true }`, so Excel waits until the user leaves cell
 * edit mode instead of failing. Sync counts: read 2 (1 + 1 per ~4 MB of values), write 2 (+1 per extra ~4 MB chunk),
 * selectCell 1; a failed write adds a cleanup run of 1–2 syncs.
 */
import type { RawSheet, SheetPlan, WorkbookSink, WorkbookSource, WriteReport } from "../domain/model";
import { errorCode, ExcelHostError, hiddenSheetText, PROTECTED_TEXT, readError, selectError, writeError } from "./errors";
import type { ExcelApi, ExcelContext } from "./office-api";
import { listOutputs, removeOutputs, type OutputSheet } from "./outputs";
import { readWorkbook } from "./read";
import { recoverWrite } from "./recovery";
import { writePlans, type WriteState } from "./write";

export interface ExcelHostOptions {
  /** Run batches with `{ delayForCellEdit: true }` (default true). */
  delayForCellEdit?: boolean;
  /** Also read formulas into RawSheet.formulas (default false). */
  readFormulas?: boolean;
  /** Request budget per sync for writes, bytes (default 4 000 000; Excel on the web rejects 5 MB). */
  maxRequestBytes?: number;
  /** Response budget per read sync, bytes (default 4 000 000; Excel on the web rejects 5 MB). */
  readResponseBytes?: number;
  /** Tag of a write's temporary sheet names (default random); injectable for tests. */
  runTag?: () => string;
}

export interface ExcelHost extends WorkbookSource, WorkbookSink {
  /** Activates `sheet` and selects `cell` (1 sync). */
  selectCell(sheet: string, cell: string): Promise<void>;
  /** Finsam's own output sheets as found by the last readSheets (no sync); undefined before the first read. */
  lastReadOutputs(): OutputSheet[] | undefined;
  /** Finsam's own output sheets (the register's), 1 sync. */
  listOutputs(): Promise<OutputSheet[]>;
  /** Deletes the named output sheets (all when undefined); never a sheet outside the register. 2 syncs. */
  removeOutputs(names?: readonly string[]): Promise<string[]>;
  /** context.sync() calls of the last readSheets/apply/selectCell (including a cleanup run). */
  readonly lastSyncs: number;
  /** context.sync() calls through this host so far. */
  syncCount(): number;
}

const randomTag = (): string => Math.random().toString(36).slice(2, 8).padEnd(6, "0");

export function createExcelHost(api: ExcelApi, options: ExcelHostOptions = {}): ExcelHost {
  const delay = options.delayForCellEdit ?? true;
  const maxBytes = options.maxRequestBytes ?? 4_000_000;
  const responseBudget = options.readResponseBytes ?? 4_000_000;
  const newTag = options.runTag ?? randomTag;
  let total = 0;
  let last = 0;
  let queue: Promise<unknown> = Promise.resolve();
  let readOutputs: OutputSheet[] | undefined;

  /**
   * Runs `op` after every earlier read/write/select of this host has finished, so two runs started at once (a double
   * click) never interleave their syncs: the second waits instead of failing on the first one's sheet names.
   */
  function serial<T>(op: () => Promise<T>): Promise<T> {
    const next = queue.then(op, op);
    queue = next.catch(() => undefined);
    return next;
  }

  /** Runs a batch with a context whose sync() is counted. */
  async function run<T>(batch: (context: ExcelContext) => Promise<T>): Promise<T> {
    const body = (ctx: ExcelContext): Promise<T> =>
      batch({
        workbook: ctx.workbook,
        application: ctx.application,
        sync: <P>(passThroughValue?: P): Promise<P> => {
          last += 1;
          total += 1;
          return ctx.sync(passThroughValue);
        },
      });
    return delay ? api.run({ delayForCellEdit: true }, body) : api.run(body);
  }

  return {
    readSheets: (): Promise<RawSheet[]> =>
      serial(async () => {
        last = 0;
        try {
          readOutputs = undefined;
          const onOutputs = (o: OutputSheet[]): void => void (readOutputs = o);
          return await run((context) => readWorkbook(context, { formulas: !!options.readFormulas, responseBudget, onOutputs }));
        } catch (e) {
          throw e instanceof ExcelHostError ? e : readError(e);
        }
      }),

    apply: (plans: SheetPlan[]): Promise<WriteReport> =>
      serial(async () => {
        last = 0;
        if (plans.length === 0) return { written: [], replaced: [], syncs: 0 };
        const state: WriteState = { tag: newTag() };
        try {
          const report = await run((context) => writePlans(context, plans, state, maxBytes));
          return { ...report, syncs: last };
        } catch (e) {
          const created = (state.newIds?.length ?? 0) > 0;
          let recovered: { committed: boolean; protectedStructure: boolean };
          try {
            recovered = await run((context) => recoverWrite(context, state));
          } catch (cleanupError) {
            throw writeError(e, "misslyckades", cleanupError, created);
          }
          if (recovered.committed && state.report) return { ...state.report, syncs: last };
          if (recovered.protectedStructure && !created) throw new ExcelHostError(PROTECTED_TEXT, "InvalidOperation", e);
          throw writeError(e, "klar", undefined, created);
        }
      }),

    selectCell: (sheet: string, cell: string): Promise<void> =>
      serial(async () => {
        last = 0;
        try {
          await run(async (context) => {
            const ws = context.workbook.worksheets.getItem(sheet);
            ws.activate();
            ws.getRange(cell).select();
            await context.sync();
          });
        } catch (e) {
          // Excel refuses to activate a hidden sheet: one more sync tells that case from the others
          const hidden = await run(async (context) => {
            const ws = context.workbook.worksheets.getItemOrNullObject(sheet).load("visibility");
            await context.sync();
            return !ws.isNullObject && ws.visibility !== "Visible";
          }).catch(() => false);
          if (hidden) throw new ExcelHostError(hiddenSheetText(sheet, cell), errorCode(e), e);
          throw selectError(e, sheet, cell);
        }
      }),

    lastReadOutputs: (): OutputSheet[] | undefined => readOutputs,

    listOutputs: (): Promise<OutputSheet[]> =>
      serial(async () => {
        last = 0;
        try {
          return await run((context) => listOutputs(context));
        } catch (e) {
          throw e instanceof ExcelHostError ? e : readError(e);
        }
      }),

    removeOutputs: (names?: readonly string[]): Promise<string[]> =>
      serial(async () => {
        last = 0;
        try {
          return await run((context) => removeOutputs(context, names));
        } catch (e) {
          throw e instanceof ExcelHostError ? e : writeError(e, "misslyckades", undefined, false);
        }
      }),

    get lastSyncs(): number {
      return last;
    },

    syncCount(): number {
      return total;
    },
  };
}
