import { a1, type SheetPlan } from "../model";
import { isRegisterSheet, resolveOutputs, TEMPLATE_KIND, type OutputEntry, type ResolvedOutput, type SheetRef } from "./output-registry";

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

/**
 * The cells a host reads to find the marker when it cannot read a whole row cheaply (the Excel add-in:
 * 256 cells per sheet, under 1 KB). Plans are far narrower; a marker past it is not seen, so that
 * sheet counts as the user's — never the other way round.
 */
export const MARKER_SCAN_RANGE = "A1:IV1";

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

/** The register resolved with the markers checked (resolveMarked). */
export interface MarkedOutputs {
  /** Outputs that are Finsam's: found by worksheet id, or carrying their marker. */
  resolved: ResolvedOutput[];
  /** Sheets an entry names that do not carry its marker: left alone, read as the user's (with a note). */
  unmarked: ResolvedOutput[];
}

/**
 * True when resolving `entries` needs the sheets' first rows: some entry was not found by its
 * worksheet id (ids died with a reopen, the CLI wrote the register, or the sheet is gone). When every
 * entry is found by id — the same Excel session — the id is proof enough and no extra read is needed.
 */
export function needsMarkers(entries: readonly OutputEntry[], sheets: readonly SheetRef[]): boolean {
  const r = resolveOutputs(entries, sheets);
  return r.length < entries.length || r.some((x) => !x.byId);
}

/**
 * Which sheets are Finsam's output (issue 16 finding 6, issue 18 item 2):
 *  1. an entry found by worksheet id stays (same session: the id names the very sheet written);
 *  2. an entry found by NAME counts only when that sheet carries the marker of the entry's kind + key
 *     (`firstRows[i]` = sheet i's first row); otherwise it is `unmarked` and the sheet is the user's;
 *  3. with `findRenamed` (the Excel host), an entry still not found takes the one unclaimed sheet that
 *     carries its marker — a report the user renamed before the file was closed and reopened. Two or more
 *     such sheets (the user's copies of a report) are ambiguous, and none is taken.
 * `firstRows` undefined means needsMarkers said no check is needed.
 */
export function resolveMarked(
  entries: readonly OutputEntry[],
  sheets: readonly SheetRef[],
  firstRows: readonly (readonly unknown[] | undefined)[] | undefined,
  opts: { findRenamed: boolean },
): MarkedOutputs {
  const found = resolveOutputs(entries, sheets);
  if (!firstRows) return { resolved: found, unmarked: [] };
  const marked = (i: number, e: OutputEntry): boolean => rowCarriesMarker(firstRows[i], e.kind, e.key);
  const resolved: ResolvedOutput[] = [];
  const unmarked: ResolvedOutput[] = [];
  for (const r of found) (r.byId || marked(r.index, r.entry) ? resolved : unmarked).push(r);
  if (opts.findRenamed) {
    const claimed = new Set(resolved.map((r) => r.index));
    const done = new Set(resolved.map((r) => r.entry));
    for (const entry of entries) {
      if (done.has(entry)) continue;
      const carriers = sheets.map((_, i) => i).filter((i) => !claimed.has(i) && !isRegisterSheet(sheets[i].name) && marked(i, entry));
      if (carriers.length !== 1) continue;
      claimed.add(carriers[0]);
      resolved.push({ entry, index: carriers[0], byId: false, byMarker: true });
    }
  }
  resolved.sort((a, b) => entries.indexOf(a.entry) - entries.indexOf(b.entry));
  return { resolved, unmarked: unmarked.filter((u) => !resolved.some((r) => r.index === u.index)) };
}
