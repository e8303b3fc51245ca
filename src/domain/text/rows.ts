import type { CellValue } from "../model/raw";
import { parseSvNumber } from "./sv-number";

export type RowKind = "data" | "blank" | "group" | "sum";

/**
 * "Summa", "Summa:", "S:a", "S: a", "S:A INTÄKTER", "Totalt", "Total" — as a whole word at the start; a pivot
 * table's "Totalsumma" / "Grand Total" and "Slutsumma".
 */
const SUM_RE = /^\s*(summa|s\s*:\s*a|totalt|total|totalsumma|slutsumma|grand\s+total)(?![a-zåäö0-9])/i;
/** The value an Excel table's or pivot table's filter shows for "no filter": a row of only these holds no data. */
const FILTER_RE = /^\((alla|all|tom|blank|flera objekt|multiple items)\)$/i;

function isEmpty(v: CellValue | undefined): boolean {
  return v === null || v === undefined || v === "" || (typeof v === "string" && v.trim() === "");
}

function isNumeric(v: CellValue | undefined): boolean {
  return typeof v === "number" || (typeof v === "string" && parseSvNumber(v).kind === "number");
}

/** True for a filter row under an Excel table's or pivot table's header: only "(Alla)", "(All)", "(Flera objekt)" … */
export function isFilterRow(cells: readonly CellValue[]): boolean {
  let any = false;
  for (const v of cells) {
    if (isEmpty(v)) continue;
    if (typeof v !== "string" || !FILTER_RE.test(v.trim())) return false;
    any = true;
  }
  return any;
}

/** True when the text is a sum label ("Summa intäkter", "S:a", "Totalt 2024-06-30"). */
export function isSumLabel(text: string): boolean {
  return SUM_RE.test(text);
}

/**
 * Classifies one row of a table:
 * - "blank": no non-empty cell;
 * - "sum": the first non-empty text cell starts with Summa, S:a, S: a, Totalt or Total;
 * - "group": a heading — only text, no numbers, and either a single non-empty cell
 *   ("Individinsatser", "Strukturinsatser") or an empty key cell (heading written in another column);
 * - "data": everything else (a data row with unreadable cells stays "data" so it can be reported).
 */
export function classifyRow(cells: readonly CellValue[], keyCol: number): RowKind {
  let nonEmpty = 0;
  let firstText: string | undefined;
  let anyNumeric = false;
  for (let c = 0; c < cells.length; c++) {
    const v = cells[c];
    if (isEmpty(v)) continue;
    nonEmpty++;
    if (firstText === undefined && typeof v === "string") firstText = v;
    if (!anyNumeric && typeof v !== "string") anyNumeric = typeof v === "number";
  }
  if (nonEmpty === 0) return "blank";
  if (isFilterRow(cells)) return "blank";
  if (firstText !== undefined && SUM_RE.test(firstText)) return "sum";
  if (anyNumeric) return "data";
  const keyEmpty = keyCol < 0 || isEmpty(cells[keyCol]);
  if (nonEmpty === 1 || keyEmpty) {
    for (const v of cells) if (!isEmpty(v) && isNumeric(v)) return "data";
    return "group";
  }
  return "data";
}
