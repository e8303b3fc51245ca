/** Simulated `Excel.Range`: values, formulas, number formats, address, select, format, validation. */
import type { CellValue } from "../domain/model/raw";
import { fullAddress, MAX_COLUMNS, MAX_ROWS, rectCells, type Rect } from "./address";
import { clearRect, readCells, readFormulas, readNumberFormats, readValues, writeInputs, writeNumberFormats } from "./cells";
import { SimConditionalFormatCollection } from "./conditional-format";
import type { SimRequestContext } from "./context";
import { SimDataValidation } from "./data-validation";
import { invalidArgument } from "./errors";
import { SimObject, type LoadResult } from "./object";
import { clonePlain } from "./payload";
import { SimRangeFormat } from "./range-format";
import type { Cell, SheetState, WorkbookState } from "./state";
import { checkOneOf } from "./validate";
import { SimWorksheet } from "./worksheet";

export interface RangeTarget {
  sheet: SheetState;
  rect: Rect;
}

const SCALARS = [
  "address",
  "addressLocal",
  "rowCount",
  "columnCount",
  "rowIndex",
  "columnIndex",
  "values",
  "formulas",
  "numberFormat",
  "text",
] as const;
/** Properties read as newly built cell grids. */
const GRIDS = new Set(["values", "formulas", "numberFormat", "text"]);
const NAV = ["format", "dataValidation", "worksheet", "conditionalFormats"] as const;

export class SimRange extends SimObject<RangeTarget> {
  /** The cells looked up once for all grids of one load ("values,numberFormat"); nothing changes during a load. */
  private _cells: (Cell | undefined)[][] | undefined;
  constructor(ctx: SimRequestContext, resolver: (st: WorkbookState) => RangeTarget | null, nullable = false) {
    super(ctx, "Range", resolver, nullable);
  }
  override _collect(st: WorkbookState, paths: string[], out: LoadResult[]): void {
    try {
      super._collect(st, paths, out);
    } finally {
      this._cells = undefined;
    }
  }
  protected _scalarNames(): readonly string[] {
    return SCALARS;
  }
  protected override _navigationNames(): readonly string[] {
    return NAV;
  }
  protected override _fresh(prop: string): boolean {
    return GRIDS.has(prop);
  }
  /** A grid's JSON has at least 2 bytes per cell (a digit and a separator), 3 for text (`"",`). */
  protected override _minBytes(t: RangeTarget, prop: string, st?: WorkbookState): number {
    const cells = rectCells(t.rect);
    if (prop === "values" && st && nullValues(st, cells)) return 0;
    return prop === "values" || prop === "formulas" ? 2 * cells : prop === "numberFormat" || prop === "text" ? 3 * cells : 0;
  }
  protected override _alive(t: RangeTarget): boolean {
    return !t.sheet.deleted;
  }
  protected _read({ sheet, rect }: RangeTarget, prop: string, st?: WorkbookState): unknown {
    const cells = (): (Cell | undefined)[][] => (this._cells ??= readCells(sheet, rect));
    switch (prop) {
      case "address":
      case "addressLocal":
        return fullAddress(sheet.name, rect);
      case "rowCount":
        return rect.r2 - rect.r1 + 1;
      case "columnCount":
        return rect.c2 - rect.c1 + 1;
      case "rowIndex":
        return rect.r1;
      case "columnIndex":
        return rect.c1;
      case "values":
        if (st && nullValues(st, rectCells(rect))) return null;
        return readValues(sheet, rect, cells());
      case "formulas":
        return readFormulas(sheet, rect, cells());
      case "numberFormat":
        return readNumberFormats(sheet, rect, cells());
      default:
        return readValues(sheet, rect, cells()).map((row) => row.map((v) => (v === null ? "" : String(v))));
    }
  }

