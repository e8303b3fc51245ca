import type * as ExcelJS from "exceljs";
import type { CellValue } from "../domain/model";

/**
 * Conversions between ExcelJS cell values and the pipeline's plain `CellValue`.
 * Shared by the CLI and the browser demo, so nothing here uses Node APIs.
 */

/** Excel serial of 1970-01-01 in the 1900 date system. */
const EPOCH_SERIAL_1900 = 25569;
const MS_PER_DAY = 86_400_000;

/**
 * JS Date (as ExcelJS returns it: UTC-based) → Excel serial in the 1900 date system.
 * serial = 25569 + milliseconds since 1970-01-01 / 86 400 000, e.g. 2024-06-30 → 45473.
 * ExcelJS already converts 1904-system files to true dates, so the result is always 1900-based.
 */
export function dateToSerial(d: Date): number {
  return EPOCH_SERIAL_1900 + d.getTime() / MS_PER_DAY;
}

/** The text of a rich-text, hyperlink or plain value (hyperlink texts can themselves be rich text). */
function textOf(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v;
  if (typeof v === "object" && "richText" in (v as object)) {
    return (v as ExcelJS.CellRichTextValue).richText.map((r) => r.text ?? "").join("");
  }
  return String(v);
}

/** Result of reading one ExcelJS cell: its value, and its formula ("=…") when it holds one. */
export interface ReadCell {
  value: CellValue;
  formula: string | null;
  /** A formula cell without a cached result (written by a program that does not calculate; never opened in Excel). */
  uncalculated?: true;
}

/** A plain (non-formula) ExcelJS value → CellValue. */
function plainValue(v: unknown): CellValue {
  if (v === null || v === undefined) return "";
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return dateToSerial(v);
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    if ("error" in o) return String(o.error);
    if ("richText" in o) return textOf(o);
    if ("hyperlink" in o || "text" in o) return textOf(o.text);
  }
  return String(v);
}

/**
 * One ExcelJS cell → value and formula. Formula cells give their cached result (error results
 * as "#REF!"-style text) and their formula text; merged-away cells are empty, as in Office.js.
 */
export function readCell(cell: ExcelJS.Cell): ReadCell {
  // ValueType.Merge = 1: a cell covered by a merge; Office.js reports it as "".
  if ((cell.type as number) === 1) return { value: "", formula: null };
  const v = cell.value as unknown;
  if (v !== null && typeof v === "object" && ("formula" in v || "sharedFormula" in v)) {
    const text = cell.formula ?? (v as { formula?: string }).formula ?? "";
    // `cell.result`, not `value.result`: ExcelJS's value getter drops a cached result of 0.
    const result = (cell as { result?: unknown }).result ?? (v as { result?: unknown }).result;
    const read: ReadCell = {
      value: plainValue(result),
      formula: text ? (text.startsWith("=") ? text : `=${text}`) : null,
    };
    if (result === undefined && read.formula) read.uncalculated = true;
    return read;
  }
  return { value: plainValue(v), formula: null };
}

/** Excel's error values; a formula result or value equal to one is written as an error cell. */
const ERROR_VALUES = new Set(["#N/A", "#REF!", "#NAME?", "#DIV/0!", "#NULL!", "#VALUE!", "#NUM!"]);

/** A cached formula result → ExcelJS result (error texts become error values, null stays absent). */
export function toExcelResult(v: CellValue): ExcelJS.CellFormulaValue["result"] {
  if (v === null || v === "") return undefined;
  if (typeof v === "string" && ERROR_VALUES.has(v)) return { error: v as ExcelJS.CellErrorValue["error"] };
  return v;
}

/** A formula as ExcelJS stores it: without the leading "=". */
export function stripEquals(formula: string): string {
  return formula.startsWith("=") ? formula.slice(1) : formula;
}

/** A plan/sim value with an optional formula → ExcelJS cell value (formulas keep their cached result). */
export function toExcelValue(value: CellValue, formula?: string | null): ExcelJS.CellValue {
  if (formula && formula.startsWith("=")) {
    const result = toExcelResult(value);
    return result === undefined ? { formula: stripEquals(formula) } : { formula: stripEquals(formula), result };
  }
  if (value === "" || value === null) return null;
  return value;
}
