import { issue, type Issue } from ".//issue";
import type { RawSheet } from "../model/raw";
import { formatSv } from "../text/format";

/**
 * Input size limits: what the pipeline takes in one run without freezing Excel.
 *
 * - A sheet of more than MAX_RADER rows or MAX_CELLER cells (its used range: rows × columns) is not read:
 *   reading 10 million cells through Office.js takes minutes and hundreds of MB, and Excel on the web
 *   refuses responses over 5 MB. The user gets STORLEK_OVER_GRANS (fel) with the sheet's size and what to do.
 *   200 000 rows is 40 years of monthly rows for 400 participants a month; 5 000 000 cells is 200 000 rows of
 *   25 columns.
 * - An amount of MAX_BELOPP kronor or more (10^15 kr, a thousand times Sweden's state budget) is not a real
 *   amount (a pasted ID, a number typed twice): parsers report it as unreadable instead of summing it, so that
 *   no sum can overflow to Infinity (200 000 rows × 10^15 kr = 2·10^20 kr, far inside a double's range).
 *
 * `checkSheetExtent` is pure and needs only the sheet's name and size, so a host can call it with the used
 * range's rowCount/columnCount BEFORE loading any values; `applySizeLimits` is the pipeline's own guard for
 * sheets already read (CLI, tests, hosts that did not check).
 */

export const MAX_RADER = 200_000;
export const MAX_CELLER = 5_000_000;
export const MAX_BELOPP = 1e15;
/**
 * Uncompressed XML of one sheet in an .xlsx file: 64 MB. ExcelJS holds about 15 bytes of memory per byte of
 * sheet XML; 64 MB is already ~1 GB in a full read, and far more than 200 000 rows of a real Finsam sheet
 * (Uppsala's largest sheet is 40 kB).
 */
export const MAX_BLAD_BYTES = 64 * 1024 * 1024;
export const STORLEK_OVER_GRANS = "STORLEK_OVER_GRANS";

export interface SizeLimits {
  maxRader: number;
  maxCeller: number;
}

export const DEFAULT_LIMITS: SizeLimits = { maxRader: MAX_RADER, maxCeller: MAX_CELLER };

/** Size of a sheet's used range. `firstRow` (0-based, default 0) makes the message say where the range ends. */
export interface SheetExtent {
  name: string;
  rows: number;
  columns: number;
  firstRow?: number;
  /** Uncompressed bytes of the sheet's XML, when the host knows them (a file). */
  bytes?: number;
  /** True when the host stopped measuring once the sheet was known to be too large: the size is a lower bound. */
  atLeast?: boolean;
}

/** STORLEK_OVER_GRANS when the extent passes a limit; null when the sheet may be read. Pure; O(1). */
export function checkSheetExtent(extent: SheetExtent, limits: SizeLimits = DEFAULT_LIMITS): Issue | null {
  const { name, rows, columns } = extent;
  const cells = rows * columns;
  const bytes = extent.bytes ?? 0;
  if (rows <= limits.maxRader && cells <= limits.maxCeller && bytes <= MAX_BLAD_BYTES) return null;
  const lastRow = (extent.firstRow ?? 0) + rows;
  const storlek =
    bytes > MAX_BLAD_BYTES && rows <= limits.maxRader && cells <= limits.maxCeller
      ? `över ${formatSv(MAX_BLAD_BYTES / 1024 / 1024)} MB uppackad data; gränsen är ${formatSv(MAX_BLAD_BYTES / 1024 / 1024)} MB per blad`
      : rows > limits.maxRader
        ? `${extent.atLeast ? "minst " : ""}${formatSv(rows)} rader (till rad ${formatSv(lastRow)}${extent.atLeast ? " eller längre" : ""}); gränsen är ${formatSv(limits.maxRader)} rader per blad`
        : `${formatSv(cells)} celler (${formatSv(rows)} rader × ${formatSv(columns)} kolumner); gränsen är ${formatSv(limits.maxCeller)} celler per blad`;
  return issue(
    "fel",
    STORLEK_OVER_GRANS,
    name,
    "",
    `Bladet "${name}" är för stort för att läsas: ${storlek}. Bladet hoppas över så att Excel inte låser sig. ` +
      "Om tabellen egentligen är mindre: markera raderna (eller kolumnerna) under och till höger om den, välj Ta bort och spara. " +
      "Annars: dela upp bladet, till exempel ett blad per år.",
  );
}

/** Rows and widest row of a sheet already read (or the size a host measured without reading it). O(rows). */
export function sheetExtent(sheet: RawSheet): SheetExtent {
  if (sheet.tooLarge) return { name: sheet.name, ...sheet.tooLarge };
  let columns = 0;
  for (const row of sheet.values) if (row && row.length > columns) columns = row.length;
  return { name: sheet.name, rows: sheet.values.length, columns, firstRow: sheet.origin?.row ?? 0 };
}

/** The sheets within the limits, and one STORLEK_OVER_GRANS issue per sheet left out. */
export function applySizeLimits(sheets: readonly RawSheet[], limits: SizeLimits = DEFAULT_LIMITS): { sheets: RawSheet[]; issues: Issue[] } {
  const kept: RawSheet[] = [];
  const issues: Issue[] = [];
  for (const s of sheets) {
    const problem = checkSheetExtent(sheetExtent(s), limits);
    if (problem) issues.push(problem);
    else kept.push(s);
  }
  return { sheets: kept, issues };
}

/** True for an amount in kronor that can be summed safely (finite and below MAX_BELOPP in size). */
export function rimligtBelopp(kronor: number): boolean {
  return Number.isFinite(kronor) && Math.abs(kronor) < MAX_BELOPP;
}