  get address(): string {
    return this._get("address");
  }
  get addressLocal(): string {
    return this._get("addressLocal");
  }
  get rowCount(): number {
    return this._get("rowCount");
  }
  get columnCount(): number {
    return this._get("columnCount");
  }
  get rowIndex(): number {
    return this._get("rowIndex");
  }
  get columnIndex(): number {
    return this._get("columnIndex");
  }
  get text(): string[][] {
    return this._get("text");
  }
  get values(): CellValue[][] {
    return this._get("values");
  }
  set values(v: CellValue[][]) {
    const data = clonePlain(v);
    this._queue("values", data, (t, st) => {
      writeInputs(t.sheet, t.rect, data, "Range.values");
      st.dirty = true;
    });
  }
  get formulas(): CellValue[][] {
    return this._get("formulas");
  }
  set formulas(v: CellValue[][]) {
    const data = clonePlain(v);
    this._queue("formulas", data, (t, st) => {
      writeInputs(t.sheet, t.rect, data, "Range.formulas");
      st.dirty = true;
    });
  }
  get numberFormat(): string[][] {
    return this._get("numberFormat");
  }
  set numberFormat(v: string[][]) {
    const data = clonePlain(v);
    this._queue("numberFormat", data, (t) => writeNumberFormats(t.sheet, t.rect, data, "Range.numberFormat"));
  }

  get format(): SimRangeFormat {
    return this._kid("format", () => new SimRangeFormat(this.context, (st) => this._target(st)));
  }
  get dataValidation(): SimDataValidation {
    return this._kid("dataValidation", () => new SimDataValidation(this.context, (st) => this._target(st)));
  }
  get conditionalFormats(): SimConditionalFormatCollection {
    return this._kid("conditionalFormats", () => new SimConditionalFormatCollection(this.context, (st) => this._target(st)));
  }
  get worksheet(): SimWorksheet {
    return this._kid("worksheet", () => new SimWorksheet(this.context, (st) => this._target(st).sheet));
  }

  select(): void {
    this._queue(
      "select",
      null,
      (t, st) => {
        st.activate(t.sheet);
        st.selection = { sheetId: t.sheet.id, rect: t.rect };
      },
      false,
    );
  }
  clear(applyTo: "All" | "Formats" | "Contents" = "All"): void {
    this._queue("clear", applyTo, (t, st) => {
      clearRect(t.sheet, t.rect, checkOneOf(applyTo, ["All", "Formats", "Contents"], "Range.clear"));
      st.dirty = true;
    });
  }

  private _derived(location: string, f: (r: Rect) => Rect): SimRange {
    return new SimRange(this.context, (st) => {
      const t = this._target(st);
      const rect = f(t.rect);
      if (rect.r1 < 0 || rect.c1 < 0 || rect.r2 >= MAX_ROWS || rect.c2 >= MAX_COLUMNS || rect.r2 < rect.r1 || rect.c2 < rect.c1)
        throw invalidArgument("The range is outside the sheet.", location);
      return { sheet: t.sheet, rect };
    });
  }
  getCell(row: number, column: number): SimRange {
    return this._derived("Range.getCell", (r) => ({ r1: r.r1 + row, c1: r.c1 + column, r2: r.r1 + row, c2: r.c1 + column }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): SimRange {
    return this._derived("Range.getResizedRange", (r) => ({ ...r, r2: r.r2 + deltaRows, c2: r.c2 + deltaColumns }));
  }
  getOffsetRange(rowOffset: number, columnOffset: number): SimRange {
    return this._derived("Range.getOffsetRange", (r) => ({
      r1: r.r1 + rowOffset,
      c1: r.c1 + columnOffset,
      r2: r.r2 + rowOffset,
      c2: r.c2 + columnOffset,
    }));
  }
}

/**
 * Excel on the web answers a values read of more than ~5 million cells with `values: null` instead of an error
 * (issue 16; office-js reports of null values on huge used ranges). With `oversizeRead = "NullValues"` the
 * simulator does so above `nullValuesOverCells`.
 */
function nullValues(st: WorkbookState, cells: number): boolean {
  return st.oversizeRead === "NullValues" && cells > st.nullValuesOverCells;
}
