import * as ExcelJS from "exceljs";
import { checkSheetExtent } from "../domain/issues/limits";
import type { CellValue, RawSheet } from "../domain/model";
import { readCell } from "./cell-value";
import { ownSheetNames } from "./registry";
import { isCsvFileName, readCsv } from "./read-csv";

/** Options for reading sheets out of a workbook. */
export interface ReadOptions {
  /**
   * Also return Finsam's own output sheets and its registry (default false: a re-run must not
   * read its earlier reports as input).
   */
  includeOwnOutput?: boolean;
}

/** An .xlsx file's bytes (Node Buffer, Uint8Array or ArrayBuffer) → loaded ExcelJS workbook. */
export async function loadWorkbook(buf: ArrayBuffer | Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  // ExcelJS's typings ask for a Node Buffer; at run time it accepts any binary JSZip accepts.
  await wb.xlsx.load(buf as unknown as Parameters<typeof wb.xlsx.load>[0]);
  return wb;
}

/**
 * One worksheet → RawSheet of its used range: `origin` is the first row and column holding a
 * value (0-based); the grid is rectangular with "" for empty cells; dates are Excel serials
 * (1900 system); rich text and hyperlinks are their text; formula cells hold their cached
 * result, and `formulas` their formula text ("=…", null for constants); `numberFormats` holds
 * each cell's format ("General" when none). Hidden sheets are included like any other. A used range past the
 * size limits is measured from the sparse cells and returned empty with `tooLarge` (the pipeline reports it).
 */
export function readWorksheet(ws: ExcelJS.Worksheet): RawSheet {
  const cells: { r: number; c: number; value: CellValue; formula: string | null; numFmt: string }[] = [];
  let minR = Infinity;
  let minC = Infinity;
  let maxR = -1;
  let maxC = -1;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const { value, formula } = readCell(cell);
      if ((value === "" || value === null) && !formula) return;
      const r = rowNumber - 1;
      const c = colNumber - 1;
      cells.push({ r, c, value, formula, numFmt: cell.numFmt || "General" });
      minR = Math.min(minR, r);
      minC = Math.min(minC, c);
      maxR = Math.max(maxR, r);
      maxC = Math.max(maxC, c);
    });
  });
  if (cells.length === 0) return { name: ws.name, origin: { row: 0, col: 0 }, values: [], formulas: [], numberFormats: [] };
  const height = maxR - minR + 1;
  const width = maxC - minC + 1;
  // Extent first (issues/limits.ts): two cells at A1 and XFD1048576 must not become a 17-billion-cell grid.
  if (checkSheetExtent({ name: ws.name, rows: height, columns: width, firstRow: minR })) {
    return { name: ws.name, origin: { row: 0, col: 0 }, values: [], tooLarge: { rows: height, columns: width, firstRow: minR } };
  }
  const values: CellValue[][] = Array.from({ length: height }, () => new Array<CellValue>(width).fill(""));
  const formulas: (string | null)[][] = Array.from({ length: height }, () => new Array<string | null>(width).fill(null));
  const numberFormats: (string | null)[][] = Array.from({ length: height }, () => new Array<string | null>(width).fill("General"));
  for (const cell of cells) {
    values[cell.r - minR][cell.c - minC] = cell.value;
    formulas[cell.r - minR][cell.c - minC] = cell.formula;
    numberFormats[cell.r - minR][cell.c - minC] = cell.numFmt;
  }
  return { name: ws.name, origin: { row: minR, col: minC }, values, formulas, numberFormats };
}

/** Every sheet of a loaded workbook in tab order (Finsam's own output left out unless asked for). */
export function readWorkbookSheets(wb: ExcelJS.Workbook, opts: ReadOptions = {}): RawSheet[] {
  const own = opts.includeOwnOutput ? new Set<string>() : ownSheetNames(wb);
  return wb.worksheets.filter((ws) => !own.has(ws.name)).map(readWorksheet);
}

/**
 * An .xlsx file → RawSheet[] for the pipeline (WorkbookSource of the CLI and the demo).
 * Throws only when the bytes are not an .xlsx file at all (the caller reports that).
 */
export async function readWorkbookXlsx(buf: ArrayBuffer | Uint8Array, opts: ReadOptions = {}): Promise<RawSheet[]> {
  return readWorkbookSheets(await loadWorkbook(buf), opts);
}

/** A file by its name: a .csv (or .txt) file is one sheet (read-csv.ts), anything else is read as .xlsx. */
export async function readWorkbookFile(fileName: string, buf: Uint8Array, opts: ReadOptions = {}): Promise<RawSheet[]> {
  if (isCsvFileName(fileName)) return [readCsv(buf, fileName)];
  return readWorkbookXlsx(buf, opts);
}

/** A formula cell whose value Excel never calculated: where it is and its formula. */
export interface UncalculatedCell {
  sheet: string;
  /** A1 address. */
  cell: string;
  formula: string;
}

/** Every formula cell without a cached result in the worksheet (readCell's `uncalculated`). */
export function uncalculatedCells(ws: ExcelJS.Worksheet): UncalculatedCell[] {
  const out: UncalculatedCell[] = [];
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      const read = readCell(cell);
      if (read.uncalculated && read.formula) out.push({ sheet: ws.name, cell: cell.address, formula: read.formula });
    });
  });
  return out;
}
