/**
 * The simulated workbook's state: sheets with sparse cells, format layers, tables, conditional
 * formats, charts, validations, page layout; plus settings, selection and calculation mode.
 * Only the request context (on sync) changes it; proxies never touch it directly.
 */
import type { CellValue } from "../domain/model/raw";
import { MAX_COLUMNS, type Rect } from "./address";
import { itemAlreadyExists, itemNotFound, invalidArgument, simError, SimErrorCodes } from "./errors";
import { nameKey, sheetNameProblem } from "./names";
import { rewriteSheetRefs } from "./sheet-refs";

export interface Cell {
  /** Constant, or the computed value of `formula` (null when the evaluator cannot compute it). */
  value: CellValue;
  formula?: string;
  numberFormat?: string;
}

export type BorderSide = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideVertical" | "InsideHorizontal";

export interface FormatProps {
  bold?: boolean;
  italic?: boolean;
  fontColor?: string;
  fontSize?: number;
  fontName?: string;
  fill?: string | null;
  wrapText?: boolean;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  border?: { side: BorderSide; style?: string; weight?: string; color?: string };
}

export interface FormatLayer {
  rect: Rect;
  props: FormatProps;
}

export interface TableState {
  id: string;
  name: string;
  sheet: SheetState;
  rect: Rect;
  style: string;
  showHeaders: boolean;
  showTotals: boolean;
  showBandedRows: boolean;
  showFilterButton: boolean;
}

export interface ConditionalFormatState {
  id: string;
  type: string;
  rect: Rect;
  rule: { formula1: string; formula2?: string; operator: string } | null;
  fill: string | null;
  fontColor: string | null;
  bold: boolean | null;
  italic: boolean | null;
}

export interface ChartState {
  id: string;
  name: string;
  type: string;
  /** Source data; its address follows renames of the source sheet, like Excel's series references. */
  source: { sheet: SheetState; rect: Rect };
  seriesBy: string;
  title: string;
  top: number;
  left: number;
  width: number;
  height: number;
  anchor: string | null;
}

export interface DataValidationState {
  rect: Rect;
  rule: Record<string, unknown>;
  errorAlert: { message: string; showAlert: boolean; style: string; title: string } | null;
  prompt: { message: string; showPrompt: boolean; title: string } | null;
  ignoreBlanks: boolean;
}

export interface PageLayoutState {
  orientation: string;
  paperSize: string;
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  printArea: string | null;
  printTitleRows: string | null;
  printTitleColumns: string | null;
  /** Manual page breaks: 0-based rows / columns a new page starts with (Worksheet.horizontalPageBreaks / verticalPageBreaks). */
  rowBreaks: number[];
  columnBreaks: number[];
  centerHorizontally: boolean;
  printGridlines: boolean;
  /** Margins in points (PageLayout.leftMargin …, ExcelApi 1.9); Excel's "Normal" margins by default. */
  margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  /** The footer of every page (PageLayout.headersFooters.defaultForAllPages), in Excel's header/footer codes. */
  footer: { left: string; center: string; right: string };
}

export type Visibility = "Visible" | "Hidden" | "VeryHidden";

export interface SheetState {
  id: string;
  name: string;
  visibility: Visibility;
  deleted: boolean;
  tabColor: string;
  showGridlines: boolean;
  /** Sparse cells keyed by row * MAX_COLUMNS + col. */
  cells: Map<number, Cell>;
  formats: FormatLayer[];
  columnWidths: Map<number, number>;
  conditionalFormats: ConditionalFormatState[];
  charts: ChartState[];
  dataValidations: DataValidationState[];
  freeze: { rows: number; columns: number } | null;
  customProperties: Map<string, { key: string; value: string }>;
  pageLayout: PageLayoutState;
}

export const STANDARD_COLUMN_WIDTH = 48;
export const STANDARD_ROW_HEIGHT = 15;

export const cellKey = (r: number, c: number): number => r * MAX_COLUMNS + c;
export const keyRow = (k: number): number => Math.floor(k / MAX_COLUMNS);
export const keyCol = (k: number): number => k % MAX_COLUMNS;

