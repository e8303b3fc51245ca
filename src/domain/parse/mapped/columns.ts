import type { RawSheet } from "../../model/raw";
import { colIndex, rowIndex } from "../../detect/fingerprint";
import { isUnitRow } from "../../detect/header-rows";
import type { ColumnMapping, SheetMapping } from "../../model/mapping";

/** A mapping's columns as indexes into sheet.values, for the readers. */
export interface MappedColumns {
  /** Role → column index (key fields). */
  keys: Record<string, number>;
  /** Amount columns (role "belopp"), in sheet order. */
  amounts: { c: number; col: ColumnMapping; factor: number }[];
  /** First data row: below the header row, a period row and a unit row ("(tkr) | (%)") under it. */
  dataStart: number;
  /** Index of the field header row (for labels). */
  headerRow: number;
}

/** Resolves a SheetMapping against the sheet; null when its header row is outside the sheet. */
export function mappedColumns(sheet: RawSheet, m: SheetMapping): MappedColumns | null {
  const headerRow = m.headerRow > 0 ? rowIndex(sheet, m.headerRow) : -1;
  if (m.headerRow > 0 && headerRow < 0) return null;
  const extra = m.extraHeaderRow !== undefined ? rowIndex(sheet, m.extraHeaderRow) : -1;
  const keys: Record<string, number> = {};
  const amounts: MappedColumns["amounts"] = [];
  for (const col of m.columns) {
    const c = colIndex(sheet, col.column);
    if (c < 0 || col.role === "ignorera") continue;
    if (col.role === "belopp") amounts.push({ c, col, factor: col.factor ?? 1 });
    else if (keys[col.role] === undefined) keys[col.role] = c;
  }
  amounts.sort((a, b) => a.c - b.c);
  let dataStart = Math.max(headerRow, extra) + 1;
  // A unit row under the header ("(tkr) | (tkr) | (%)") belongs to the header (detect/header-rows.ts), not the data.
  if (headerRow >= 0 && sheet.values[dataStart] && isUnitRow(sheet.values[dataStart])) dataStart++;
  return { keys, amounts, dataStart, headerRow: Math.max(headerRow, 0) };
}

/** Header labels for messages: the mapping's header texts by column index. */
export function mappedLabels(sheet: RawSheet, m: SheetMapping): Record<number, string> {
  const out: Record<number, string> = {};
  for (const col of m.columns) {
    const c = colIndex(sheet, col.column);
    if (c >= 0 && col.header !== "") out[c] = col.header;
  }
  return out;
}
