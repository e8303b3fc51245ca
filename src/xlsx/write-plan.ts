import type * as ExcelJS from "exceljs";
import { DATE_1904_OFFSET, isDateNumberFormat } from "../domain/text/date-system";
import { a1, isFormulaCell, parseRange } from "../domain/model";
import type { CellValue, PlanCell, SheetPlan, TablePlan } from "../domain/model";
import { toExcelValue } from "./cell-value";
import {
  applyColumnWidths,
  applyConditionalFormat,
  applyDataValidation,
  applyFreeze,
  applyMerges,
  applyPageSetup,
  applyRowHeights,
  applyStyle,
} from "./plan-styles";
import { maskPersonnummer } from "../domain/text/personnummer";
import { uniqueTableName } from "./sheet-names";

/** A plan's text as it may leave the pipeline: personnummer masked (any separator or digit form). */
function safe(v: CellValue): CellValue {
  return typeof v === "string" ? maskPersonnummer(v) : v;
}

/**
 * One plan cell → ExcelJS value; formulas keep the pipeline's computed value as cached result. Every text is
 * personnummer-masked: a report quotes insats names, posts and cell texts, and none may carry one out.
 */
export function planCellToExcel(c: PlanCell | undefined): ExcelJS.CellValue {
  if (c === undefined) return null;
  if (isFormulaCell(c)) return toExcelValue(safe(c.value), c.formula);
  return toExcelValue(safe(c));
}

export { DATE_1904_OFFSET, isDateNumberFormat } from "../domain/text/date-system";

/**
 * The plan's dates are serial numbers in the 1900 date system (cell-value.ts); in a workbook that uses the 1904
 * system (Excel for Mac before 2011, "Använd 1904-datumsystem") the same number is a date four years later.
 * Every plain number under a date format on the sheet is moved to the 1904 system (serial − 1462).
 */
export function toDate1904(ws: ExcelJS.Worksheet): void {
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (typeof cell.value === "number" && isDateNumberFormat(cell.numFmt)) cell.value = cell.value - DATE_1904_OFFSET;
    });
  });
}

function cellText(c: PlanCell | undefined): string {
  const v: CellValue | undefined = c !== undefined && isFormulaCell(c) ? c.value : c;
  return v === null || v === undefined ? "" : String(v).trim();
}

/** Table header names must be non-empty and unique (case-insensitive): "Kolumn3", "Utfall 2". */
function headerNames(cells: (PlanCell | undefined)[]): string[] {
  const seen = new Set<string>();
  return cells.map((c, j) => {
    const base = cellText(c) || `Kolumn${j + 1}`;
    let name = base;
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${base} ${n}`;
    seen.add(name.toLowerCase());
    return name;
  });
}

/**
 * Adds one plan table with ExcelJS `addTable`. The header names are written back into `rows` so
 * the cells and the table definition agree. A plan sum row (`showTotals`) is left OUTSIDE the
 * table, directly below it, as ordinary cells: ExcelJS cannot write the `totalsRowFormula` that
 * a table totals row with formulas needs, and a sum row that is not part of the table is never
 * sorted or filtered away with the data.
 */
function addTable(ws: ExcelJS.Worksheet, t: TablePlan, rows: PlanCell[][], takenTables: Set<string>): string | null {
  const r = parseRange(t.range);
  if (!r) return `Tabellen "${t.name}" har ett ogiltigt område "${t.range}" och skapades inte.`;
  const width = r.col2 - r.col1 + 1;
  const rowCells = (row: number) => Array.from({ length: width }, (_, j) => rows[row]?.[r.col1 + j]);
  const names = headerNames(rowCells(r.row1));
  rows[r.row1] = rows[r.row1] ?? [];
  names.forEach((n, j) => (rows[r.row1][r.col1 + j] = n));
  const lastData = t.showTotals && r.row2 > r.row1 + 1 ? r.row2 - 1 : r.row2;
  const data: ExcelJS.CellValue[][] = [];
  for (let row = r.row1 + 1; row <= lastData; row++) data.push(rowCells(row).map(planCellToExcel));
  if (data.length === 0) data.push(new Array<ExcelJS.CellValue>(width).fill(null));
  const columns: ExcelJS.TableColumnProperties[] = names.map((name) => ({ name, filterButton: true }));
  const name = uniqueTableName(t.name, takenTables);
  takenTables.add(name);
  ws.addTable({
    name,
    displayName: name,
    ref: a1(r.row1, r.col1),
    headerRow: true,
    totalsRow: false,
    style: { theme: (t.style ?? "TableStyleMedium2") as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
    columns,
    rows: data,
  });
  return null;
}

/**
 * Writes one SheetPlan into an empty worksheet: values and formulas (with cached results), tables,
 * styles and number formats, conditional formats, data validation, freeze panes, column widths
 * and page setup. Charts are not written here (ExcelJS cannot): writePlansToWorkbook queues them for
 * workbookToXlsx (charts/workbook-bytes.ts), which adds them to the package.
 * Returns Swedish notes about everything that could not be written as planned.
 */
export function writePlanToSheet(ws: ExcelJS.Worksheet, plan: SheetPlan, takenTables: Set<string>): string[] {
  const notes: string[] = [];
  const rows: PlanCell[][] = plan.rows.map((row) => [...row]);
  for (const t of plan.tables ?? []) {
    const note = addTable(ws, t, rows, takenTables);
    if (note) notes.push(note);
  }
  rows.forEach((row, r) => {
    const xlRow = ws.getRow(r + 1);
    row.forEach((c, j) => {
      const v = planCellToExcel(c);
      if (v !== null) xlRow.getCell(j + 1).value = v;
    });
  });
  for (const s of plan.styles ?? []) {
    const note = applyStyle(ws, s);
    if (note) notes.push(note);
  }
  (plan.conditionalFormats ?? []).forEach((cf, i) => {
    const note = applyConditionalFormat(ws, cf, i + 1);
    if (note) notes.push(note);
  });
  for (const dv of plan.dataValidations ?? []) {
    const note = applyDataValidation(ws, dv);
    if (note) notes.push(note);
  }
  if (plan.freeze && plan.freeze.rows + (plan.freeze.columns ?? 0) > 0) applyFreeze(ws, plan.freeze);
  if (plan.columnWidths) applyColumnWidths(ws, plan.columnWidths);
  if (plan.rowHeights) applyRowHeights(ws, plan.rowHeights);
  if (plan.merges) notes.push(...applyMerges(ws, plan.merges));
  if (plan.pageSetup) applyPageSetup(ws, plan.pageSetup);
  return notes;
}