function newSheet(id: string, name: string): SheetState {
  return {
    id,
    name,
    visibility: "Visible",
    deleted: false,
    tabColor: "",
    showGridlines: true,
    cells: new Map(),
    formats: [],
    columnWidths: new Map(),
    conditionalFormats: [],
    charts: [],
    dataValidations: [],
    freeze: null,
    customProperties: new Map(),
    pageLayout: {
      orientation: "Portrait",
      paperSize: "A4",
      zoom: { scale: 100 },
      printArea: null,
      printTitleRows: null,
      printTitleColumns: null,
      rowBreaks: [],
      columnBreaks: [],
      centerHorizontally: false,
      printGridlines: false,
      margins: { left: 50.4, right: 50.4, top: 54, bottom: 54, header: 21.6, footer: 21.6 },
      footer: { left: "", center: "", right: "" },
    },
  };
}

/** Workbooks created so far in this process (part of every sheet id). */
let workbooksCreated = 0;

export class WorkbookState {
  sheets: SheetState[] = [];
  tables: TableState[] = [];
  /** Workbook-scoped defined names (Formulas › Name Manager); table names share their namespace. */
  definedNames: { name: string; formula: string }[] = [];
  settings = new Map<string, { key: string; value: unknown }>();
  activeSheetId: string | null = null;
  selection: { sheetId: string; rect: Rect } | null = null;
  calculationMode: "Automatic" | "AutomaticExceptTables" | "Manual" = "Automatic";
  /** Set by an operation that changed cells; the context recalculates formulas after the sync. */
  dirty = false;
  screenUpdatingSuspended = false;
  /**
   * How an oversized read is answered: Excel on the web mostly refuses it with ResponsePayloadSizeLimitExceeded,
   * but GeneralException is reported too, and a read over ~5 M cells can come back as `values: null`.
   */
  oversizeRead: "ResponsePayloadSizeLimitExceeded" | "GeneralException" | "NullValues" = "ResponsePayloadSizeLimitExceeded";
  /** Cells above which a values read is null when oversizeRead is "NullValues" (Excel: 5 000 000). */
  nullValuesOverCells = 5_000_000;
  /** Workbook structure protection (Review › Protect Workbook): adding, deleting, renaming, hiding sheets fails. */
  structureProtected = false;
  /** A modal dialog is open in Excel: every write fails with WriteNotSupportedWhenModalDialogOpen. */
  modalDialogOpen = false;
  /** The workbook was saved in the 1904 date system (old Mac workbooks): serial 0 is 1904-01-01. */
  date1904 = false;
  private counter = 0;

  nextId(prefix: string): string {
    this.counter += 1;
    return `${prefix}${this.counter}`;
  }

  /** Distinguishes workbooks: like Excel's GUIDs, no sheet id of one workbook is ever a sheet id of another. */
  private readonly workbookNumber = ++workbooksCreated;

  /**
   * "{0000000A-0001-0000-0000-000000000003}", the shape of real worksheet ids: a counter, then the
   * workbook's number (so a workbook loaded again from an .xlsx file gets new ids, as in Excel).
   */
  private nextSheetId(): string {
    this.counter += 1;
    const hex = (n: number, width: number): string => n.toString(16).toUpperCase().padStart(width, "0");
    return `{${hex(this.counter, 8)}-0001-0000-0000-${hex(this.workbookNumber, 12)}}`;
  }

  findSheet(key: string): SheetState | undefined {
    return this.sheets.find((s) => s.id === key) ?? this.sheets.find((s) => nameKey(s.name) === nameKey(key));
  }

  getSheet(key: string, location = "WorksheetCollection.getItem"): SheetState {
    const s = this.findSheet(key);
    if (!s) throw itemNotFound(`The requested resource doesn't exist. (Worksheet '${key}')`, location);
    return s;
  }

  activeSheet(): SheetState {
    return this.sheets.find((s) => s.id === this.activeSheetId) ?? this.sheets[0];
  }

  checkSheetName(name: unknown, except?: SheetState, location = "Worksheet.name"): string {
    const problem = sheetNameProblem(name);
    if (problem) throw invalidArgument(problem, location);
    const clash = this.sheets.find((s) => s !== except && nameKey(s.name) === nameKey(name as string));
    if (clash) throw itemAlreadyExists(`A worksheet named '${clash.name}' already exists.`, location);
    return name as string;
  }

