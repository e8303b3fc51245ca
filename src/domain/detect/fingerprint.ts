import { a1, columnIndex, parseA1 } from "../model/address";
import type { CellValue, RawSheet } from "../model/raw";
import { normalizeHeader } from "../text/header";
import type { Fingerprint, SheetMapping } from "../model/mapping";

/**
 * A layout fingerprint: the header cells (address and text) a mapping was made from. When the sheet's cells at
 * those addresses no longer say the same (columns inserted, moved, renamed; rows inserted above the header), the
 * mapping no longer fits and must not be used as is (LAYOUT_ANDRAD).
 */

/** Excel row number (1-based) → index into sheet.values; −1 when outside the used range. */
export function rowIndex(sheet: RawSheet, excelRow: number): number {
  const r = excelRow - 1 - sheet.origin.row;
  return r >= 0 && r < sheet.values.length ? r : -1;
}

/** Column letter → index into sheet.values[r]; −1 when left of the used range. */
export function colIndex(sheet: RawSheet, letter: string): number {
  const c = columnIndex(letter) - sheet.origin.col;
  return c >= 0 ? c : -1;
}

/** Excel row number of values index r. */
export function excelRow(sheet: RawSheet, r: number): number {
  return r + sheet.origin.row + 1;
}

function text(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  return typeof v === "string" ? v.trim() : String(v);
}

/** The non-empty cells of the given header rows (indexes into sheet.values). */
export function fingerprintOf(sheet: RawSheet, rows: readonly number[]): Fingerprint {
  const cells: Fingerprint["cells"] = [];
  for (const r of [...rows].sort((x, y) => x - y)) {
    const row = sheet.values[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const t = text(row[c]);
      if (t !== "") cells.push({ cell: a1(r + sheet.origin.row, c + sheet.origin.col), text: t });
    }
  }
  return { cells };
}

export interface LayoutChange {
  /** Fingerprint cells whose text changed or disappeared: address, old text, new text. */
  changed: { cell: string; was: string; now: string }[];
}

/** Compares the sheet with a mapping's fingerprint; null when every fingerprint cell still says the same. */
export function compareFingerprint(sheet: RawSheet, mapping: Pick<SheetMapping, "fingerprint">): LayoutChange | null {
  const changed: LayoutChange["changed"] = [];
  for (const f of mapping.fingerprint.cells) {
    const p = parseA1(f.cell);
    if (!p) continue;
    const r = p.row - sheet.origin.row;
    const c = p.col - sheet.origin.col;
    const now = r >= 0 && c >= 0 ? text(sheet.values[r]?.[c]) : "";
    if (normalizeHeader(now) !== normalizeHeader(f.text)) changed.push({ cell: f.cell, was: f.text, now });
  }
  return changed.length === 0 ? null : { changed };
}
