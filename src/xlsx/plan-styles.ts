import type * as ExcelJS from "exceljs";
import { a1, parseRange } from "../domain/model";
import type { CellStyle, ConditionalFormatPlan, DataValidationPlan, PageSetupPlan } from "../domain/model";
import { queueColumnBreaks } from "./col-breaks";

/**
 * Formatting parts of a SheetPlan → ExcelJS: cell styles, conditional formats, data validation,
 * freeze panes, column widths and page setup. Each returns notes (Swedish) for what it could not do.
 */

/** "#RRGGBB" → ExcelJS ARGB "FFRRGGBB" (opaque). */
export function argb(hex: string): string {
  return `FF${hex.replace(/^#/, "").toUpperCase()}`;
}

/** Visits every cell (1-based row, col) of an A1 range; returns false when the range is malformed. */
function forEachCell(range: string, visit: (row: number, col: number) => void): boolean {
  const r = parseRange(range);
  if (!r) return false;
  for (let row = r.row1; row <= r.row2; row++) for (let col = r.col1; col <= r.col2; col++) visit(row + 1, col + 1);
  return true;
}

/** Applies one CellStyle to every cell of its range, merged with what earlier styles set. */
export function applyStyle(ws: ExcelJS.Worksheet, style: CellStyle): string | null {
  const ok = forEachCell(style.range, (row, col) => {
    const cell = ws.getRow(row).getCell(col);
    if (style.numberFormat !== undefined) cell.numFmt = style.numberFormat;
    if (style.bold !== undefined || style.italic !== undefined || style.fontSize !== undefined || style.fontColor || style.fontName) {
      const font: Partial<ExcelJS.Font> = { ...(cell.font ?? {}) };
      if (style.fontName) font.name = style.fontName;
      if (style.bold !== undefined) font.bold = style.bold;
      if (style.italic !== undefined) font.italic = style.italic;
      if (style.fontSize !== undefined) font.size = style.fontSize;
      if (style.fontColor) font.color = { argb: argb(style.fontColor) };
      cell.font = font;
    }
    if (style.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } };
    if (style.wrap !== undefined || style.horizontalAlignment || style.verticalAlignment) {
      const alignment: Partial<ExcelJS.Alignment> = { ...(cell.alignment ?? {}) };
      if (style.wrap !== undefined) alignment.wrapText = style.wrap;
      if (style.horizontalAlignment) {
        alignment.horizontal = style.horizontalAlignment.toLowerCase() as ExcelJS.Alignment["horizontal"];
      }
      if (style.verticalAlignment) {
        alignment.vertical = (
          style.verticalAlignment === "Center" ? "middle" : style.verticalAlignment.toLowerCase()
        ) as ExcelJS.Alignment["vertical"];
      }
      cell.alignment = alignment;
    }
    if (style.borderTop) cell.border = { ...(cell.border ?? {}), top: { style: "thin" } };
  });
  return ok ? null : `Ogiltigt område "${style.range}" i en formatering hoppades över.`;
}

/** Plan operators (Office.js names) → OOXML `cellIs` operators. */
const OPERATORS: Record<ConditionalFormatPlan["operator"], string> = {
  GreaterThan: "greaterThan",
  LessThan: "lessThan",
  Between: "between",
  EqualTo: "equal",
  GreaterThanOrEqual: "greaterThanOrEqual",
  LessThanOrEqual: "lessThanOrEqual",
};

function noEquals(f: string): string {
  return f.startsWith("=") ? f.slice(1) : f;
}

/** A cell-value conditional format → ExcelJS `cellIs` rule with a fill and/or font colour. */
export function applyConditionalFormat(ws: ExcelJS.Worksheet, cf: ConditionalFormatPlan, priority: number): string | null {
  if (!parseRange(cf.range)) return `Ogiltigt område "${cf.range}" i en villkorsstyrd formatering hoppades över.`;
  const style: Partial<ExcelJS.Style> = {};
  if (cf.fill) style.fill = { type: "pattern", pattern: "solid", bgColor: { argb: argb(cf.fill) } };
  if (cf.fontColor) style.font = { color: { argb: argb(cf.fontColor) } };
  const formulae = [noEquals(cf.formula1)];
  if (cf.operator === "Between") formulae.push(noEquals(cf.formula2 ?? cf.formula1));
  const rule = {
    type: "cellIs",
    operator: OPERATORS[cf.operator],
    formulae,
    priority,
    style,
  } as unknown as ExcelJS.ConditionalFormattingRule;
  ws.addConditionalFormatting({ ref: cf.range, rules: [rule] });
  return null;
}

