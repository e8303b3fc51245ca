import type { Issue } from "../../issues/issue";
import type { CellValue, RawSheet } from "../../model/raw";
import { DELTAGARE_KOLUMNER } from "../../template/deltagare";
import { DELT_CODES } from "../../text/deltagare-koder";
import { DeltagareIssues } from "../../issues/deltagare-issues";
import type { DeltagareKolumn, DeltagareTabell } from "../../model/deltagare";
import { konLegend } from "./varden";
import { cellAddress, locateTable } from "../../text/header";
import { safeText } from "../../text/personnummer";
import { isSumLabel } from "../../text/rows";
import { reportMissingColumns } from "../base/table";
import { readRow, scanPersonnummer } from "./deltagare-rad";
import { isBlank, RowReader } from "./row-reader";

/**
 * Reads the Deltagare sheet (domain.md §2): one row per participant and insats, pseudonymised.
 * Finds the header row by synonyms, scans EVERY cell of every data row for personnummer-like values
 * (DELT_PERSONNUMMER, the value never kept), reads dates (Excel serials or Swedish text, cached by text),
 * category values (unknown → DELT_OKANT_VARDE with the closest allowed value) and numbers.
 * Rows whose Inskriven is missing or unreadable, or whose Utskriven is unreadable, are kept with
 * `olasbar` set and are not counted (reported as fel). Blank rows and sum rows are skipped.
 */

export interface DeltagareParse {
  tabell: DeltagareTabell;
  issues: Issue[];
  /** The first text above the header row (a title such as "Deltagare i Framsteget 2021"), for the insats of a sheet without an Insats column. */
  titel?: string;
  /** True when the sheet has no Insats column: every row's insats is "" until the caller sets it (title, else sheet name). */
  utanInsatskolumn?: boolean;
}

function allBlank(row: readonly CellValue[], cols: readonly number[]): boolean {
  for (let i = 0; i < cols.length; i++) if (!isBlank(row[cols[i]])) return false;
  return true;
}

/** The first text above the header row: the sheet's title ("Deltagare i Framsteget 2021"). */
function titleAbove(sheet: RawSheet, headerRow: number): string | undefined {
  for (let r = 0; r < headerRow; r++) {
    for (const v of sheet.values[r] ?? []) if (typeof v === "string" && v.trim() !== "") return safeText(v.trim());
  }
  return undefined;
}

/**
 * Parses a Deltagare sheet. Never throws: a sheet without the required columns (Kön, Inskriven) gives
 * SAKNAD_KOLUMN and no rows. Without a Deltagar-ID column every row is counted and one info says that duplicates
 * cannot be checked; without an Insats column the rows' insats is left "" for the caller (see utanInsatskolumn).
 */
export function parseDeltagare(sheet: RawSheet): DeltagareParse {
  const issues = new DeltagareIssues(sheet.name);
  const table = locateTable(sheet, DELTAGARE_KOLUMNER);
  const tabell: DeltagareTabell = { sheet: sheet.name, rader: [], columns: {} };
  const missing: Issue[] = [];
  if (reportMissingColumns(sheet, table, DELTAGARE_KOLUMNER, missing) || !table) return { tabell, issues: missing };
  tabell.columns = table.columns as Partial<Record<DeltagareKolumn, number>>;
  const reader = new RowReader(sheet, tabell.columns, issues);
  const konCol = tabell.columns.kon as number;
  reader.konKoder = konLegend(sheet.values[table.headerRow]?.[konCol]);
  const width = sheet.values.reduce((w, r) => Math.max(w, r?.length ?? 0), 0);
  const mapped = Object.values(tabell.columns) as number[];
  const firstCol = Math.min(...mapped);
  for (let r = table.headerRow + 1; r < sheet.values.length; r++) {
    const row = sheet.values[r];
    if (!row) continue;
    reader.r = r;
    reader.row = row;
    if (!scanPersonnummer(reader, width) || allBlank(row, mapped)) continue;
    const first = row[tabell.columns.id ?? firstCol];
    if (typeof first === "string" && isSumLabel(first)) continue;
    tabell.rader.push(readRow(reader));
  }
  const header = cellAddress(sheet, table.headerRow, firstCol);
  if (tabell.columns.id === undefined && tabell.rader.length > 0) {
    const n = tabell.rader.length;
    issues.add(
      "info",
      DELT_CODES.DELT_UTAN_ID,
      header,
      `Bladet har ingen kolumn Deltagar-ID. ${n === 1 ? "Raden räknas" : `Alla ${n} rader räknas`}, men dubbletter kan inte kontrolleras. Lägg till en kolumn Deltagar-ID med deltagarens löpnummer eller kod (aldrig personnummer).`,
    );
  }
  if (reader.konUtanLegend > 0) {
    const n = reader.konUtanLegend;
    issues.add(
      "varning",
      DELT_CODES.DELT_KON_KOD,
      cellAddress(sheet, table.headerRow, konCol),
      `Kön är skrivet som 1/2 på ${n === 1 ? "en rad" : `${n} rader`} utan förklaring i rubriken. Det läses som SCB:s kodning 1 = man, 2 = kvinna; skriv rubriken som "Kön (1=man, 2=kvinna)" eller "Kön (1=kvinna, 2=man)" så att det är säkert.`,
    );
  }
  const out: DeltagareParse = { tabell, issues: issues.finish() };
  if (tabell.columns.insats === undefined) {
    out.utanInsatskolumn = true;
    const titel = titleAbove(sheet, table.headerRow);
    if (titel !== undefined) out.titel = titel;
  }
  return out;
}
