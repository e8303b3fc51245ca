/**
 * Simulated `Excel.TableCollection` (worksheet- or workbook-scoped) and `Excel.Table`.
 * Table names are unique in the whole workbook (case-insensitive); tables cannot overlap; empty
 * or duplicate header cells get Excel's "Column1"/"Name2" headers.
 */
import { isWholeColumns, isWholeRows, parseAddress, rectsOverlap, type Rect } from "./address";
import { GENERAL } from "./cells";
import type { SimRequestContext } from "./context";
import { invalidArgument, itemAlreadyExists, itemNotFound, simError, SimErrorCodes } from "./errors";
import { nameKey, tableNameProblem } from "./names";
import { SimCollection, SimObject } from "./object";
import type { RangeTarget } from "./range";
import { SimRange } from "./range";
import { cellKey, type SheetState, type TableState, type WorkbookState } from "./state";
import { checkBool } from "./validate";
import { SimWorksheet } from "./worksheet";

const STYLE = /^(TableStyle(Light([1-9]|1\d|2[01])|Medium([1-9]|1\d|2[0-8])|Dark([1-9]|1[01])))?$/;

type Scope = { sheet?: SheetState };

function checkTableName(st: WorkbookState, name: unknown, except?: TableState): string {
  const loc = "Table.name";
  const problem = tableNameProblem(name);
  if (problem) throw invalidArgument(problem, loc);
  if (st.tables.some((t) => t !== except && nameKey(t.name) === nameKey(name as string)))
    throw itemAlreadyExists(`A table named '${String(name)}' already exists in the workbook.`, loc);
  // tables and defined names share one namespace: Excel refuses a table named like a defined name
  if (st.definedNames.some((n) => nameKey(n.name) === nameKey(name as string)))
    throw itemAlreadyExists(`The name '${String(name)}' is already used by a defined name in the workbook.`, loc);
  return name as string;
}

/** Makes header cells non-empty and unique, like Excel does when a table is created. */
function fixHeaders(sheet: SheetState, rect: Rect): void {
  const seen = new Set<string>();
  for (let c = rect.c1; c <= rect.c2; c++) {
    const k = cellKey(rect.r1, c);
    const cell = sheet.cells.get(k);
    let text = cell && cell.value !== null && cell.value !== "" ? String(cell.value) : `Column${c - rect.c1 + 1}`;
    const base = text;
    for (let i = 2; seen.has(nameKey(text)); i++) text = `${base}${i}`;
    seen.add(nameKey(text));
    sheet.cells.set(k, { value: text, numberFormat: cell?.numberFormat ?? GENERAL });
  }
}

export class SimTableCollection extends SimCollection<Scope, TableState, SimTable> {
  constructor(ctx: SimRequestContext, resolver: (st: WorkbookState) => Scope) {
    super(ctx, "TableCollection", resolver);
  }
  protected override _scalarNames(): readonly string[] {
    return ["count"];
  }
  protected override _read(scope: Scope, _prop: string, st?: WorkbookState): unknown {
    return this._members(scope, st!).length;
  }
  protected _members(scope: Scope, st: WorkbookState): TableState[] {
    return st.tables.filter((t) => !scope.sheet || t.sheet === scope.sheet);
  }
  protected _itemProxy(m: TableState): SimTable {
    return new SimTable(this.context, () => m);
  }
  get count(): number {
    return this._get("count");
  }

