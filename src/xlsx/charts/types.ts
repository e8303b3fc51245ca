import type { CellValue, ChartPlan } from "../../domain/model";

/**
 * A chart to write into an .xlsx package, host-neutral: the plan's chart (CLI, add-in plans) and the
 * simulated workbook's chart (the demo's download) both become one of these.
 */
export interface ChartSpec {
  type: ChartPlan["type"];
  title: string;
  /** Name of the sheet that holds the data (the chart's own sheet for plan charts). */
  sourceSheet: string;
  /** Data range on that sheet including the header row and the category column, e.g. "A5:C12". */
  range: string;
  seriesBy: ChartPlan["seriesBy"];
  /** Top-left cell of the chart on its own sheet, e.g. "J6". */
  anchor: string;
  /** Size in points (Office.js's default chart is 360 × 216 pt). */
  width: number;
  height: number;
}

/** One series as written: formulas to its cells and the values cached for viewers that do not recalculate. */
export interface ChartSeriesData {
  name: string;
  /** "'Blad 1'!$B$5": the cell holding the series name. */
  nameRef: string;
  /** "'Blad 1'!$A$6:$A$9": the categories. */
  catRef: string;
  /** "'Blad 1'!$B$6:$B$9": the values. */
  valRef: string;
  categories: string[];
  /** null = an empty or text cell (left out of the cache: a gap, never a zero). */
  values: (number | null)[];
}

/** A cell of a two-cell anchor: 0-based column and row, offsets in EMU (12 700 per point). */
export interface AnchorCell {
  col: number;
  colOff: number;
  row: number;
  rowOff: number;
}

/** A chart ready to be serialised: its series with caches, and where it sits on its sheet. */
export interface ResolvedChart {
  type: ChartPlan["type"];
  title: string;
  series: ChartSeriesData[];
  /** Number format of the first value cell ("General" when none). */
  formatCode: string;
  from: AnchorCell;
  to: AnchorCell;
}

/** What a cell holds, as far as a chart cache needs it. */
export interface ChartCell {
  value: CellValue;
  numberFormat: string | null;
}

/** Reads a cell of any sheet of the workbook by sheet name and 0-based row/column; undefined when absent. */
export type ChartCellReader = (sheet: string, row: number, col: number) => ChartCell | undefined;

/** Column widths and row heights of the chart's own sheet in points (0-based index). */
export interface SheetGeometry {
  columnWidth(col: number): number;
  rowHeight(row: number): number;
}

/** Points → EMU (English Metric Units, the DrawingML unit): 1 pt = 12 700 EMU. */
export const EMU_PER_POINT = 12700;
