/**
 * The simulated `Excel.RequestContext`: operations queue up and run only at `sync()`, in order.
 * A failing operation keeps the ones before it applied and drops the rest; an over-size request
 * applies nothing (RequestPayloadSizeLimitExceeded); loaded values arrive only after a successful sync.
 */
import { isSimError, SimError, simError, SimErrorCodes } from "./errors";
import type { LoadResult, LoadSpec, Operation, SimObject } from "./object";
import { REQUEST_OVERHEAD_BYTES } from "./payload";
import { recalc } from "./recalc";
import type { WorkbookState } from "./state";
import { SimWorkbook } from "./workbook";
import type { SimApplication } from "./application";

/** Statistics of one `run` (one `Excel.run` batch). */
export interface RunRecord {
  syncs: number;
  /** Queued operations per sync (loads, writes, method calls). */
  operations: number[];
  requestBytes: number[];
  responseBytes: number[];
  delayForCellEdit: boolean;
  /** Syncs during which screen updating was suspended. */
  screenUpdatingSuspendedSyncs: number;
  failed?: string;
}

/** A fault injected by `ExcelSim.failOnSync`. */
export interface SyncFault {
  sync: number;
  afterOperations: number;
  code: string;
  message: string;
}

/** What the context needs from the simulator. */
export interface SimEngine {
  readonly state: WorkbookState;
  readonly maxPayloadBytes: number;
  readonly maxResponseBytes: number;
  readonly cellEditMode: boolean;
  _countSync(): void;
  _changed(): void;
}

export class SimRequestContext {
  readonly workbook: SimWorkbook;
  readonly application: SimApplication;
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
  private queue: Operation[] = [];
  private closed = false;
  /** Lower-bound bytes of the loads of this sync that were not built because they could not fit. */
  private refusedBytes = 0;

  constructor(
    private readonly engine: SimEngine,
    readonly _record: RunRecord,
    private readonly fault: SyncFault | undefined,
  ) {
    this.workbook = new SimWorkbook(this);
    this.application = this.workbook.application;
  }

  _enqueue(op: Operation): void {
    if (this.closed)
      throw simError(
        SimErrorCodes.invalidRequestContext,
        "Cannot use the object across different request contexts (its Excel.run has finished).",
      );
    this.queue.push(op);
  }

  _hasPending(): boolean {
    return this.queue.length > 0;
  }

  _close(): void {
    this.closed = true;
    this.queue = [];
  }

  /**
   * Whether `minBytes` more can still fit in this sync's response after `out`; when not, the bytes are noted and the
   * sync fails with ResponsePayloadSizeLimitExceeded after its operations ran — without building the oversized value.
   */
  _responseFits(out: LoadResult[], minBytes: number): boolean {
    let used = this.refusedBytes;
    for (const r of out) used += r.bytes;
    if (used + minBytes <= this.engine.maxResponseBytes) return true;
    this.refusedBytes += minBytes;
    return false;
  }

  get debugInfo(): { pendingStatements: string[] } {
    return { pendingStatements: this.queue.map((o) => o.statement) };
  }

  load<T>(object: SimObject<T>, option?: LoadSpec): void {
    object.load(option);
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    if (this.closed) throw simError(SimErrorCodes.invalidRequestContext, "The request context is no longer valid.");
    const ops = this.queue;
    this.queue = [];
    await Promise.resolve();
    const engine = this.engine;
    const record = this._record;
    engine._countSync();
    record.syncs += 1;
    const fail = (e: SimError): never => {
      record.failed = e.code;
      throw e;
    };
    if (engine.cellEditMode && !record.delayForCellEdit)
      fail(simError(SimErrorCodes.invalidOperationInCellEditMode, "Excel is in cell-editing mode."));
    // a modal dialog open in Excel refuses every request that writes (WriteNotSupportedWhenModalDialogOpen)
    if (engine.state.modalDialogOpen && ops.some((o) => o.mutates))
      fail(
        simError(SimErrorCodes.writeNotSupportedWhenModalDialogOpen, "The write operation is not supported while a modal dialog is open."),
      );
    record.operations.push(ops.length);
    const bytes = REQUEST_OVERHEAD_BYTES + ops.reduce((s, o) => s + o.bytes, 0);
    record.requestBytes.push(bytes);
    if (bytes > engine.maxPayloadBytes)
      fail(simError(SimErrorCodes.requestPayloadSizeLimitExceeded, `The request payload size (${bytes} bytes) has exceeded the limit.`));
    this.refusedBytes = 0;
    const { failure, changed, out } = this.execute(ops);
    const st = engine.state;
    if (st.screenUpdatingSuspended) record.screenUpdatingSuspendedSyncs += 1;
    st.screenUpdatingSuspended = false;
    if (st.dirty) {
      recalc(st);
      st.dirty = false;
    }
    if (changed) engine._changed();
    if (failure) fail(failure);
    const responseBytes = out.reduce((s, r) => s + r.bytes, this.refusedBytes);
    record.responseBytes.push(responseBytes);
    if (responseBytes > engine.maxResponseBytes || this.refusedBytes > 0)
      fail(
        st.oversizeRead === "GeneralException"
          ? simError(SimErrorCodes.generalException, "An internal error has occurred.")
          : simError(
              SimErrorCodes.responsePayloadSizeLimitExceeded,
              `The response payload size (${responseBytes} bytes) has exceeded the limit.`,
            ),
      );
    for (const r of out) r.deliver();
    return passThroughValue as T;
  }

  private execute(ops: Operation[]): { failure?: SimError; changed: boolean; out: LoadResult[] } {
    const fault = this.fault && this.fault.sync === this._record.syncs ? this.fault : undefined;
    const out: LoadResult[] = [];
    let changed = false;
    for (let i = 0; i < ops.length; i++) {
      if (fault && i === fault.afterOperations) return { failure: simError(fault.code, fault.message, ops[i].location), changed, out };
      try {
        ops[i].run(this.engine.state, out);
        changed ||= ops[i].mutates;
      } catch (e) {
        if (!isSimError(e)) throw e;
        const around = ops.slice(Math.max(0, i - 2), i + 3).map((o) => o.statement);
        return { failure: e.at(ops[i].location, ops[i].statement, around), changed, out };
      }
    }
    if (fault) return { failure: simError(fault.code, fault.message, "RequestContext.sync"), changed, out };
    return { changed, out };
  }
}
