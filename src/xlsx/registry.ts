import type * as ExcelJS from "exceljs";
import {
  ownSheetNames as ownNames,
  parseRegister,
  registerRows,
  REGISTER_SHEET,
  type OutputEntry,
  type ResolvedOutput,
  type SheetRef,
} from "../domain/plan/output-registry";
import { resolveMarked } from "../domain/plan/output-marker";
import { readCell } from "./cell-value";

/**
 * The .xlsx host's side of the output register (format and rules: src/domain/plan/output-registry.ts,
 * shared with the Excel add-in): the very hidden sheet `FinsamRegister` (Typ | Nyckel | Blad | Id).
 * ExcelJS knows no Office worksheet ids, so entries are matched by sheet name here — and a sheet
 * of that name counts as Finsam's only when it still carries the output marker of the entry's
 * kind + key in its first row (src/domain/plan/output-marker.ts). An entry whose sheet the user
 * renamed or deleted, or whose name a user's own sheet took later (or a stale or copied register
 * naming Budget), matches nothing and the sheet is from then on the user's own.
 * Ids the Excel host wrote are not kept when this host rewrites the register: after a trip through
 * ExcelJS they no longer name the same sheets, and the names do.
 */
export const REGISTRY_SHEET = REGISTER_SHEET;

export type RegistryEntry = OutputEntry;

/** Rows of the register sheet's used range (from its first used row), as cell values. */
function sheetRows(ws: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  ws.eachRow({ includeEmpty: false }, (row) => {
    const cells: unknown[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => void (cells[col - 1] = readCell(cell).value));
    rows.push(cells);
  });
  return rows;
}

/** The entries stored in the workbook's register sheet (none when it is missing or unreadable). */
export function readRegisterEntries(wb: ExcelJS.Workbook): OutputEntry[] {
  const ws = wb.getWorksheet(REGISTER_SHEET);
  return ws ? parseRegister(sheetRows(ws)) : [];
}

/** The values of a worksheet's first row (where the output marker is). */
function firstRow(ws: ExcelJS.Worksheet): unknown[] {
  const cells: unknown[] = [];
  ws.getRow(1).eachCell({ includeEmpty: false }, (cell) => void cells.push(readCell(cell).value));
  return cells;
}

/**
 * The workbook's sheets as the shared rules see them (names only), the entries resolved among them
 * that still carry their marker, and the ones whose sheet of that name does not (`unmarked`: left alone).
 */
export function resolveRegister(wb: ExcelJS.Workbook): { sheets: SheetRef[]; resolved: ResolvedOutput[]; unmarked: ResolvedOutput[] } {
  const sheets: SheetRef[] = wb.worksheets.map((w) => ({ name: w.name }));
  // No ids here: every entry is matched by name, so every match is checked for its marker.
  return { sheets, ...resolveMarked(readRegisterEntries(wb), sheets, wb.worksheets.map(firstRow), { findRenamed: false }) };
}

/** Registered output whose sheet exists, under the sheet's current name. */
export function readRegistry(wb: ExcelJS.Workbook): RegistryEntry[] {
  const { sheets, resolved } = resolveRegister(wb);
  return resolved.map((r) => ({ kind: r.entry.kind, key: r.entry.key, name: sheets[r.index].name }));
}

/** Names of all sheets that belong to Finsam: the register sheet and every registered output sheet. */
export function ownSheetNames(wb: ExcelJS.Workbook): Set<string> {
  const { sheets, resolved } = resolveRegister(wb);
  return ownNames(resolved, sheets);
}

/** Replaces the register sheet with `entries`, very hidden and last in the tab order. */
export function writeRegistry(wb: ExcelJS.Workbook, entries: readonly RegistryEntry[]): void {
  const old = wb.getWorksheet(REGISTER_SHEET);
  if (old) wb.removeWorksheet(old.id);
  const ws = wb.addWorksheet(REGISTER_SHEET, { state: "veryHidden" });
  for (const row of registerRows(entries)) ws.addRow(row.map((v) => (v === "" ? null : v)));
}
