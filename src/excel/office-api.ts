/**
 * The subset of the Excel JavaScript API the host uses, as structural types with the real member
 * names. Both the real `Excel` namespace (checked below at compile time) and the simulated Excel
 * (`src/excel-sim`, checked in `src/excel-sim/conformance.ts`) satisfy `ExcelApi`.
 */

export interface ExcelRunOptions {
  /** Wait until the user leaves cell-edit mode instead of failing (Excel.RunOptions, ExcelApi 1.11). */
  delayForCellEdit?: boolean;
}

export interface ExcelApi {
  run<T>(batch: (context: ExcelContext) => Promise<T>): Promise<T>;
  run<T>(options: ExcelRunOptions, batch: (context: ExcelContext) => Promise<T>): Promise<T>;
}

export interface ExcelContext {
  readonly workbook: ExcelWorkbook;
  readonly application: ExcelApplication;
  sync<T>(passThroughValue?: T): Promise<T>;
}

type LoadArg = string | string[];

export interface ExcelApplication {
  calculationMode: string;
  suspendScreenUpdatingUntilNextSync(): void;
}

export interface ExcelWorkbook {
  readonly worksheets: ExcelWorksheetCollection;
  readonly settings: ExcelSettingCollection;
  readonly tables: ExcelTableCollection;
  /** Structure protection (ExcelApi 1.7). */
  readonly protection: { readonly protected: boolean; load(propertyNames?: LoadArg): { readonly protected: boolean } };
  /** Worksheet functions (ExcelApi 1.2): `date(1904, 1, 1)` tells the workbook's date system without writing. */
  readonly functions?: { date(year: number, month: number, day: number): ExcelFunctionResult };
  /** Workbook-scoped defined names (ExcelApi 1.1); a table may not take one of their names. */
  readonly names?: { readonly items: { readonly name: string }[]; load(propertyNames?: LoadArg): unknown };
  getSelectedRange(): ExcelRange;
}

/** `Excel.FunctionResult<number>`: load `value`, sync, read it. */
export interface ExcelFunctionResult {
  readonly value: number;
  readonly error: string | null;
  load(propertyNames?: LoadArg): ExcelFunctionResult;
}

export interface ExcelWorksheetCollection {
  readonly items: ExcelWorksheet[];
  add(name?: string): ExcelWorksheet;
  getItem(key: string): ExcelWorksheet;
  getItemOrNullObject(key: string): ExcelWorksheet;
  getActiveWorksheet(): ExcelWorksheet;
  /** The first worksheet (ExcelApi 1.5). */
  getFirst(visibleOnly?: boolean): ExcelWorksheet;
  load(propertyNames?: LoadArg): ExcelWorksheetCollection;
}

export interface ExcelWorksheet {
  readonly isNullObject: boolean;
  readonly id: string;
  name: string;
  position: number;
  visibility: string;
  readonly freezePanes: ExcelFreezePanes;
  readonly tables: ExcelTableCollection;
  readonly charts: ExcelChartCollection;
  readonly pageLayout: ExcelPageLayout;
  /** Manual page breaks before a row (ExcelApi 1.9). */
  readonly horizontalPageBreaks: ExcelPageBreakCollection;
  /** Manual page breaks before a column (ExcelApi 1.9). */
  readonly verticalPageBreaks: ExcelPageBreakCollection;
  activate(): void;
  delete(): void;
  getRange(address?: string): ExcelRange;
  getUsedRangeOrNullObject(valuesOnly?: boolean): ExcelRange;
  /** The next worksheet, or a null object after the last one (ExcelApi 1.5). */
  getNextOrNullObject(visibleOnly?: boolean): ExcelWorksheet;
  load(propertyNames?: LoadArg): ExcelWorksheet;
}

export interface ExcelRange {
  readonly isNullObject: boolean;
  readonly address: string;
  readonly rowCount: number;
  readonly columnCount: number;
  /** 0-based row of the range's first cell. */
  readonly rowIndex: number;
  /** 0-based column of the range's first cell. */
  readonly columnIndex: number;
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
  readonly format: ExcelRangeFormat;
  readonly dataValidation: ExcelDataValidation;
  readonly conditionalFormats: ExcelConditionalFormatCollection;
  select(): void;
  clear(applyTo?: "All" | "Formats" | "Contents"): void;
  load(propertyNames?: LoadArg): ExcelRange;
}

