/**
 * Reading and writing cell grids the way Excel's `Range.values`, `Range.formulas` and
 * `Range.numberFormat` do: exact shape or InvalidArgument, `null` leaves a cell unchanged,
 * text is parsed like typed input ("=…" is a formula, "'…" forces text, "12.5" a number,
 * "2024-06-30" a date serial, "72%" 0.72, "TRUE" a boolean).
 */
import type { CellValue } from "../domain/model/raw";
import { isWholeColumns, rectCells, type Rect } from "./address";
import { invalidArgument, shapeMismatch, simError, SimErrorCodes } from "./errors";
import { cellKey, keyCol, keyRow, type Cell, type SheetState } from "./state";

export const GENERAL = "General";
const MAX_TEXT = 32_767;
const MAX_FORMULA = 8_192;

interface Parsed {
  value: CellValue;
  formula?: string;
  impliedFormat?: string;
}

/** Days from 1899-12-30 (Excel's 1900 system, valid from 1900-03-01). */
function isoToSerial(y: number, m: number, d: number): number | null {
  const t = Date.UTC(y, m - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) return null;
  return Math.round((t - Date.UTC(1899, 11, 30)) / 86_400_000);
}

/** What Excel stores when `input` is typed into a cell. */
export function parseInput(input: unknown, location: string): Parsed {
  if (typeof input === "number") {
    if (!Number.isFinite(input)) throw invalidArgument("Numbers must be finite.", location);
    return { value: input };
  }
  if (typeof input === "boolean") return { value: input };
  if (typeof input !== "string") throw invalidArgument(`Unsupported cell input of type ${typeof input}.`, location);
  if (input.length > MAX_TEXT) throw invalidArgument("A cell can hold at most 32 767 characters.", location);
  if (input === "") return { value: "" };
  if (input.startsWith("'")) return { value: input.slice(1) };
  if (input.startsWith("=") && input.length > 1) {
    if (input.length > MAX_FORMULA) throw simError(SimErrorCodes.formulaLengthExceedsLimit, "The formula is too long.", location);
    return { value: null, formula: input };
  }
  // typed "+abc", "-abc" or "@abc" becomes a formula in Excel (=-abc → #NAME?), like "=abc"
  if (/^[+\-@]/.test(input) && !/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*%?$/.test(input.trim()))
    return { value: null, formula: `=${input.replace(/^@/, "")}` };
  const t = input.trim();
  if (/^(true|false)$/i.test(t)) return { value: t.toLowerCase() === "true" };
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t)) return { value: Number(t) };
  const pct = /^([+-]?(\d+\.?\d*|\.\d+))\s?%$/.exec(t);
  if (pct) return { value: Number(pct[1]) / 100, impliedFormat: "0%" };
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (iso) {
    const serial = isoToSerial(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (serial !== null && serial >= 61) return { value: serial, impliedFormat: "yyyy-mm-dd" };
  }
  return { value: input };
}

/** Throws InvalidArgument unless `data` is a rows × cols array of arrays. */
export function checkShape(data: unknown, rect: Rect, location: string): unknown[][] {
  const rows = rect.r2 - rect.r1 + 1;
  const cols = rect.c2 - rect.c1 + 1;
  if (!Array.isArray(data) || data.length !== rows) throw shapeMismatch(location);
  for (const row of data) if (!Array.isArray(row) || row.length !== cols) throw shapeMismatch(location);
  return data as unknown[][];
}

function cellAt(sheet: SheetState, r: number, c: number): Cell {
  const k = cellKey(r, c);
  let cell = sheet.cells.get(k);
  if (!cell) {
    cell = { value: "" };
    sheet.cells.set(k, cell);
  }
  return cell;
}

function tidy(sheet: SheetState, r: number, c: number): void {
  const k = cellKey(r, c);
  const cell = sheet.cells.get(k);
  if (cell && cell.value === "" && !cell.formula && (!cell.numberFormat || cell.numberFormat === GENERAL)) sheet.cells.delete(k);
}

/** `Range.values = data` or `Range.formulas = data` (both parse input the same way). */
export function writeInputs(sheet: SheetState, rect: Rect, data: unknown, location: string): void {
  const grid = checkShape(data, rect, location);
  const parsed = grid.map((row) => row.map((v) => (v === null || v === undefined ? null : parseInput(v, location))));
  parsed.forEach((row, i) =>
    row.forEach((p, j) => {
      if (!p) return;
      const r = rect.r1 + i;
      const c = rect.c1 + j;
      const cell = cellAt(sheet, r, c);
      cell.value = p.value;
      if (p.formula) cell.formula = p.formula;
      else delete cell.formula;
      if (p.impliedFormat && (!cell.numberFormat || cell.numberFormat === GENERAL)) cell.numberFormat = p.impliedFormat;
      tidy(sheet, r, c);
    }),
  );
}

