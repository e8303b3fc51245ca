import type * as ExcelJS from "exceljs";

/**
 * Registry of the sheets Finsam itself wrote, kept IN THE WORKBOOK so a re-run (from the CLI,
 * the demo or another machine) knows which sheets are its own and may be replaced.
 *
 * Storage: a very hidden sheet named `FinsamRegister` (users cannot unhide it from the Excel UI;
 * workbook custom properties are not written by ExcelJS 4.4, a very hidden sheet is). Layout:
 * row 1 = header `Typ | Nyckel | Blad`, then one row per output sheet: its plan kind, plan key
 * and the sheet name it was written under. A registered sheet that the user renamed or deleted
 * no longer matches and is from then on treated as the user's own (never replaced).
 */
export const REGISTRY_SHEET = "FinsamRegister";
const HEADER = ["Typ", "Nyckel", "Blad"];

export interface RegistryEntry {
  kind: string;
  key: string;
  /** Sheet name the output was written under. */
  name: string;
}

/** Identity of a plan for re-runs: kind + key. */
export function registryId(kind: string, key: string): string {
  return `${kind}\u0000${key}`;
}

function cellText(ws: ExcelJS.Worksheet, row: number, col: number): string {
  const v = ws.getRow(row).getCell(col).value;
  return v === null || v === undefined ? "" : String(v);
}

/** Entries of the registry sheet whose sheet still exists under the registered name. */
export function readRegistry(wb: ExcelJS.Workbook): RegistryEntry[] {
  const ws = wb.getWorksheet(REGISTRY_SHEET);
  if (!ws) return [];
  const existing = new Set(wb.worksheets.map((w) => w.name));
  const entries: RegistryEntry[] = [];
  for (let r = 2; r <= ws.rowCount; r++) {
    const entry = { kind: cellText(ws, r, 1), key: cellText(ws, r, 2), name: cellText(ws, r, 3) };
    if (entry.kind && entry.name && existing.has(entry.name)) entries.push(entry);
  }
  return entries;
}

/** Names of all sheets that belong to Finsam: the registry sheet and every registered output sheet. */
export function ownSheetNames(wb: ExcelJS.Workbook): Set<string> {
  const names = new Set(readRegistry(wb).map((e) => e.name));
  if (wb.getWorksheet(REGISTRY_SHEET)) names.add(REGISTRY_SHEET);
  return names;
}

/** Replaces the registry sheet with `entries`, very hidden and last in the tab order. */
export function writeRegistry(wb: ExcelJS.Workbook, entries: RegistryEntry[]): void {
  const old = wb.getWorksheet(REGISTRY_SHEET);
  if (old) wb.removeWorksheet(old.id);
  const ws = wb.addWorksheet(REGISTRY_SHEET, { state: "veryHidden" });
  ws.addRow(HEADER);
  for (const e of entries) ws.addRow([e.kind, e.key, e.name]);
}
