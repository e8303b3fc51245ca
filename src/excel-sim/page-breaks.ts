/** Simulated `Excel.PageBreakCollection` (Worksheet.horizontalPageBreaks / verticalPageBreaks, ExcelApi 1.9). */
import { parseAddress } from "./address";
import type { SimRequestContext } from "./context";
import { invalidArgument, simError, SimErrorCodes } from "./errors";
import { SimObject } from "./object";
import { SimRange } from "./range";
import type { SheetState, WorkbookState } from "./state";

/**
 * `add(range)` puts a manual page break before the range's top-left cell: before its row (horizontal) or its
 * column (vertical). As in Excel: a range on another worksheet or an address that is not one is an error, and
 * there is no break before row 1 or column A (nothing to break from), so such a call fails instead of doing nothing.
 */
export class SimPageBreakCollection extends SimObject<SheetState> {
  constructor(
    ctx: SimRequestContext,
    resolver: (st: WorkbookState) => SheetState,
    private readonly direction: "horizontal" | "vertical",
  ) {
    super(ctx, "PageBreakCollection", resolver);
  }
  protected _scalarNames(): readonly string[] {
    return [];
  }
  protected _read(): unknown {
    return undefined;
  }
  add(pageBreakRange: SimRange | string): void {
    this._queue("add", typeof pageBreakRange === "string" ? pageBreakRange : "#range", (s, st) => {
      const loc = "PageBreakCollection.add";
      const target = pageBreakRange instanceof SimRange ? pageBreakRange._target(st) : undefined;
      if (target && target.sheet !== s) throw simError(SimErrorCodes.invalidReference, "The range is on another worksheet.", loc);
      const rect = target ? target.rect : parseAddress(pageBreakRange as string)?.rect;
      if (!rect) throw invalidArgument(`'${String(pageBreakRange)}' is not a valid range.`, loc);
      const at = this.direction === "horizontal" ? rect.r1 : rect.c1;
      if (at === 0) throw invalidArgument(`No page break can start before ${this.direction === "horizontal" ? "row 1" : "column A"}.`, loc);
      const list = this.direction === "horizontal" ? s.pageLayout.rowBreaks : s.pageLayout.columnBreaks;
      if (!list.includes(at)) list.push(at);
      list.sort((a, b) => a - b);
    });
  }
  /** Removes every manual page break of this direction. */
  removePageBreaks(): void {
    this._queue("removePageBreaks", null, (s) => {
      if (this.direction === "horizontal") s.pageLayout.rowBreaks = [];
      else s.pageLayout.columnBreaks = [];
    });
  }
}
