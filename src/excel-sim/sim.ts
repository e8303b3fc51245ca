/**
 * ExcelSim: a strict in-memory Excel for tests and the browser demo. `sim.run(batch)` mirrors
 * `Excel.run(async (context) => …)`, also with `{ delayForCellEdit }` options.
 */
import type { CellValue } from "../domain/model/raw";
import { SimRequestContext, type RunRecord, type SimEngine, type SyncFault } from "./context";
import { simError, SimErrorCodes } from "./errors";
import { DEFAULT_PAYLOAD_LIMIT } from "./payload";
import { recalc } from "./recalc";
import { snapshotSheet, snapshotWorkbook, type SheetSnapshot, type WorkbookSnapshot } from "./snapshot";
import { cellKey, WorkbookState, type Visibility } from "./state";

export interface SheetInit {
  name: string;
  /** Raw cell values (no typed-input parsing); null and "" leave a cell empty. */
  values?: CellValue[][];
  /** Formulas ("=…"), null elsewhere. */
  formulas?: (string | null)[][];
  numberFormats?: (string | null)[][];
  /** 0-based cell of values[0][0] (default A1). */
  origin?: { row: number; col: number };
  visibility?: Visibility;
}

export interface ExcelSimInit {
  sheets?: SheetInit[];
  settings?: Record<string, unknown>;
  maxPayloadBytes?: number;
  maxResponseBytes?: number;
  /** The workbook uses the 1904 date system (serials 1 462 lower; `functions.date` answers in it). */
  date1904?: boolean;
  /** Workbook-scoped defined names, e.g. { name: "Medlemsavgift", formula: "=Inställningar!$B$2" }. */
  names?: { name: string; formula: string }[];
}

export interface SimRunOptions {
  delayForCellEdit?: boolean;
}

export interface FailOnSyncOptions {
  /** Operations of that sync applied before it fails (default 0; ≥ the count = all applied, then it fails). */
  afterOperations?: number;
  code?: string;
  message?: string;
  /** How many of the next runs get the fault (default 1). */
  runs?: number;
}

export class ExcelSim implements SimEngine {
  readonly state = new WorkbookState();
  maxPayloadBytes: number;
  maxResponseBytes: number;
  /** Syncs over the simulator's lifetime. */
  syncCount = 0;
  /** One record per run: syncs, request/response bytes, failures. */
  readonly runs: RunRecord[] = [];
  private editing = false;
  private waiters: (() => void)[] = [];
  private fault: { fault: SyncFault; runs: number } | undefined;
  private readonly listeners = new Set<(sim: ExcelSim) => void>();

  constructor(init: ExcelSimInit = {}) {
    this.maxPayloadBytes = init.maxPayloadBytes ?? DEFAULT_PAYLOAD_LIMIT;
    this.maxResponseBytes = init.maxResponseBytes ?? DEFAULT_PAYLOAD_LIMIT;
    const sheets = init.sheets?.length ? init.sheets : [{ name: "Blad1" }];
    for (const s of sheets) this.loadSheet(s);
    for (const [key, value] of Object.entries(init.settings ?? {})) this.state.settings.set(key, { key, value });
    this.state.date1904 = init.date1904 ?? false;
    this.state.definedNames = (init.names ?? []).map((n) => ({ ...n }));
    recalc(this.state, true);
    this.state.dirty = false;
  }

  /** A workbook with these sheets (RawSheet-shaped input works). */
  static fromSheets(sheets: SheetInit[], init: Omit<ExcelSimInit, "sheets"> = {}): ExcelSim {
    return new ExcelSim({ ...init, sheets });
  }

