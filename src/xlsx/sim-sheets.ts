import * as ExcelJS from "exceljs";
import type { CellValue } from "../domain/model";
import { toExcelValue } from "./cell-value";
import { simChartSpec, type SimChart } from "./charts/sim-charts";
import { queueCharts, workbookToXlsx } from "./charts/workbook-bytes";
import { pointsToCharacters } from "./plan-styles";
import { columnIndex } from "../domain/model";
import { loadWorkbook, readWorksheet } from "./read-workbook";

/**
 * Plain sheet data for the browser demo's simulated Excel: grids start at A1 (not at the used
 * range), formulas as "=…" (null for constants), number formats per cell.
 */
export interface SimSheetData {
  name: string;
  values: CellValue[][];
  formulas?: (string | null)[][];
  numberFormats?: (string | null)[][];
  /** Office.js visibility; absent = "Visible". */
  visibility?: "Visible" | "Hidden" | "VeryHidden";
}

/** What sheetsToXlsx accepts: SimSheetData, or the simulated Excel's SheetSnapshot (extra fields are ignored). */
export interface SimSheetInput {
  name: string;
  values: CellValue[][];
  formulas?: (string | null)[][];
  numberFormats?: (string | null)[][];
  /** "Visible" (default), "Hidden" or "VeryHidden". */
  visibility?: string;
  /** Column letter → width in points (the simulated Excel's column widths). */
  columnWidths?: Record<string, number>;
  /** Charts on the sheet, as the simulated Excel's snapshot describes them. */
  charts?: readonly SimChart[];
}

const VISIBILITY: Record<string, SimSheetData["visibility"]> = {
  visible: "Visible",
  hidden: "Hidden",
  veryHidden: "VeryHidden",
};

/** Pads a used-range grid at `origin` out to a grid that starts at A1. */
function fromA1<T>(grid: T[][], origin: { row: number; col: number }, fill: T): T[][] {
  const pad = new Array<T>(origin.col).fill(fill);
  const top = Array.from({ length: origin.row }, () => new Array<T>(origin.col + (grid[0]?.length ?? 0)).fill(fill));
  return [...top, ...grid.map((row) => [...pad, ...row])];
}

/** An .xlsx file → every sheet (hidden ones too, with their visibility) as plain A1-based data. */
export async function xlsxToSimSheets(buf: ArrayBuffer | Uint8Array): Promise<SimSheetData[]> {
  const wb = await loadWorkbook(buf);
  return wb.worksheets.map((ws) => {
    const raw = readWorksheet(ws);
    const sheet: SimSheetData = {
      name: raw.name,
      values: fromA1(raw.values, raw.origin, "" as CellValue),
      formulas: fromA1(raw.formulas ?? [], raw.origin, null as string | null),
      numberFormats: fromA1(raw.numberFormats ?? [], raw.origin, "General" as string | null),
    };
    if (ws.state !== "visible") sheet.visibility = VISIBILITY[ws.state];
    return sheet;
  });
}

/**
 * Builds an ExcelJS workbook from plain sheet data (formulas with their values as cached results, column
 * widths); the sheets' charts are queued for workbookToXlsx.
 */
export function simSheetsToWorkbook(sheets: readonly SimSheetInput[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const state = s.visibility === "VeryHidden" ? "veryHidden" : s.visibility === "Hidden" ? "hidden" : "visible";
    const ws = wb.addWorksheet(s.name, { state });
    s.values.forEach((row, r) => {
      row.forEach((value, c) => {
        const formula = s.formulas?.[r]?.[c] ?? null;
        const numFmt = s.numberFormats?.[r]?.[c] ?? null;
        const v = toExcelValue(value, formula);
        if (v === null && !(numFmt && numFmt !== "General")) return;
        const cell = ws.getRow(r + 1).getCell(c + 1);
        if (v !== null) cell.value = v;
        if (numFmt && numFmt !== "General") cell.numFmt = numFmt;
      });
    });
    for (const [letter, points] of Object.entries(s.columnWidths ?? {}))
      if (Number.isFinite(points) && points > 0) ws.getColumn(columnIndex(letter) + 1).width = pointsToCharacters(points);
    queueCharts(
      wb,
      ws,
      (s.charts ?? []).flatMap((c) => simChartSpec(c) ?? []),
    );
  }
  return wb;
}

/** Plain sheet data → .xlsx bytes with the charts (for the demo's "Ladda ner .xlsx"). */
export async function sheetsToXlsx(sheets: readonly SimSheetInput[]): Promise<Uint8Array> {
  return workbookToXlsx(simSheetsToWorkbook(sheets));
}
