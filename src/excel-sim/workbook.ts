/** Simulated `Excel.Workbook`: worksheets, settings, workbook-wide tables, application, selection. */
import { SimApplication } from "./application";
import type { SimRequestContext } from "./context";
import { SimObject } from "./object";
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

  constructor(ctx: SimRequestContext) {
    super(ctx, "Workbook", (st) => st);
    this.application = new SimApplication(ctx);
    this.worksheets = new SimWorksheetCollection(ctx);
    this.settings = new SimSettingCollection(ctx);
    this.tables = new SimTableCollection(ctx, () => ({}));
    this.protection = new SimWorkbookProtection(ctx);
  }
  protected _scalarNames(): readonly string[] {
    return ["name"];
  }
  protected override _navigationNames(): readonly string[] {
    return ["application", "worksheets", "settings", "tables", "protection"];
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
