/** Simulated `Excel.WorksheetFreezePanes`. */
import { parseAddress, rectAddress } from "./address";
import type { SimRequestContext } from "./context";
import { invalidArgument, simError, SimErrorCodes } from "./errors";
import { SimObject } from "./object";
import { SimRange } from "./range";
import type { SheetState, WorkbookState } from "./state";

export class SimFreezePanes extends SimObject<SheetState> {
  constructor(ctx: SimRequestContext, resolver: (st: WorkbookState) => SheetState) {
    super(ctx, "WorksheetFreezePanes", resolver);
  }
  protected _scalarNames(): readonly string[] {
    return [];
  }
  protected _read(): unknown {
    return undefined;
  }
  private _count(v: unknown, location: string): number {
    if (!Number.isInteger(v) || (v as number) < 0 || (v as number) > 1000) throw invalidArgument("Invalid count.", location);
    return v as number;
  }
  freezeRows(count = 1): void {
    this._queue("freezeRows", count, (s) => {
      const rows = this._count(count, "WorksheetFreezePanes.freezeRows");
      s.freeze = rows === 0 ? null : { rows, columns: 0 };
    });
  }
  freezeColumns(count = 1): void {
    this._queue("freezeColumns", count, (s) => {
      const columns = this._count(count, "WorksheetFreezePanes.freezeColumns");
      s.freeze = columns === 0 ? null : { rows: 0, columns };
    });
  }
  freezeAt(frozenRange: SimRange | string): void {
    this._queue("freezeAt", typeof frozenRange === "string" ? frozenRange : "#range", (s, st) => {
      const target = frozenRange instanceof SimRange ? frozenRange._target(st) : undefined;
      if (target && target.sheet !== s)
        throw simError(SimErrorCodes.invalidReference, "The range is on another worksheet.", "WorksheetFreezePanes.freezeAt");
      const rect = target ? target.rect : parseAddress(frozenRange as string)?.rect;
      if (!rect) throw invalidArgument(`'${String(frozenRange)}' is not a valid range.`, "WorksheetFreezePanes.freezeAt");
      s.freeze = { rows: rect.r2 + 1, columns: rect.c2 + 1 };
    });
  }
  unfreeze(): void {
    this._queue("unfreeze", null, (s) => void (s.freeze = null));
  }
  getLocationOrNullObject(): SimRange {
    return new SimRange(
      this.context,
      (st) => {
        const s = this._target(st);
        if (!s.freeze) return null;
        const rect = parseAddress(
          rectAddress({ r1: 0, c1: 0, r2: Math.max(0, s.freeze.rows - 1), c2: Math.max(0, s.freeze.columns - 1) }),
        )!.rect;
        return { sheet: s, rect };
      },
      true,
    );
  }
}
