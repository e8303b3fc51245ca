/** Simulated `Excel.Worksheet` and `Excel.WorksheetCollection`. */
import { MAX_COLUMNS, MAX_ROWS, parseAddress, type Rect } from "./address";
import { usedRect } from "./cells";
import { SimChartCollection } from "./chart";
import type { SimRequestContext } from "./context";
import { invalidArgument, itemNotFound, simError, SimErrorCodes } from "./errors";
import { SimFreezePanes } from "./freeze-panes";
import { nameKey } from "./names";
import { SimCollection, SimObject } from "./object";
import { SimPageBreakCollection } from "./page-breaks";
import { SimPageLayout } from "./page-layout";
import { SimRange, type RangeTarget } from "./range";
import { SimCustomPropertyCollection } from "./settings";
import { STANDARD_COLUMN_WIDTH, type SheetState, type Visibility, type WorkbookState } from "./state";
import { SimTableCollection } from "./table";
import { checkBool, checkColor } from "./validate";

const SCALARS = ["id", "name", "position", "visibility", "tabColor", "showGridlines", "standardWidth"] as const;
const NAV = ["freezePanes", "tables", "charts", "pageLayout", "horizontalPageBreaks", "verticalPageBreaks", "customProperties"] as const;

export class SimWorksheet extends SimObject<SheetState> {
  constructor(ctx: SimRequestContext, resolver: (st: WorkbookState) => SheetState | null, nullable = false) {
    super(ctx, "Worksheet", resolver, nullable);
  }
  protected _scalarNames(): readonly string[] {
    return SCALARS;
  }
  protected override _navigationNames(): readonly string[] {
    return NAV;
  }
  protected override _alive(s: SheetState): boolean {
    return !s.deleted;
  }
  protected _read(s: SheetState, prop: string, st: WorkbookState): unknown {
    if (prop === "position") return st.sheets.indexOf(s);
    if (prop === "standardWidth") return STANDARD_COLUMN_WIDTH;
    return s[prop as keyof SheetState];
  }

  get id(): string {
    return this._get("id");
  }
  get name(): string {
    return this._get("name");
  }
  set name(v: string) {
    this._queue("name", v, (s, st) => st.renameSheet(s, v));
  }
  get position(): number {
    return this._get("position");
  }
  set position(v: number) {
    this._queue("position", v, (s, st) => st.moveSheet(s, v));
  }
  get visibility(): Visibility {
    return this._get("visibility");
  }
  set visibility(v: Visibility) {
    this._queue("visibility", v, (s, st) => st.setVisibility(s, v));
  }
  get tabColor(): string {
    return this._get("tabColor");
  }
  set tabColor(v: string) {
    this._queue("tabColor", v, (s) => void (s.tabColor = v === "" ? "" : checkColor(v, "Worksheet.tabColor")));
  }
  get showGridlines(): boolean {
    return this._get("showGridlines");
  }
  set showGridlines(v: boolean) {
    this._queue("showGridlines", v, (s) => void (s.showGridlines = checkBool(v, "Worksheet.showGridlines")));
  }
  get standardWidth(): number {
    return this._get("standardWidth");
  }

  get freezePanes(): SimFreezePanes {
    return this._kid("freezePanes", () => new SimFreezePanes(this.context, (st) => this._target(st)));
  }
  get tables(): SimTableCollection {
    return this._kid("tables", () => new SimTableCollection(this.context, (st) => ({ sheet: this._target(st) })));
  }
  get charts(): SimChartCollection {
    return this._kid("charts", () => new SimChartCollection(this.context, (st) => this._target(st)));
  }
  get pageLayout(): SimPageLayout {
    return this._kid("pageLayout", () => new SimPageLayout(this.context, (st) => this._target(st)));
  }
  get horizontalPageBreaks(): SimPageBreakCollection {
    return this._kid("horizontalPageBreaks", () => new SimPageBreakCollection(this.context, (st) => this._target(st), "horizontal"));
  }
  get verticalPageBreaks(): SimPageBreakCollection {
    return this._kid("verticalPageBreaks", () => new SimPageBreakCollection(this.context, (st) => this._target(st), "vertical"));
  }
  get customProperties(): SimCustomPropertyCollection {
    return this._kid("customProperties", () => new SimCustomPropertyCollection(this.context, (st) => this._target(st)));
  }

  activate(): void {
    this._queue("activate", null, (s, st) => st.activate(s), false);
  }
  delete(): void {
    this._queue("delete", null, (s, st) => st.deleteSheet(s));
  }

