/**
 * Pure planning of a plan's cell writes: the rows become as few rectangular range writes as
 * possible — one per block of rows separated by at least BLANK_GAP empty rows; a block holding a
 * formula is written through `Range.formulas`, any other through `Range.values` — never one range
 * per cell or per row. Blocks larger than the request budget are split by rows.
 */
import { a1Range, isFormulaCell, type PlanCell } from "../domain/model";

/** What the host sends for one cell. */
export type ExcelInput = string | number | boolean;

export interface CellBlock {
  /** 0-based top-left cell. */
  row: number;
  col: number;
  kind: "values" | "formulas";
  data: ExcelInput[][];
}

/** Runs of at least this many empty rows split blocks (shorter gaps are written as "" cells). */
export const BLANK_GAP = 8;

/** Estimated bytes Office.js adds per queued action (object path, action, property name). */
export const ACTION_OVERHEAD_BYTES = 300;

const MONTH =
  "jan(uari|uary)?|feb(ruari|ruary)?|mar(s|ch)?|apr(il)?|maj|may|jun[ie]?|jul[iy]?|aug(usti|ust)?|sep(t|tember)?|okt(ober)?|oct(ober)?|nov(ember)?|dec(ember)?";
/** "juni 2024", "30 juni 2024", "Jan-24", "1-Jan": text Excel reads as a date. */
const MONTH_DATE = new RegExp(`^(\\d{1,2}[\\s./-]+)?(${MONTH})\\.?([\\s./-]+\\d{1,4})?$`, "i");

/**
 * Text Excel would turn into something else when typed (a formula, number, date, percentage,
 * boolean) gets a leading apostrophe, which Excel stores as "text, shown as is".
 */
export function escapeText(s: string): string {
  if (s === "") return s;
  if (/^[=+\-@']/.test(s)) return `'${s}`;
  const t = s.trim();
  if (/^(true|false)$/i.test(t)) return `'${s}`;
  if (/\d/.test(t) && /^[\d\s.,:/%()$€£¤+\-–−eE]*$/.test(t)) return `'${s}`;
  if (/\d/.test(t) && MONTH_DATE.test(t)) return `'${s}`;
  return s;
}

/** The Excel input for one plan cell; formulas keep their text ("=" prefixed). */
export function toExcelInput(cell: PlanCell | undefined): { input: ExcelInput; formula: boolean } {
  if (cell === null || cell === undefined) return { input: "", formula: false };
  if (isFormulaCell(cell)) return { input: cell.formula.startsWith("=") ? cell.formula : `=${cell.formula}`, formula: true };
  if (typeof cell === "number") return { input: Number.isFinite(cell) ? cell : "", formula: false };
  if (typeof cell === "boolean") return { input: cell, formula: false };
  return { input: escapeText(cell), formula: false };
}

function rowWidth(row: readonly PlanCell[] | undefined): number {
  if (!row) return 0;
  let w = row.length;
  while (w > 0 && (row[w - 1] === null || row[w - 1] === undefined || row[w - 1] === "")) w--;
  return w;
}

/** Cell writes for `rows` (starting at A1). */
export function planCellBlocks(rows: readonly (readonly PlanCell[])[]): CellBlock[] {
  const widths = rows.map(rowWidth);
  const blocks: CellBlock[] = [];
  let r = 0;
  while (r < rows.length) {
    if (widths[r] === 0) {
      r++;
      continue;
    }
    let end = r;
    let gap = 0;
    for (let i = r + 1; i < rows.length && gap < BLANK_GAP; i++) {
      if (widths[i] === 0) gap++;
      else {
        gap = 0;
        end = i;
      }
    }
    const cols = Math.max(...widths.slice(r, end + 1));
    let formula = false;
    const data: ExcelInput[][] = [];
    for (let i = r; i <= end; i++) {
      const out: ExcelInput[] = [];
      for (let c = 0; c < cols; c++) {
        const x = toExcelInput(rows[i]?.[c]);
        formula ||= x.formula;
        out.push(x.input);
      }
      data.push(out);
    }
    blocks.push({ row: r, col: 0, kind: formula ? "formulas" : "values", data });
    r = end + 1;
  }
  return blocks;
}

/** UTF-8 bytes of `s` (what the request's JSON costs). */
export function utf8Bytes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? (i++, 4) : 3;
  }
  return n;
}

/** Bytes of one row of a 2-D array in the request JSON (plus its comma). */
export const rowBytes = (row: readonly unknown[]): number => utf8Bytes(JSON.stringify(row)) + 1;

/** Bytes of a grid write including the action overhead. */
export const gridBytes = (data: readonly (readonly unknown[])[]): number =>
  ACTION_OVERHEAD_BYTES + 2 + data.reduce((s, row) => s + rowBytes(row), 0);

/** Splits a grid write by rows so that each part stays within `maxBytes`. */
export function splitRows<T>(row: number, data: T[][], maxBytes: number): { row: number; data: T[][] }[] {
  const parts: { row: number; data: T[][] }[] = [];
  let start = 0;
  let bytes = ACTION_OVERHEAD_BYTES + 2;
  for (let i = 0; i < data.length; i++) {
    const b = rowBytes(data[i]);
    if (i > start && bytes + b > maxBytes) {
      parts.push({ row: row + start, data: data.slice(start, i) });
      start = i;
      bytes = ACTION_OVERHEAD_BYTES + 2;
    }
    bytes += b;
  }
  if (data.length > start) parts.push({ row: row + start, data: data.slice(start) });
  return parts;
}

/** A1 address of a grid written at (row, col). */
export const gridAddress = (row: number, col: number, data: readonly (readonly unknown[])[]): string =>
  a1Range(row, col, row + data.length - 1, col + Math.max(1, data[0]?.length ?? 1) - 1);