  /** Structure protection refuses changes to the set of sheets (InvalidOperation, as in Excel). */
  checkStructure(location: string): void {
    if (this.structureProtected)
      throw simError(
        SimErrorCodes.invalidOperation,
        "The workbook is protected: sheets cannot be added, deleted, renamed, moved or hidden.",
        location,
      );
  }

  addSheet(name?: string): SheetState {
    this.checkStructure("WorksheetCollection.add");
    let final = name;
    if (final === undefined || final === null) {
      let i = this.sheets.length + 1;
      while (this.findSheet(`Sheet${i}`)) i++;
      final = `Sheet${i}`;
    }
    this.checkSheetName(final, undefined, "WorksheetCollection.add");
    const sheet = newSheet(this.nextSheetId(), final);
    this.sheets.push(sheet);
    if (!this.activeSheetId) this.activeSheetId = sheet.id;
    this.dirty = true;
    return sheet;
  }

  renameSheet(sheet: SheetState, name: string): void {
    this.checkStructure("Worksheet.name");
    this.checkSheetName(name, sheet);
    const old = sheet.name;
    sheet.name = name;
    if (nameKey(old) !== nameKey(name) || old !== name) this.rewriteRefs(old, name);
    this.dirty = true;
  }

  /** References follow the sheet object: a rename rewrites them, a delete makes them #REF! (see sheet-refs.ts). */
  private rewriteRefs(oldName: string, newName: string | null): void {
    for (const s of this.sheets)
      for (const cell of s.cells.values())
        if (cell.formula) {
          const next = rewriteSheetRefs(cell.formula, oldName, newName);
          if (next !== cell.formula) cell.formula = next;
        }
  }

  moveSheet(sheet: SheetState, position: number): void {
    this.checkStructure("Worksheet.position");
    if (!Number.isInteger(position) || position < 0 || position >= this.sheets.length)
      throw invalidArgument("The position is out of range.", "Worksheet.position");
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.sheets.splice(position, 0, sheet);
  }

  setVisibility(sheet: SheetState, v: unknown): void {
    if (v !== "Visible" && v !== "Hidden" && v !== "VeryHidden")
      throw invalidArgument(`Unknown visibility '${String(v)}'.`, "Worksheet.visibility");
    this.checkStructure("Worksheet.visibility");
    if (v !== "Visible" && this.sheets.filter((s) => s.visibility === "Visible" && s !== sheet).length === 0)
      throw simError(SimErrorCodes.invalidOperation, "A workbook must keep at least one visible sheet.", "Worksheet.visibility");
    sheet.visibility = v;
  }

  deleteSheet(sheet: SheetState): void {
    this.checkStructure("Worksheet.delete");
    // "if the worksheet's visibility is set to VeryHidden, the delete operation will fail with an InvalidOperation
    // exception. You should first change its visibility to hidden or visible" (Worksheet.delete,
    // learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-delete-member(1))
    if (sheet.visibility === "VeryHidden")
      throw simError(
        SimErrorCodes.invalidOperation,
        "A very hidden worksheet cannot be deleted; make it hidden or visible first.",
        "Worksheet.delete",
      );
    if (this.sheets.filter((s) => s !== sheet && s.visibility === "Visible").length === 0)
      throw simError(SimErrorCodes.invalidOperation, "A workbook must contain at least one visible worksheet.", "Worksheet.delete");
    const index = this.sheets.indexOf(sheet);
    this.sheets.splice(index, 1);
    sheet.deleted = true;
    this.rewriteRefs(sheet.name, null);
    this.tables = this.tables.filter((t) => t.sheet !== sheet);
    if (this.activeSheetId === sheet.id) {
      const next = this.sheets.slice(Math.max(0, index - 1)).find((s) => s.visibility === "Visible") ?? this.sheets[0];
      this.activeSheetId = next.id;
    }
    if (this.selection?.sheetId === sheet.id) this.selection = null;
    this.dirty = true;
  }

  activate(sheet: SheetState): void {
    if (sheet.visibility !== "Visible")
      throw simError(SimErrorCodes.invalidOperation, "A hidden sheet cannot be activated.", "Worksheet.activate");
    this.activeSheetId = sheet.id;
  }
}
