import type * as ExcelJS from "exceljs";
import { readCell } from "../cell-value";
import { addColumnBreaksToPackage } from "../col-breaks";
import { addChartsToPackage } from "./package";
import { resolveChart } from "./resolve";
import type { ChartCellReader, ChartSpec, ResolvedChart, SheetGeometry } from "./types";

/**
 * ExcelJS cannot write charts: the charts a writer puts on a worksheet are queued here against the
 * workbook and added to the package by workbookToXlsx after ExcelJS has written it. Every host that
 * writes .xlsx (the CLI's rapport/mall/bokslut, the demo's "Ladda ner .xlsx") writes through workbookToXlsx.
 */

const queued = new WeakMap<ExcelJS.Workbook, Map<ExcelJS.Worksheet, ChartSpec[]>>();

/** Queues charts to be drawn on `ws` when the workbook is written with workbookToXlsx. */
export function queueCharts(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet, charts: readonly ChartSpec[]): void {
  if (charts.length === 0) return;
  const bySheet = queued.get(wb) ?? new Map<ExcelJS.Worksheet, ChartSpec[]>();
  bySheet.set(ws, [...(bySheet.get(ws) ?? []), ...charts]);
  queued.set(wb, bySheet);
}

/** Charts queued on the workbook's sheets (sheets removed since are left out). */
export function queuedCharts(wb: ExcelJS.Workbook): { ws: ExcelJS.Worksheet; charts: ChartSpec[] }[] {
  const bySheet = queued.get(wb);
  if (!bySheet) return [];
  return wb.worksheets.filter((ws) => bySheet.has(ws)).map((ws) => ({ ws, charts: bySheet.get(ws)! }));
}

/** Excel's default column: 8,43 characters of Calibri 11 = 64 px = 48 pt; default row 15 pt. */
const DEFAULT_COLUMN_POINTS = 48;
const DEFAULT_ROW_POINTS = 15;

/**
 * Column widths and row heights of a worksheet in points, as Excel lays them out: a stored width w
 * (characters of the default font's 7 px digit, padding included) is round(7·w) px = 0,75 pt per px.
 */
export function worksheetGeometry(ws: ExcelJS.Worksheet): SheetGeometry {
  const defaultRow = ws.properties?.defaultRowHeight || DEFAULT_ROW_POINTS;
  const cols = new Map<number, number>();
  return {
    columnWidth(col) {
      if (!cols.has(col)) {
        const w = (ws.columns?.[col] as ExcelJS.Column | undefined)?.width;
        cols.set(col, w && w > 0 ? Math.round(7 * w) * 0.75 : DEFAULT_COLUMN_POINTS);
      }
      return cols.get(col)!;
    },
    rowHeight(row) {
      const h = ws.findRow(row + 1)?.height;
      return h && h > 0 ? h : defaultRow;
    },
  };
}

/** Reads cells of the workbook's sheets: the (cached) value and the number format. */
function workbookReader(wb: ExcelJS.Workbook): ChartCellReader {
  return (sheet, row, col) => {
    const ws = wb.getWorksheet(sheet);
    const r = ws?.findRow(row + 1);
    if (!r) return undefined;
    const cell = r.findCell(col + 1);
    if (!cell) return undefined;
    return { value: readCell(cell).value, numberFormat: cell.numFmt ?? null };
  };
}

/** The workbook's queued charts with their series, caches and anchors resolved. */
export function resolveQueuedCharts(wb: ExcelJS.Workbook): { sheetName: string; charts: ResolvedChart[] }[] {
  const read = workbookReader(wb);
  return queuedCharts(wb).map(({ ws, charts }) => {
    const geo = worksheetGeometry(ws);
    return { sheetName: ws.name, charts: charts.map((c) => resolveChart(c, read, geo)).filter((c): c is ResolvedChart => c !== null) };
  });
}

/**
 * The workbook as .xlsx bytes with its queued charts drawn (ExcelJS's writeBuffer + the DrawingML parts) and its
 * queued column page breaks written (col-breaks.ts).
 */
export async function workbookToXlsx(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  const charts = resolveQueuedCharts(wb);
  const bytes = await addColumnBreaksToPackage(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer), wb);
  return (await addChartsToPackage(bytes, charts)).bytes;
}