  private loadSheet(init: SheetInit): void {
    const sheet = this.state.addSheet(init.name);
    if (init.visibility) sheet.visibility = init.visibility;
    const r0 = init.origin?.row ?? 0;
    const c0 = init.origin?.col ?? 0;
    const rows = Math.max(init.values?.length ?? 0, init.formulas?.length ?? 0, init.numberFormats?.length ?? 0);
    for (let r = 0; r < rows; r++) {
      const width = Math.max(init.values?.[r]?.length ?? 0, init.formulas?.[r]?.length ?? 0, init.numberFormats?.[r]?.length ?? 0);
      for (let c = 0; c < width; c++) {
        const value = init.values?.[r]?.[c];
        const formula = init.formulas?.[r]?.[c];
        const nf = init.numberFormats?.[r]?.[c];
        const hasFormula = typeof formula === "string" && formula.startsWith("=");
        if ((value === null || value === undefined || value === "") && !hasFormula && (!nf || nf === "General")) continue;
        sheet.cells.set(cellKey(r0 + r, c0 + c), {
          value: value ?? "",
          ...(hasFormula ? { formula } : {}),
          ...(nf && nf !== "General" ? { numberFormat: nf } : {}),
        });
      }
    }
  }

  /** While true, runs without `delayForCellEdit` fail and delayed runs wait (like a user typing in a cell). */
  get cellEditMode(): boolean {
    return this.editing;
  }
  set cellEditMode(v: boolean) {
    this.editing = v;
    if (!v) for (const w of this.waiters.splice(0)) w();
  }

  run<T>(batch: (context: SimRequestContext) => Promise<T>): Promise<T>;
  run<T>(options: SimRunOptions, batch: (context: SimRequestContext) => Promise<T>): Promise<T>;
  async run<T>(
    a: SimRunOptions | ((context: SimRequestContext) => Promise<T>),
    b?: (context: SimRequestContext) => Promise<T>,
  ): Promise<T> {
    const options = typeof a === "function" ? {} : a;
    const batch = typeof a === "function" ? a : b!;
    const delay = !!options.delayForCellEdit;
    if (delay && this.editing) await new Promise<void>((resolve) => this.waiters.push(resolve));
    const record: RunRecord = {
      syncs: 0,
      operations: [],
      requestBytes: [],
      responseBytes: [],
      delayForCellEdit: delay,
      screenUpdatingSuspendedSyncs: 0,
    };
    this.runs.push(record);
    let fault: SyncFault | undefined;
    if (this.fault && this.fault.runs > 0) {
      fault = this.fault.fault;
      this.fault.runs -= 1;
    }
    const ctx = new SimRequestContext(this, record, fault);
    try {
      const pending = batch(ctx) as unknown;
      if (!pending || typeof (pending as Promise<T>).then !== "function")
        throw simError(SimErrorCodes.runMustReturnPromise, "The batch function passed to run must return a promise.");
      const result = await (pending as Promise<T>);
      if (ctx._hasPending()) await ctx.sync();
      return result;
    } finally {
      ctx._close();
    }
  }

  /** Makes the `sync`-th sync of the next run(s) fail after `afterOperations` operations. */
  failOnSync(sync: number, options: FailOnSyncOptions = {}): void {
    this.fault = {
      fault: {
        sync,
        afterOperations: options.afterOperations ?? 0,
        code: options.code ?? SimErrorCodes.generalException,
        message: options.message ?? `Injected failure at sync ${sync}.`,
      },
      runs: options.runs ?? 1,
    };
  }

  clearFaults(): void {
    this.fault = undefined;
  }

  get lastRun(): RunRecord | undefined {
    return this.runs[this.runs.length - 1];
  }

  /** Calls `listener` after every sync that changed the workbook; returns an unsubscribe function. */
  onChange(listener: (sim: ExcelSim) => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  snapshot(): WorkbookSnapshot {
    return snapshotWorkbook(this.state);
  }

  /** Snapshot of one sheet by name (case-insensitive), or undefined. */
  sheet(name: string): SheetSnapshot | undefined {
    const s = this.state.findSheet(name);
    return s ? snapshotSheet(this.state, s) : undefined;
  }

  sheetNames(): string[] {
    return this.state.sheets.map((s) => s.name);
  }

  _countSync(): void {
    this.syncCount += 1;
  }

  _changed(): void {
    for (const l of this.listeners) l(this);
  }
}
