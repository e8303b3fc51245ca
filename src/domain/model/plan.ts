import type { CellValue } from "./raw";

/**
 * SheetPlan: an output sheet as plain data, snapshot-testable without any host.
 * Hosts (Excel via Office.js, ExcelJS files, the simulated Excel) turn it into a sheet.
 * Coordinates are A1 addresses on the output sheet; `rows` starts at A1.
 */

/** A formula with the value the pipeline computed for it (cached in files written outside Excel). */
export interface FormulaCell {
  /** Excel formula in English function names with comma separators, e.g. "=C5/D5", "=SUM(C5:C9)". */
  formula: string;
  value: CellValue;
}

export type PlanCell = CellValue | FormulaCell;

export function isFormulaCell(c: PlanCell): c is FormulaCell {
  return typeof c === "object" && c !== null && "formula" in c;
}

export interface CellStyle {
  /** A1 range, e.g. "C5:C20" or "A1". */
  range: string;
  numberFormat?: string;
  /** Font name, e.g. "Arial" (a bold or italic font without a name prints in a serif fallback). */
  fontName?: string;
  bold?: boolean;
  italic?: boolean;
  /** Font size in points. */
  fontSize?: number;
  /** "#RRGGBB" */
  fontColor?: string;
  /** "#RRGGBB" */
  fill?: string;
  wrap?: boolean;
  horizontalAlignment?: "Left" | "Center" | "Right";
  /** Vertical position in a row taller than the text (Excel's default is the bottom). */
  verticalAlignment?: "Top" | "Center" | "Bottom";
  /** Thin border on top (for sum rows). */
  borderTop?: boolean;
}

export interface TablePlan {
  /** Requested table name (letters, digits, underscore); the host makes it unique in the workbook. */
  name: string;
  /** A1 range including the header row. */
  range: string;
  /** Built-in style, e.g. "TableStyleMedium2". */
  style?: string;
  /** True when the last row of `range` is a totals row written by the plan (not Excel's own). */
  showTotals?: boolean;
}

export interface ConditionalFormatPlan {
  range: string;
  /** Cell-value rule: compare each cell with formula1 (and formula2 for between). */
  operator: "GreaterThan" | "LessThan" | "Between" | "EqualTo" | "GreaterThanOrEqual" | "LessThanOrEqual";
  formula1: string;
  formula2?: string;
  fill?: string;
  fontColor?: string;
  /** Short human description, e.g. "Hög förbrukning (över 100 %)". */
  description?: string;
}

export interface ChartPlan {
  type: "ColumnClustered" | "BarClustered" | "ColumnStacked" | "Pie" | "Line";
  /** Data range including header row and category column. */
  dataRange: string;
  seriesBy: "Columns" | "Rows";
  title: string;
  /** Top-left cell where the chart is placed. */
  anchor: string;
  /** Size in points. */
  width?: number;
  height?: number;
}

export interface DataValidationPlan {
  range: string;
  /** Allowed values (list validation). */
  list: string[];
  /** Swedish prompt shown when the value is not in the list. */
  errorMessage?: string;
}

export interface PageSetupPlan {
  orientation: "Portrait" | "Landscape";
  paperSize: "A4";
  printArea?: string;
  /** Fit all columns on one page width. */
  fitToWidth?: boolean;
  /** Rows repeated at the top of every printed page, e.g. "$4:$4". */
  printTitleRows?: string;
  /** Columns repeated at the left of every printed page when the sheet is wider than one page, e.g. "$A:$A". */
  printTitleColumns?: string;
  /** Fixed print scale in percent (10–400) when the sheet is not fitted to the page width. */
  scale?: number;
  /** Smallest font size on paper in points: font size × the fit-to-width or fixed scale (≥ 8 for reports). */
  printedFontSize?: number;
  /** Page margins in inches. */
  margins?: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  /** Footer text left, centre and right; "&P" = page number, "&N" = number of pages (Excel codes). */
  footer?: { left?: string; center?: string; right?: string };
  /**
   * What the footer names after the förbund when the sheet covers more or other than the run's period, as its title
   * does: "2024–2028" (Beslutsutrymme), "2025" (next year's Bidrag from a scenario). Set by the plan; default the
   * run's period ("2024-01-01 – 2024-06-30"). Read by the print layout only (plan/print-layout.ts).
   */
  footerPeriod?: string;
  /** 0-based rows that start a new printed page (a table that would otherwise be split). */
  rowBreaks?: number[];
  /**
   * 0-based columns that start a new printed page (the same convention as rowBreaks: a break before that column),
   * set when the report is wider than one page: at column-group edges, never inside a group header.
   */
  columnBreaks?: number[];
}

export interface SheetPlan {
  /** Kind of report, e.g. "forbrukningskvot", "driftsredovisning", "valideringsrapport". */
  kind: string;
  /** Identity for re-runs: an earlier output of the same kind and key is replaced. */
  key: string;
  /** Desired sheet name (the host picks a unique valid name from it). */
  name: string;
  /** Cell contents from A1, rectangular or ragged (missing cells are empty). */
  rows: PlanCell[][];
  styles?: CellStyle[];
  tables?: TablePlan[];
  conditionalFormats?: ConditionalFormatPlan[];
  charts?: ChartPlan[];
  dataValidations?: DataValidationPlan[];
  /** Freeze panes: number of rows (and columns) kept visible. */
  freeze?: { rows: number; columns?: number };
  /** Column widths in points, index 0 = column A. */
  columnWidths?: number[];
  /** Row heights in points by 0-based row (rows with wrapped text; others keep the default). */
  rowHeights?: Record<number, number>;
  /** Merged ranges, e.g. "A1:H1" (title and note rows across the table width). */
  merges?: string[];
  pageSetup?: PageSetupPlan;
  /** Sheet-scoped notes to show the ekonom (not written; for UI summaries). */
  summary?: string;
  /** Cells that are inputs of a live model (marked visibly by the plan's styles; listed for hosts/tests). */
  inputCells?: string[];
}

/** What a host reports after writing plans. */
export interface WriteReport {
  written: { kind: string; key: string; name: string }[];
  /** Names of earlier add-in output sheets that were replaced. */
  replaced: string[];
  /** Number of round trips to Excel (syncs; Excel hosts) used for the write. */
  syncs: number;
  /** Swedish notes for the user, e.g. a sheet with a report's name left alone because it lacks Finsam's marker. */
  notes?: string[];
}
