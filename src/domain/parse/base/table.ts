import { columnLetter } from "../../model/address";
import { issue, type Issue } from "../../issues/issue";
import type { CellValue, RawSheet } from "../../model/raw";
import { CODES } from "../../issues/codes";
import { cellAddress, type ColumnSpec, type LocatedTable } from "../../text/header";
import { classifyRow } from "../../text/rows";
import { parseSvNumber } from "../../text/sv-number";

/** Header texts of a row by column index, for messages ("Utfall TSEK"). */
export function headerLabels(sheet: RawSheet, headerRow: number): Record<number, string> {
  const labels: Record<number, string> = {};
  const row = sheet.values[headerRow] ?? [];
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (v !== null && v !== "") labels[c] = String(v).trim();
  }
  return labels;
}

/** Column letters (as the user sees them) of the located columns: { post: "A", utfall: "C" }. */
export function columnLetters(sheet: RawSheet, table: LocatedTable): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, c] of Object.entries(table.columns)) out[key] = columnLetter(c + sheet.origin.col);
  return out;
}

/**
 * Reports SAKNAD_KOLUMN (fel) for each required column the sheet lacks, at the header row's first cell
 * (the sheet's first cell when no header row was found). Returns true when something was missing.
 */
export function reportMissingColumns(sheet: RawSheet, table: LocatedTable | null, specs: ColumnSpec[], issues: Issue[]): boolean {
  const missing = table ? table.missing : specs.filter((s) => s.required);
  const cell = cellAddress(sheet, table ? table.headerRow : 0, 0);
  for (const spec of missing) {
    const alt =
      spec.synonyms.length > 1
        ? ` (eller ${spec.synonyms
            .slice(1, 4)
            .map((s) => `"${s}"`)
            .join(", ")})`
        : "";
    issues.push(
      issue(
        "fel",
        CODES.SAKNAD_KOLUMN,
        sheet.name,
        cell,
        `Bladet saknar kolumnen "${spec.synonyms[0]}"${alt}. Lägg till kolumnen i rubrikraden${table ? "" : " (ingen rubrikrad hittades bland de 30 första raderna)"}; bladet används inte förrän den finns.`,
      ),
    );
  }
  return missing.length > 0;
}

/** What scanRows tells the sum checker. */
export interface SumRows {
  group(): void;
  sumRow(r: number): void;
  isUnlabelledTotal?(r: number): boolean;
}

/**
 * One pass over the rows below the header: blank rows are skipped, group headings and sum rows go to the
 * sum checker (sum rows are checked, never used as data), data rows to `onData`. A row with an empty key cell
 * and only numbers that adds up as a sum is an unlabelled total row (checked, not data).
 */
export function scanRows(sheet: RawSheet, headerRow: number, keyCol: number, sums: SumRows | null, onData: (r: number) => void): void {
  const values = sheet.values;
  for (let r = headerRow + 1; r < values.length; r++) {
    const row = values[r] ?? [];
    const kind = classifyRow(row, keyCol);
    if (kind === "data") {
      if (sums?.isUnlabelledTotal && isEmptyCell(row[keyCol]) && onlyNumbers(row) && sums.isUnlabelledTotal(r)) sums.sumRow(r);
      else onData(r);
    } else if (kind === "group") sums?.group();
    else if (kind === "sum") sums?.sumRow(r);
  }
}

function isEmptyCell(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

function onlyNumbers(row: readonly CellValue[]): boolean {
  for (const v of row) {
    if (isEmptyCell(v) || typeof v === "number") continue;
    if (typeof v !== "string" || parseSvNumber(v).kind !== "number") return false;
  }
  return true;
}