/** `Range.numberFormat = data`. */
export function writeNumberFormats(sheet: SheetState, rect: Rect, data: unknown, location: string): void {
  const grid = checkShape(data, rect, location);
  for (const row of grid)
    for (const v of row) if (v !== null && typeof v !== "string") throw invalidArgument("Number formats must be strings.", location);
  grid.forEach((row, i) =>
    row.forEach((v, j) => {
      if (v === null) return;
      const cell = cellAt(sheet, rect.r1 + i, rect.c1 + j);
      cell.numberFormat = v === "" ? GENERAL : (v as string);
      tidy(sheet, rect.r1 + i, rect.c1 + j);
    }),
  );
}

const MAX_READ_CELLS = 2_000_000;

/** The cells of `rect`, row by row (undefined where empty): one map lookup per cell, shared by several reads. */
export function readCells(sheet: SheetState, rect: Rect): (Cell | undefined)[][] {
  if (rectCells(rect) > MAX_READ_CELLS)
    throw simError(SimErrorCodes.responsePayloadSizeLimitExceeded, "The response payload size has exceeded the limit.");
  const cells = sheet.cells;
  const width = rect.c2 - rect.c1 + 1;
  const out: (Cell | undefined)[][] = new Array(rect.r2 - rect.r1 + 1);
  for (let r = rect.r1; r <= rect.r2; r++) {
    const row: (Cell | undefined)[] = new Array(width);
    const base = cellKey(r, rect.c1);
    for (let j = 0; j < width; j++) row[j] = cells.get(base + j);
    out[r - rect.r1] = row;
  }
  return out;
}

const mapCells = <T>(grid: (Cell | undefined)[][], pick: (cell: Cell | undefined) => T): T[][] => grid.map((row) => row.map(pick));

/** Values; a formula the simulator cannot compute reads as null (real Excel would have a value). */
export const readValues = (sheet: SheetState, rect: Rect, cells = readCells(sheet, rect)): CellValue[][] =>
  mapCells(cells, (cell) => (cell ? cell.value : ""));

/** Formula text, or the constant when the cell has no formula ("" when empty), like `Range.formulas`. */
export const readFormulas = (sheet: SheetState, rect: Rect, cells = readCells(sheet, rect)): CellValue[][] =>
  mapCells(cells, (cell) => (cell ? (cell.formula ?? cell.value ?? "") : ""));

export const readNumberFormats = (sheet: SheetState, rect: Rect, cells = readCells(sheet, rect)): string[][] =>
  mapCells(cells, (cell) => cell?.numberFormat ?? GENERAL);

/** Clears contents and/or formats in `rect` (`Range.clear`). */
export function clearRect(sheet: SheetState, rect: Rect, applyTo: string): void {
  const contents = applyTo === "All" || applyTo === "Contents";
  const formats = applyTo === "All" || applyTo === "Formats";
  for (const [k, cell] of [...sheet.cells]) {
    const r = keyRow(k);
    const c = keyCol(k);
    if (r < rect.r1 || r > rect.r2 || c < rect.c1 || c > rect.c2) continue;
    if (contents) {
      cell.value = "";
      delete cell.formula;
    }
    if (formats) delete cell.numberFormat;
    tidy(sheet, r, c);
  }
  if (formats) {
    // layers wholly inside the cleared range are gone (Excel's used range shrinks after Clear All)
    const inside = (r: Rect): boolean => r.r1 >= rect.r1 && r.r2 <= rect.r2 && r.c1 >= rect.c1 && r.c2 <= rect.c2;
    sheet.formats = sheet.formats.filter((f) => !inside(f.rect));
    sheet.formats.push({ rect, props: { bold: false, italic: false, fill: null } });
  }
}

/**
 * The used range: bounding box of cells with a value or formula (and, unless valuesOnly, a number
 * format or a cell format). Null when the sheet is blank.
 */
export function usedRect(sheet: SheetState, valuesOnly: boolean): Rect | null {
  let r1 = Infinity;
  let c1 = Infinity;
  let r2 = -1;
  let c2 = -1;
  const take = (r: number, c: number, rr = r, cc = c): void => {
    r1 = Math.min(r1, r);
    c1 = Math.min(c1, c);
    r2 = Math.max(r2, rr);
    c2 = Math.max(c2, cc);
  };
  for (const [k, cell] of sheet.cells) {
    const hasValue = cell.formula !== undefined || (cell.value !== "" && cell.value !== null);
    if (hasValue || (!valuesOnly && cell.numberFormat && cell.numberFormat !== GENERAL)) take(keyRow(k), keyCol(k));
  }
  if (!valuesOnly)
    for (const f of sheet.formats)
      if (!isWholeColumns(f.rect) && f.rect.c2 - f.rect.c1 < 16_000) take(f.rect.r1, f.rect.c1, f.rect.r2, f.rect.c2);
  return r2 < 0 ? null : { r1, c1, r2, c2 };
}
