/** Simulated `Excel.Workbook`: worksheets, settings, workbook-wide tables, application, selection. */
import { SimApplication } from "./application";
import type { SimRequestContext } from "./context";
import { SimCollection, SimObject } from "./object";
import { SimRange } from "./range";
import { SimSettingCollection } from "./settings";
import type { WorkbookState } from "./state";
import { SimTableCollection } from "./table";
import { SimWorksheetCollection } from "./worksheet";

export class SimWorkbook extends SimObject<WorkbookState> {
  readonly application: SimApplication;
  readonly worksheets: SimWorksheetCollection;
  readonly settings: SimSettingCollection;
  readonly tables: SimTableCollection;
  readonly protection: SimWorkbookProtection;
  readonly functions: SimFunctions;
  readonly names: SimNamedItemCollection;

  constructor(ctx: SimRequestContext) {
    super(ctx, "Workbook", (st) => st);
    this.application = new SimApplication(ctx);
    this.worksheets = new SimWorksheetCollection(ctx);
    this.settings = new SimSettingCollection(ctx);
    this.tables = new SimTableCollection(ctx, () => ({}));
    this.protection = new SimWorkbookProtection(ctx);
    this.functions = new SimFunctions(ctx);
    this.names = new SimNamedItemCollection(ctx);
  }
  protected _scalarNames(): readonly string[] {
    return ["name"];
  }
  protected override _navigationNames(): readonly string[] {
    return ["application", "worksheets", "settings", "tables", "protection", "functions", "names"];
  }
  protected _read(): unknown {
    return "Bok1.xlsx";
  }
  get name(): string {
    return this._get("name");
  }
  getSelectedRange(): SimRange {
    return new SimRange(this.context, (st) => {
      const sel = st.selection && st.sheets.find((s) => s.id === st.selection!.sheetId);
      return sel ? { sheet: sel, rect: st.selection!.rect } : { sheet: st.activeSheet(), rect: { r1: 0, c1: 0, r2: 0, c2: 0 } };
    });
  }
  getActiveCell(): SimRange {
    return new SimRange(this.context, (st) => {
      const sel = st.selection && st.sheets.find((s) => s.id === st.selection!.sheetId);
      const r = sel ? st.selection!.rect : { r1: 0, c1: 0, r2: 0, c2: 0 };
      return { sheet: sel ?? st.activeSheet(), rect: { r1: r.r1, c1: r.c1, r2: r.r1, c2: r.c1 } };
    });
  }
}

/**
 * `Excel.WorkbookProtection` (ExcelApi 1.7): `protected` is true while the workbook's structure is protected
 * (Review › Protect Workbook); sheets can then not be added, deleted, renamed, moved or hidden (InvalidOperation).
 */
export class SimWorkbookProtection extends SimObject<WorkbookState> {
  constructor(ctx: SimRequestContext) {
    super(ctx, "WorkbookProtection", (st) => st);
  }
  protected _scalarNames(): readonly string[] {
    return ["protected"];
  }
  protected _read(st: WorkbookState): unknown {
    return st.structureProtected;
  }
  get protected(): boolean {
    return this._get("protected");
  }
}

/** Days from 1899-12-30 (serial 0 of the 1900 system for dates after February 1900) to 1904-01-01. */
const DATE_1904_OFFSET = 1462;

/** Serial number of a date in the 1900 system (valid from 1900-03-01, as Excel's is). */
function serial1900(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

/**
 * `Excel.Functions` (ExcelApi 1.2), the one function the add-in calls: `date(year, month, day)` answers the
 * serial in the WORKBOOK's date system — 0 for 1904-01-01 in a 1904 workbook, 1462 in a 1900 one — without
 * writing anything. A `FunctionResult` whose `value` must be loaded and synced like any other property.
 */
export class SimFunctions extends SimObject<WorkbookState> {
  constructor(ctx: SimRequestContext) {
    super(ctx, "Functions", (st) => st);
  }
  protected _scalarNames(): readonly string[] {
    return [];
  }
  protected _read(): unknown {
    return undefined;
  }
  date(year: number, month: number, day: number): SimFunctionResult {
    return new SimFunctionResult(this.context, (st) => serial1900(year, month, day) - (st.date1904 ? DATE_1904_OFFSET : 0));
  }
}

/** `Excel.FunctionResult<number>`: `value` (and `error`, null when the function succeeded). */
export class SimFunctionResult extends SimObject<number> {
  constructor(ctx: SimRequestContext, compute: (st: WorkbookState) => number) {
    super(ctx, "FunctionResult", compute);
  }
  protected _scalarNames(): readonly string[] {
    return ["value", "error"];
  }
  protected _read(target: number, prop: string): unknown {
    return prop === "value" ? target : null;
  }
  get value(): number {
    return this._get("value");
  }
  get error(): string | null {
    return this._get("error");
  }
}

type DefinedName = { name: string; formula: string };

/** `Excel.NamedItemCollection` (workbook scope, ExcelApi 1.1): the defined names, loadable as `items/name`. */
export class SimNamedItemCollection extends SimCollection<WorkbookState, DefinedName, SimNamedItem> {
  constructor(ctx: SimRequestContext) {
    super(ctx, "NamedItemCollection", (st) => st);
  }
  protected _members(st: WorkbookState): DefinedName[] {
    return st.definedNames;
  }
  protected _itemProxy(m: DefinedName): SimNamedItem {
    return new SimNamedItem(this.context, () => m);
  }
}

/** `Excel.NamedItem`: name and formula. */
export class SimNamedItem extends SimObject<DefinedName> {
  constructor(ctx: SimRequestContext, resolver: (st: WorkbookState) => DefinedName | null) {
    super(ctx, "NamedItem", resolver);
  }
  protected _scalarNames(): readonly string[] {
    return ["name", "formula"];
  }
  protected _read(t: DefinedName, prop: string): unknown {
    return prop === "name" ? t.name : t.formula;
  }
  get name(): string {
    return this._get("name");
  }
  get formula(): string {
    return this._get("formula");
  }
}