export type BorderIndex = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideVertical" | "InsideHorizontal";

export interface ExcelRangeFormat {
  columnWidth: number;
  wrapText: boolean;
  horizontalAlignment: string;
  verticalAlignment: string;
  readonly font: { bold: boolean; italic: boolean; color: string; size: number; name: string };
  readonly fill: { color: string };
  readonly borders: { getItem(index: BorderIndex): { style: string; weight: string } };
}

export interface ExcelDataValidation {
  rule: { list?: { inCellDropDown: boolean; source: string | ExcelRange } };
  errorAlert: { message: string; showAlert: boolean; style: string; title: string };
  clear(): void;
}

export interface ExcelConditionalFormatCollection {
  add(type: "CellValue"): ExcelConditionalFormat;
  clearAll(): void;
}

export interface ExcelConditionalFormat {
  readonly cellValue: {
    readonly format: { readonly fill: { color: string }; readonly font: { color: string } };
    rule: { formula1: string; formula2?: string; operator: string };
    load(propertyNames?: LoadArg): { rule: { formula1: string; formula2?: string; operator: string } };
  };
}

export interface ExcelTableCollection {
  readonly items: ExcelTable[];
  add(address: ExcelRange | string, hasHeaders: boolean): ExcelTable;
  getItem(key: string): ExcelTable;
  load(propertyNames?: LoadArg): ExcelTableCollection;
}

export interface ExcelTable {
  name: string;
  style: string;
  readonly worksheet: ExcelWorksheet;
  delete(): void;
}

export type ChartTypeName = "ColumnClustered" | "BarClustered" | "ColumnStacked" | "Pie" | "Line";

export interface ExcelChartCollection {
  readonly items: ExcelChart[];
  load(propertyNames?: LoadArg): ExcelChartCollection;
  add(type: ChartTypeName, sourceData: ExcelRange, seriesBy?: "Auto" | "Columns" | "Rows"): ExcelChart;
}

export interface ExcelChart {
  readonly title: { text: string };
  width: number;
  height: number;
  setPosition(startCell: string, endCell?: string): void;
  delete(): void;
}

export interface ExcelPageLayout {
  orientation: string;
  paperSize: string;
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  /** Margins in points (ExcelApi 1.9). */
  leftMargin: number;
  rightMargin: number;
  topMargin: number;
  bottomMargin: number;
  headerMargin: number;
  footerMargin: number;
  /** Excel.PageLayoutHeadersFooters (ExcelApi 1.9): the footer of every page, in Excel's header/footer codes. */
  readonly headersFooters: { readonly defaultForAllPages: { leftFooter: string; centerFooter: string; rightFooter: string } };
  setPrintArea(printArea: string): void;
  setPrintTitleRows(printTitleRows: string): void;
  setPrintTitleColumns(printTitleColumns: string): void;
}

/** Excel.PageBreakCollection: `add` breaks the page before the range's top-left cell (ExcelApi 1.9). */
export interface ExcelPageBreakCollection {
  add(pageBreakRange: string): unknown;
}

export interface ExcelFreezePanes {
  freezeRows(count?: number): void;
  freezeColumns(count?: number): void;
  freezeAt(frozenRange: string): void;
  unfreeze(): void;
}

export interface ExcelSettingCollection {
  add(key: string, value: unknown): ExcelSetting;
  getItemOrNullObject(key: string): ExcelSetting;
}

export interface ExcelSetting {
  readonly isNullObject: boolean;
  value: unknown;
  delete(): void;
  load(propertyNames?: LoadArg): ExcelSetting;
}

/** The error shape of Office.js (`OfficeExtension.Error`) that the host inspects. */
export interface ExcelErrorLike {
  code?: string;
  message?: string;
  debugInfo?: { errorLocation?: string };
}

type Assert<T extends true> = T;
/** Compile-time proof that the real Office.js `Excel` namespace satisfies `ExcelApi`. */
export type RealExcelConforms = Assert<typeof Excel extends ExcelApi ? true : false>;
