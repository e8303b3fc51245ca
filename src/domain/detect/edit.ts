import type { RawSheet } from "../model/raw";
import { normalizeHeader } from "../text/header";
import { detectSheetAs } from "./detect-sheet";
import type { Alias, ColumnMapping, SheetKind, SheetMapping, WorkbookMapping } from "../model/mapping";

/**
 * The user's corrections of a detected mapping (task pane). Each returns a new mapping (the old one is not
 * changed) with the sheet marked `corrected`, so a later layout change carries the corrections along
 * (reconcile.ts) and the confidence shown is the user's (1).
 */

function replaceSheet(mapping: WorkbookMapping, sheet: string, f: (m: SheetMapping) => SheetMapping): WorkbookMapping {
  return { ...mapping, sheets: mapping.sheets.map((m) => (m.sheet === sheet ? f(m) : m)) };
}

/** Reads `sheet` as `kind`: its columns are detected for that kind. */
export function correctSheetKind(mapping: WorkbookMapping, sheets: readonly RawSheet[], sheet: string, kind: SheetKind): WorkbookMapping {
  const raw = sheets.find((s) => s.name === sheet);
  if (!raw) return mapping;
  return replaceSheet(mapping, sheet, (m) => ({ ...detectSheetAs(raw, kind), use: m.use, confidence: 1 }));
}

/** Changes one column (by letter): its role, measure, period, year or unit. A column not yet mapped is added (header text from the fingerprint). */
export function correctColumn(
  mapping: WorkbookMapping,
  sheet: string,
  column: string,
  patch: Partial<Omit<ColumnMapping, "column">>,
): WorkbookMapping {
  return replaceSheet(mapping, sheet, (m) => {
    const existing = m.columns.find((c) => c.column === column);
    const header = m.fingerprint.cells
      .filter((f) => f.cell.replace(/\d+$/, "") === column)
      .map((f) => f.text)
      .join(" / ");
    const next: ColumnMapping = { ...(existing ?? { column, header, role: "ignorera", confidence: 1 }), ...patch, column, confidence: 1 };
    if (patch.factor !== undefined) next.unitSource = "anvandare";
    const columns = existing ? m.columns.map((c) => (c.column === column ? next : c)) : [...m.columns, next];
    columns.sort((a, b) => a.column.length - b.column.length || a.column.localeCompare(b.column));
    return { ...m, columns, corrected: true };
  });
}

/** Sets whether a sheet is read (e.g. a second Utfall sheet); another sheet of a single-use kind is switched off. */
export function setSheetUse(mapping: WorkbookMapping, sheet: string, use: boolean): WorkbookMapping {
  const target = mapping.sheets.find((m) => m.sheet === sheet);
  if (!target) return mapping;
  const single = ["insatser", "budget", "utfall", "installningar"].includes(target.kind);
  return {
    ...mapping,
    sheets: mapping.sheets.map((m) => {
      if (m.sheet === sheet) return { ...m, use, corrected: true };
      if (use && single && m.kind === target.kind && m.use) return { ...m, use: false, corrected: true };
      return m;
    }),
  };
}

/** Adds aliases (a later spelling of the same name replaces nothing: the first wins). */
export function addAliases(mapping: WorkbookMapping, alias: readonly Alias[]): WorkbookMapping {
  return { ...mapping, alias: mergeAliases(mapping.alias, alias) };
}

/** Aliases without repeats (the first spelling of a name wins), from the mapping and from Alias sheets. */
export function mergeAliases(...lists: readonly (readonly Alias[])[]): Alias[] {
  const seen = new Set<string>();
  const out: Alias[] = [];
  for (const list of lists) {
    for (const a of list) {
      const k = normalizeHeader(a.namn);
      if (k === "" || seen.has(k)) continue;
      seen.add(k);
      out.push({ namn: a.namn.trim(), insats: a.insats.trim() });
    }
  }
  return out;
}