  add(address: SimRange | string, hasHeaders: boolean): SimTable {
    const proxy = new SimTable(this.context, () => {
      throw simError(SimErrorCodes.invalidObjectPath, "The table was never created.");
    });
    const loc = "TableCollection.add";
    this._queue("add", { address: typeof address === "string" ? address : "#range", hasHeaders }, (scope, st) => {
      let sheet: SheetState;
      let rect: Rect;
      if (address instanceof SimRange) {
        ({ sheet, rect } = address._target(st) as RangeTarget);
        if (scope.sheet && sheet !== scope.sheet)
          throw simError(SimErrorCodes.invalidReference, "The range is on another worksheet than the table collection.", loc);
      } else {
        const p = parseAddress(address);
        if (!p) throw invalidArgument(`'${address}' is not a valid range address.`, loc);
        // "If the address does not contain a sheet name, the currently-active sheet is used" — also for a
        // worksheet's own collection (TableCollection.add, learn.microsoft.com/javascript/api/excel/excel.tablecollection)
        sheet = p.sheet !== undefined ? st.getSheet(p.sheet, loc) : st.activeSheet();
        if (scope.sheet && sheet !== scope.sheet) throw invalidArgument("The address is on another worksheet.", loc);
        rect = p.rect;
      }
      if (!hasHeaders) throw simError(SimErrorCodes.notImplemented, "The simulator supports only tables with headers.", loc);
      if (isWholeColumns(rect) || isWholeRows(rect)) throw invalidArgument("A table cannot span whole rows or columns.", loc);
      if (st.tables.some((t) => t.sheet === sheet && rectsOverlap(t.rect, rect)))
        throw invalidArgument("A table can't overlap another table.", loc);
      let n = st.tables.length + 1;
      while (st.tables.some((t) => nameKey(t.name) === nameKey(`Table${n}`))) n++;
      fixHeaders(sheet, rect);
      const table: TableState = {
        id: st.nextId(""),
        name: `Table${n}`,
        sheet,
        rect: { ...rect, r2: Math.max(rect.r2, rect.r1 + 1) },
        style: "TableStyleMedium2",
        showHeaders: true,
        showTotals: false,
        showBandedRows: true,
        showFilterButton: true,
      };
      st.tables.push(table);
      st.dirty = true;
      proxy._preset(table);
    });
    return proxy;
  }
  getItem(key: string): SimTable {
    return new SimTable(this.context, (st) => {
      const t = st.tables.find((x) => nameKey(x.name) === nameKey(key) || x.id === key);
      if (!t) throw itemNotFound(`Table '${key}' doesn't exist.`, "TableCollection.getItem");
      return t;
    });
  }
  getItemOrNullObject(key: string): SimTable {
    return new SimTable(this.context, (st) => st.tables.find((x) => nameKey(x.name) === nameKey(key) || x.id === key) ?? null, true);
  }
}

const SCALARS = ["id", "name", "style", "showHeaders", "showTotals", "showBandedRows", "showFilterButton"] as const;

export class SimTable extends SimObject<TableState> {
  constructor(ctx: SimRequestContext, resolver: (st: WorkbookState) => TableState | null, nullable = false) {
    super(ctx, "Table", resolver, nullable);
  }
  protected _scalarNames(): readonly string[] {
    return SCALARS;
  }
  protected override _navigationNames(): readonly string[] {
    return ["worksheet"];
  }
  protected override _alive(t: TableState): boolean {
    return !t.sheet.deleted;
  }
  protected _read(t: TableState, prop: string): unknown {
    return t[prop as (typeof SCALARS)[number]];
  }
  private _flag(prop: "showHeaders" | "showBandedRows" | "showFilterButton", v: boolean): void {
    this._queue(prop, v, (t) => void (t[prop] = checkBool(v, `Table.${prop}`)));
  }
  get id(): string {
    return this._get("id");
  }
  get name(): string {
    return this._get("name");
  }
  set name(v: string) {
    this._queue("name", v, (t, st) => void (t.name = checkTableName(st, v, t)));
  }
  get style(): string {
    return this._get("style");
  }
  set style(v: string) {
    this._queue("style", v, (t) => {
      if (typeof v !== "string" || !STYLE.test(v)) throw invalidArgument(`Unknown table style '${String(v)}'.`, "Table.style");
      t.style = v;
    });
  }
  get showHeaders(): boolean {
    return this._get("showHeaders");
  }
  set showHeaders(v: boolean) {
    this._flag("showHeaders", v);
  }
  get showBandedRows(): boolean {
    return this._get("showBandedRows");
  }
  set showBandedRows(v: boolean) {
    this._flag("showBandedRows", v);
  }
  get showFilterButton(): boolean {
    return this._get("showFilterButton");
  }
  set showFilterButton(v: boolean) {
    this._flag("showFilterButton", v);
  }
  get showTotals(): boolean {
    return this._get("showTotals");
  }
  set showTotals(v: boolean) {
    this._queue("showTotals", v, (t) => {
      checkBool(v, "Table.showTotals");
      if (v === t.showTotals) return;
      if (v) {
        const below = t.rect.r2 + 1;
        for (let c = t.rect.c1; c <= t.rect.c2; c++)
          if (t.sheet.cells.has(cellKey(below, c)))
            throw simError(SimErrorCodes.invalidOperation, "The totals row would overwrite cells below the table.", "Table.showTotals");
        t.rect = { ...t.rect, r2: below };
      } else t.rect = { ...t.rect, r2: t.rect.r2 - 1 };
      t.showTotals = v;
    });
  }
  get worksheet(): SimWorksheet {
    return this._kid("worksheet", () => new SimWorksheet(this.context, (st) => this._target(st).sheet));
  }
  getRange(): SimRange {
    return new SimRange(this.context, (st) => {
      const t = this._target(st);
      return { sheet: t.sheet, rect: t.rect };
    });
  }
  delete(): void {
    this._queue("delete", null, (t, st) => void (st.tables = st.tables.filter((x) => x !== t)));
  }
}