/** A list data validation on every cell of its range (ExcelJS squeezes equal cells into one range). */
export function applyDataValidation(ws: ExcelJS.Worksheet, dv: DataValidationPlan): string | null {
  const list = `"${dv.list.map((s) => s.replace(/"/g, "")).join(",")}"`;
  if (list.length > 257) return `Listan i en dataverifiering på ${dv.range} är längre än Excel tillåter och hoppades över.`;
  const validation: ExcelJS.DataValidation = {
    type: "list",
    allowBlank: true,
    formulae: [list],
    showErrorMessage: true,
    errorStyle: "stop",
    ...(dv.errorMessage ? { error: dv.errorMessage, errorTitle: "Finsam" } : {}),
  };
  const ok = forEachCell(dv.range, (row, col) => {
    ws.getRow(row).getCell(col).dataValidation = validation;
  });
  return ok ? null : `Ogiltigt område "${dv.range}" i en dataverifiering hoppades över.`;
}

/** Frozen rows (and columns) at the top (left) of the sheet. */
export function applyFreeze(ws: ExcelJS.Worksheet, freeze: { rows: number; columns?: number }): void {
  const xSplit = freeze.columns ?? 0;
  const ySplit = freeze.rows;
  ws.views = [{ state: "frozen", xSplit, ySplit, topLeftCell: a1(ySplit, xSplit) }];
}

/**
 * Column width in points (as Office.js uses) → Excel character units (as the file stores):
 * pixels = points / 0,75; characters = (pixels − 5) / 7 for the default Calibri 11 (64 px = 8,43).
 */
export function pointsToCharacters(points: number): number {
  return Math.max(0, Math.round(((points / 0.75 - 5) / 7) * 100) / 100);
}

export function applyColumnWidths(ws: ExcelJS.Worksheet, widths: number[]): void {
  widths.forEach((points, i) => {
    if (Number.isFinite(points) && points > 0) ws.getColumn(i + 1).width = pointsToCharacters(points);
  });
}

/** Orientation, A4, fit to one page wide, print area and repeated title rows ("$4:$4" → "4:4"). */
export function applyPageSetup(ws: ExcelJS.Worksheet, ps: PageSetupPlan): void {
  const setup: Partial<ExcelJS.PageSetup> = {
    orientation: ps.orientation === "Landscape" ? "landscape" : "portrait",
    paperSize: 9, // A4
  };
  if (ps.fitToWidth) Object.assign(setup, { fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
  // ExcelJS prefixes "$" to each corner only ("$A1"); "A$1" makes it write "$A$1".
  if (ps.printArea) setup.printArea = ps.printArea.replace(/\$/g, "").replace(/([A-Z]+)(\d+)/g, "$1$$$2");
  if (ps.printTitleRows) setup.printTitlesRow = ps.printTitleRows.replace(/\$/g, "");
  if (!ps.fitToWidth && ps.scale) Object.assign(setup, { fitToPage: false, scale: ps.scale, pageOrder: "overThenDown" });
  if (ps.printTitleColumns) setup.printTitlesColumn = ps.printTitleColumns.replace(/\$/g, "");
  if (ps.margins) setup.margins = ps.margins;
  ws.pageSetup = { ...ws.pageSetup, ...setup };
  if (ps.footer) {
    const f = ps.footer;
    const text = `${f.left ? `&L${f.left}` : ""}${f.center ? `&C${f.center}` : ""}${f.right ? `&R${f.right}` : ""}`;
    ws.headerFooter = { ...ws.headerFooter, oddFooter: text, evenFooter: text, firstFooter: text };
  }
  for (const r of ps.rowBreaks ?? []) if (r > 0) ws.getRow(r).addPageBreak();
  // ExcelJS writes no column breaks: queued here, added to the sheet XML by workbookToXlsx.
  queueColumnBreaks(ws, ps.columnBreaks ?? []);
}

/** Row heights in points (0-based rows). */
export function applyRowHeights(ws: ExcelJS.Worksheet, heights: Record<number, number>): void {
  for (const [r, h] of Object.entries(heights)) if (Number.isFinite(h) && h > 0) ws.getRow(Number(r) + 1).height = h;
}

/** Merged ranges ("A1:H1"); returns a note for a range that could not be merged. */
export function applyMerges(ws: ExcelJS.Worksheet, merges: readonly string[]): string[] {
  const notes: string[] = [];
  for (const m of merges) {
    try {
      ws.mergeCells(m);
    } catch {
      notes.push(`Cellerna ${m} på bladet "${ws.name}" kunde inte sammanfogas.`);
    }
  }
  return notes;
}
