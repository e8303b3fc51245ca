import type { CellValue } from "../model/raw";

/** Excel error values as hosts deliver them (text). */
export const EXCEL_ERRORS: readonly string[] = [
  "#REF!",
  "#DIV/0!",
  "#N/A",
  "#VALUE!",
  "#NAME?",
  "#NUM!",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
];

const ERROR_SET = new Set(EXCEL_ERRORS);

/** True when the cell holds an Excel error value such as "#REF!" or "#DIV/0!" (case-insensitive, trimmed). */
export function isExcelError(v: CellValue | undefined): boolean {
  if (typeof v !== "string" || v.length < 3) return false;
  const first = v.charCodeAt(0) === 35 ? v : v.trimStart();
  if (first.charCodeAt(0) !== 35 /* # */) return false;
  return ERROR_SET.has(first.trim().toUpperCase());
}
