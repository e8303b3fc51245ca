import type { CellValue, RawSheet } from "../../model/raw";
import { parseSvNumber } from "../../text/sv-number";
import type { MappedColumns } from "./columns";

/**
 * Rows whose figures stand one column to the right of their headers: a published table that writes the owner
 * only on the insats rows, in a column the header does not have (Uppsala 2024 "Driftsredovisning (belopp i
 * TSEK)": "Jobbcentrum – Din väg framåt | Enköpings kommun | −1 326 | −955 | 371" under "Budget | Utfall | Diff
 * mot budget"; "Ekonom projektstöd | (tom) | −220 | −196 | 24"). A data row is shifted when it has a number just
 * right of the last amount column — where the header has nothing, and nothing further right — and its first
 * amount column holds no number (empty, or text: the owner). A comment beside a row is not a number: never shifted.
 *
 * The reader works on a realigned copy of the sheet: a shifted row's cells from the first amount column on move
 * one column left, its owner text goes to a column of its own after the table; `actual` maps a (row, column) of
 * the copy back to the user's cell, so every issue points at the cell the user sees.
 */

export interface Realigned {
  sheet: RawSheet;
  /** Column of the copy holding the owner text of shifted rows. */
  agareCol: number;
  /** Column index in the user's sheet of column `c` of row `r` of the copy. */
  actual: (r: number, c: number) => number;
}

function filled(v: CellValue | undefined): boolean {
  return v !== null && v !== undefined && !(typeof v === "string" && v.trim() === "");
}

function isNumber(v: CellValue | undefined): boolean {
  return typeof v === "number" || (typeof v === "string" && parseSvNumber(v).kind === "number");
}

/** The realigned copy (see the file comment), or null when no row is shifted or the sheet maps an owner column. */
export function realignShiftedRows(sheet: RawSheet, mc: MappedColumns): Realigned | null {
  if (mc.keys.agare !== undefined || mc.amounts.length === 0) return null;
  const first = Math.min(...mc.amounts.map((a) => a.c));
  const last = Math.max(...mc.amounts.map((a) => a.c));
  const beyond = last + 1;
  for (let r = 0; r < mc.dataStart; r++) if (filled(sheet.values[r]?.[beyond])) return null;
  const width = Math.max(...sheet.values.map((row) => row.length), beyond + 1);
  const shifted = new Set<number>();
  for (let r = mc.dataStart; r < sheet.values.length; r++) {
    const row = sheet.values[r] ?? [];
    if (!isNumber(row[beyond]) || isNumber(row[first])) continue;
    if (row.slice(beyond + 1).some(filled)) continue;
    shifted.add(r);
  }
  if (shifted.size === 0) return null;
  const agareCol = width;
  function move<T extends CellValue>(row: readonly T[] | undefined, owner: boolean): (T | null)[] {
    const src = row ?? [];
    const out: (T | null)[] = [];
    for (let c = 0; c < width; c++) out.push(c < first ? (src[c] ?? null) : (src[c + 1] ?? null));
    out.push(owner && typeof src[first] === "string" ? src[first] : null);
    return out;
  }
  const values = sheet.values.map((row, r) => (shifted.has(r) ? move(row, true) : row));
  const formats = sheet.numberFormats?.map((row, r) => (shifted.has(r) ? move(row, false) : row));
  const { formulas: _f, ...rest } = sheet;
  const copy: RawSheet = { ...rest, values, ...(formats ? { numberFormats: formats } : {}) };
  const actual = (r: number, c: number) => (!shifted.has(r) || c < first ? c : c === agareCol ? first : c + 1);
  return { sheet: copy, agareCol, actual };
}
