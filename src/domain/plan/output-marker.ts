import { a1, type SheetPlan } from "../model";
import { TEMPLATE_KIND } from "./output-registry";

/**
 * The marker every output sheet carries INSIDE itself, so that a re-run can prove a sheet is still
 * Finsam's report before replacing it (issue 16 finding 6, issue 18 item 2).
 *
 * Worksheet ids change when a file is closed and reopened, and the CLI knows sheets only by name:
 * a register entry alone cannot tell a report from a user's own sheet that later took the report's
 * name, or from Budget/Medlemmar named by a stale or copied register. A cell travels with the sheet
 * through save/reopen, renames, ExcelJS, LibreOffice and every Office.js host (a sheet-scoped
 * defined name would too in Excel, but ExcelJS drops constant-valued names).
 *
 * The marker is a text cell in row 1 right of the plan's widest row, in a 2-point-wide column — outside
 * every print area (they end at the plan's last column) and every table — with the number format
 * ";;;", so it is neither shown nor printed (the formula bar shows it when the cell is selected):
 *
 *   "Finsam-rapport: forbrukningskvot | 2024-06-30"      (kind | key; key may be empty)
 *
 * A sheet is replaced only when it carries the marker of the register entry's kind + key; a sheet
 * without it is the user's from then on (the new report gets a fresh name, with a note saying why).
 */
export const MARKER_PREFIX = "Finsam-rapport:";

/**
 * Number format ";;;" shows nothing for any value (Excel, LibreOffice, ExcelJS, Office.js all honour it):
 * the marker is neither seen nor printed, even when a print area is ignored, but the formula bar shows it.
 */
const HIDDEN_FORMAT = ";;;";

/** The marker text for kind + key. */
export const markerText = (kind: string, key: string): string => `${MARKER_PREFIX} ${kind} | ${key}`.trimEnd();

/** kind + key of a marker text, or undefined when `v` is not one. */
export function parseMarker(v: unknown): { kind: string; key: string } | undefined {
  if (typeof v !== "string") return undefined;
  const t = v.trim();
  if (!t.startsWith(MARKER_PREFIX)) return undefined;
  const body = t.slice(MARKER_PREFIX.length);
  const bar = body.indexOf("|");
  const kind = (bar < 0 ? body : body.slice(0, bar)).trim();
  const key = bar < 0 ? "" : body.slice(bar + 1).trim();
  return kind ? { kind, key } : undefined;
}

/** True when one of `row`'s cells (the sheet's first row) is the marker of kind + key. */
export function rowCarriesMarker(row: readonly unknown[] | undefined, kind: string, key: string): boolean {
  return (row ?? []).some((v) => {
    const m = parseMarker(v);
    return !!m && m.kind === kind && m.key === key;
  });
}

/** 0-based column of the marker: right of the plan's widest row. */
export function markerColumn(plan: SheetPlan): number {
  return Math.max(0, ...plan.rows.map((r) => r.length));
}

/** Width in points of the marker's column: narrow, so a printout that ignores the print area (LibreOffice) is not shrunk. */
const MARKER_WIDTH = 2;

/**
 * The plan with its marker cell added in row 1 (templates get none: once written they are the
 * user's input sheets). The plan's other cells, styles and print area are unchanged.
 */
export function withOutputMarker(plan: SheetPlan): SheetPlan {
  if (plan.kind === TEMPLATE_KIND) return plan;
  const col = markerColumn(plan);
  const first = [...(plan.rows[0] ?? [])];
  while (first.length < col) first.push(null);
  first[col] = markerText(plan.kind, plan.key);
  const rows = plan.rows.length === 0 ? [first] : [first, ...plan.rows.slice(1)];
  const range = a1(0, col);
  const columnWidths: number[] = [...(plan.columnWidths ?? [])];
  while (columnWidths.length < col) columnWidths.push(Number.NaN);
  columnWidths[col] = MARKER_WIDTH;
  return { ...plan, rows, columnWidths, styles: [...(plan.styles ?? []), { range, numberFormat: HIDDEN_FORMAT, fontColor: "#A6A6A6" }] };
}

