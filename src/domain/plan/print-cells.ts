import { isFormulaCell, parseRange } from "../model";
import type { PlanCell, SheetPlan } from "../model";
import { HEADER_ROW } from "./common";
import { BODY_FONT_SIZE } from "./print-measure";

/** Reading a plan for its print layout (print-layout.ts): cell text and numbers, resolved formats, header rows, printed width. */

export function cellText(c: PlanCell | undefined): string {
  const v = c !== undefined && c !== null && isFormulaCell(c) ? c.value : c;
  if (v === null || v === undefined) return "";
  return typeof v === "number" ? String(v) : String(v);
}

export function isNumberCell(c: PlanCell | undefined): boolean {
  if (c === undefined || c === null) return false;
  if (isFormulaCell(c)) return typeof c.value === "number" || c.value === "";
  return typeof c === "number";
}

/** Font and wrap of each cell after every style (later styles win), by "row:col". */
export interface CellFormat {
  bold: boolean;
  size: number;
  wrap: boolean;
  numberFormat?: string;
}

export function resolveFormats(plan: SheetPlan, width: number): Map<string, CellFormat> {
  const out = new Map<string, CellFormat>();
  const rowCount = plan.rows.length;
  for (const s of plan.styles ?? []) {
    if (s.bold === undefined && s.fontSize === undefined && s.wrap === undefined && s.numberFormat === undefined) continue;
    const cols = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/.exec(s.range.trim());
    const r = cols ? parseRange(`${cols[1]}1:${cols[2]}${Math.max(1, rowCount)}`) : parseRange(s.range.replace(/\$/g, ""));
    if (!r) continue;
    for (let row = r.row1; row <= Math.min(r.row2, rowCount - 1); row++)
      for (let col = r.col1; col <= Math.min(r.col2, width - 1); col++) {
        const k = `${row}:${col}`;
        const f = out.get(k) ?? { bold: false, size: BODY_FONT_SIZE, wrap: false };
        if (s.bold !== undefined) f.bold = s.bold;
        if (s.fontSize !== undefined) f.size = s.fontSize;
        if (s.wrap !== undefined) f.wrap = s.wrap;
        if (s.numberFormat !== undefined) f.numberFormat = s.numberFormat;
        out.set(k, f);
      }
  }
  return out;
}

/** Rows of the plan that are a table header (the first row of each table), or row 5 without tables. */
export function headerRows(plan: SheetPlan): { row: number; col1: number; col2: number; last: number }[] {
  const tables = (plan.tables ?? []).map((t) => parseRange(t.range.replace(/\$/g, ""))).filter((r) => r !== null);
  if (tables.length > 0) return tables.map((r) => ({ row: r.row1, col1: r.col1, col2: r.col2, last: r.row2 }));
  const header = plan.rows[HEADER_ROW] ?? [];
  return header.length > 0 ? [{ row: HEADER_ROW, col1: 0, col2: header.length - 1, last: plan.rows.length - 1 }] : [];
}

/** Number of columns that print: the table columns and every cell below the title rows. */
export function printWidth(plan: SheetPlan): number {
  let width = plan.columnWidths?.length ?? 0;
  plan.rows.forEach((row, r) => {
    if (r < HEADER_ROW) return;
    for (let c = row.length - 1; c >= 0; c--)
      if (cellText(row[c]) !== "") {
        width = Math.max(width, c + 1);
        break;
      }
  });
  for (const t of plan.tables ?? []) {
    const r = parseRange(t.range.replace(/\$/g, ""));
    if (r) width = Math.max(width, r.col2 + 1);
  }
  return Math.max(width, 1);
}