  private _range(location: string, rect: (sheet: SheetState) => Rect): SimRange {
    return new SimRange(this.context, (st): RangeTarget => {
      const sheet = this._target(st);
      const r = rect(sheet);
      if (r.r1 < 0 || r.c1 < 0 || r.r2 >= MAX_ROWS || r.c2 >= MAX_COLUMNS || r.r2 < r.r1 || r.c2 < r.c1)
        throw invalidArgument("The range is outside the sheet.", location);
      return { sheet, rect: r };
    });
  }

  getRange(address?: string): SimRange {
    return this._range("Worksheet.getRange", (sheet) => {
      if (address === undefined) return { r1: 0, c1: 0, r2: MAX_ROWS - 1, c2: MAX_COLUMNS - 1 };
      const p = parseAddress(address);
      if (!p) throw invalidArgument(`'${address}' is not a valid range address.`, "Worksheet.getRange");
      if (p.sheet !== undefined && nameKey(p.sheet) !== nameKey(sheet.name))
        throw invalidArgument("The address refers to another worksheet.", "Worksheet.getRange");
      return p.rect;
    });
  }
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): SimRange {
    return this._range("Worksheet.getRangeByIndexes", () => ({
      r1: startRow,
      c1: startColumn,
      r2: startRow + rowCount - 1,
      c2: startColumn + columnCount - 1,
    }));
  }
  getCell(row: number, column: number): SimRange {
    return this._range("Worksheet.getCell", () => ({ r1: row, c1: column, r2: row, c2: column }));
  }
  getUsedRange(valuesOnly?: boolean): SimRange {
    return this._range("Worksheet.getUsedRange", (s) => usedRect(s, !!valuesOnly) ?? { r1: 0, c1: 0, r2: 0, c2: 0 });
  }
  /** The sheet after `sheet` in tab order (with visibleOnly: the next visible one), or null after the last. */
  private _next(st: WorkbookState, sheet: SheetState, visibleOnly: boolean): SheetState | null {
    const after = st.sheets.slice(st.sheets.indexOf(sheet) + 1);
    return after.find((s) => !visibleOnly || s.visibility === "Visible") ?? null;
  }
  /** The next worksheet; ItemNotFound after the last one. */
  getNext(visibleOnly?: boolean): SimWorksheet {
    return new SimWorksheet(this.context, (st) => {
      const next = this._next(st, this._target(st), !!visibleOnly);
      if (!next) throw itemNotFound("There is no worksheet after this one.", "Worksheet.getNext");
      return next;
    });
  }
  /** The next worksheet, or a null object after the last one — also when this worksheet is a null object. */
  getNextOrNullObject(visibleOnly?: boolean): SimWorksheet {
    return new SimWorksheet(
      this.context,
      (st) => {
        const sheet = this._resolve(st);
        return sheet === null ? null : this._next(st, sheet, !!visibleOnly);
      },
      true,
    );
  }
  /** A null object also when the worksheet itself is one (`getItemOrNullObject` of a missing sheet). */
  getUsedRangeOrNullObject(valuesOnly?: boolean): SimRange {
    return new SimRange(
      this.context,
      (st) => {
        const sheet = this._resolve(st);
        if (sheet === null) return null;
        const rect = usedRect(sheet, !!valuesOnly);
        return rect ? { sheet, rect } : null;
      },
      true,
    );
  }
}

export class SimWorksheetCollection extends SimCollection<WorkbookState, SheetState, SimWorksheet> {
  constructor(ctx: SimRequestContext) {
    super(ctx, "WorksheetCollection", (st) => st);
  }
  protected _members(st: WorkbookState): SheetState[] {
    return [...st.sheets];
  }
  protected _itemProxy(m: SheetState): SimWorksheet {
    return new SimWorksheet(this.context, () => m);
  }

  add(name?: string): SimWorksheet {
    const proxy = new SimWorksheet(this.context, () => {
      throw simError(SimErrorCodes.invalidObjectPath, "The worksheet was never created (its add failed or was dropped).");
    });
    this._queue("add", name ?? null, (st) => void proxy._preset(st.addSheet(name)));
    return proxy;
  }
  getItem(key: string): SimWorksheet {
    return new SimWorksheet(this.context, (st) => st.getSheet(key));
  }
  getItemOrNullObject(key: string): SimWorksheet {
    return new SimWorksheet(this.context, (st) => st.findSheet(key) ?? null, true);
  }
  getActiveWorksheet(): SimWorksheet {
    return new SimWorksheet(this.context, (st) => st.activeSheet());
  }
  /** The first worksheet (with visibleOnly: the first visible one), in tab order. */
  getFirst(visibleOnly?: boolean): SimWorksheet {
    return new SimWorksheet(this.context, (st) => {
      const first = st.sheets.find((s) => !visibleOnly || s.visibility === "Visible");
      if (!first) throw itemNotFound("The requested resource doesn't exist. (first Worksheet)", "WorksheetCollection.getFirst");
      return first;
    });
  }
}
