import type { Issue } from "../../issues/issue";
import type { CellRef, CellValue, RawSheet } from "../../model/raw";
import type { SheetMapping } from "../../model/mapping";

/**
 * A pivot layout (the measure on each row, or the insatser as columns) seen as the ordinary wide table the mapped
 * reader reads — one row per insats, one amount column per measure and period — so that sum rows, units, signs,
 * kategori and insatser are handled exactly as on every other mapped table (table.ts). Nothing of the user's sheet is
 * changed: `sheet` is a copy, and `cell` maps each (row, column) of the copy back to the user's cell, so every
 * message points at the cell the user sees.
 */
export interface PivotView {
  sheet: RawSheet;
  mapping: SheetMapping;
  /** The user's (row, column) of a cell of the copy (indexes into sheet.values). */
  cell: (r: number, c: number) => [number, number];
  /** Findings of the pivot itself (the info on the layout), added after the copy's own. */
  findings: Issue[];
  /** Utfall the pivot could not read (conflicting duplicates): the insats' kvot is shown empty with the reason. */
  olasbartUtfall: { post: string; source: CellRef }[];
}

/** A copy of the user's rows padded to `width` (null beyond the row's end). */
export function padded(row: readonly CellValue[] | undefined, width: number): CellValue[] {
  const out: CellValue[] = new Array<CellValue>(width).fill(null);
  (row ?? []).forEach((v, c) => c < width && (out[c] = v));
  return out;
}

export function isFilled(v: CellValue | undefined): boolean {
  return v !== null && v !== undefined && !(typeof v === "string" && v.trim() === "");
}
