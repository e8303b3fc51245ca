/**
 * The pane's mapping edits beyond a column's role, period and unit (issue 14, "the way out when detection is
 * unsure"): everything a message can ask for — the header row of a sheet, which column holds the insatser, a
 * Grupp column (Förtroendevalda, Förvaltning, Samverkansinsats, Intäkt …), aliases (a post name → an insats) and
 * per row "this row is a sum / not data". Pure: each edit gives a new WorkbookMapping (the old one unchanged) or
 * a Swedish message; createMappingService keeps the draft and saveMapping stores it (same zod schema).
 */
import { columnLetter, columnIndex } from "../domain/model/address";
import {
  correctColumn,
  detectSheet,
  detectSheetAs,
  KIND_LABEL,
  type RowMark,
  type SheetMapping,
  type WorkbookMapping,
} from "../domain/detect";
import type { RawSheet } from "../domain/model";
import { normalizeHeader } from "../domain/text/header";
import { parseSvNumber } from "../domain/text/sv-number";

export type MappingEdit =
  /** The sheet's (field) header row, an Excel row number: its columns are detected from that row. */
  | { typ: "rubrikrad"; sheet: string; row: number }
  /** The column with the insatser's (posts') names; the column that had the role before is not read. */
  | { typ: "insatskolumn"; sheet: string; column: string }
  /** The column with each row's Grupp; null: none. */
  | { typ: "grupp"; sheet: string; column: string | null }
  /** A row is a sum row, or not data; null: read as detected. */
  | { typ: "rad"; sheet: string; row: number; as: RowMark["as"] | null }
  /** `namn` (as written in utfall, budget …) counts for the insats `insats`; null removes the alias. */
  | { typ: "alias"; namn: string; insats: string | null };

export type EditResult = WorkbookMapping | { error: string };

const BASE = new Set(["insatser", "budget", "utfall"]);

/** Excel row number of the sheet's last row with any value. */
function lastRow(sheet: RawSheet): number {
  return sheet.origin.row + sheet.values.length;
}

/** The sheet's columns (letters) from its first to its last used one. */
function hasColumn(sheet: RawSheet, column: string): boolean {
  if (!/^[A-Z]{1,3}$/.test(column)) return false;
  const c = columnIndex(column) - sheet.origin.col;
  return c >= 0 && sheet.values.some((row) => c < row.length);
}

function replace(mapping: WorkbookMapping, sheet: string, f: (m: SheetMapping) => SheetMapping): WorkbookMapping {
  return { ...mapping, sheets: mapping.sheets.map((m) => (m.sheet === sheet ? f(m) : m)) };
}

/** Moves a key role to `column`: the column that had it is not read any more (two columns with one role are never read). */
function moveRole(mapping: WorkbookMapping, m: SheetMapping, role: string, column: string | null): WorkbookMapping {
  let next = mapping;
  for (const c of m.columns.filter((x) => x.role === role && x.column !== column))
    next = correctColumn(next, m.sheet, c.column, { role: "ignorera" });
  if (column === null) return next;
  return correctColumn(next, m.sheet, column, {
    role,
    measure: undefined,
    period: undefined,
    year: undefined,
    factor: undefined,
    unitSource: undefined,
  });
}

/**
 * True when the Excel row holds amounts in at least half of its filled cells (a data row such as "Plattform |
 * Heby | 2 121 | 982"): column headers are words, at most a year ("2024") among them.
 */
function holdsAmounts(raw: RawSheet, row: number): boolean {
  const cells = (raw.values[row - raw.origin.row - 1] ?? []).filter((v) => v !== null && v !== undefined && String(v).trim() !== "");
  const amounts = cells.filter((v) => {
    const p = parseSvNumber(v);
    return p.kind === "number" && !(Number.isInteger(p.value) && p.value >= 1900 && p.value <= 2200);
  });
  return cells.length > 0 && amounts.length * 2 >= cells.length;
}

function headerRow(mapping: WorkbookMapping, m: SheetMapping, raw: RawSheet, row: number): EditResult {
  if (!Number.isInteger(row) || row <= raw.origin.row || row > lastRow(raw))
    return {
      error: `Rad ${row} finns inte på bladet "${raw.name}"; skriv ett radnummer mellan ${raw.origin.row + 1} och ${lastRow(raw)}.`,
    };
  const detected = m.kind === "annat" ? detectSheet(raw, row) : detectSheetAs(raw, m.kind, row);
  if (detected.kind === "annat" || detected.columns.length === 0 || detected.headerRow === 0 || holdsAmounts(raw, row))
    return {
      error: `Rad ${row} på bladet "${raw.name}" ser inte ut som en rubrikrad${m.kind === "annat" ? "" : ` för ${KIND_LABEL[m.kind]}`}: den har inga kolumnrubriker som Insats, Budget eller Utfall. Välj en annan rad, eller ange först vad bladet innehåller.`,
    };
  const rows = (m.rows ?? []).filter((x) => x.row > detected.headerRow);
  return replace(mapping, m.sheet, () => ({
    ...detected,
    use: m.use,
    confidence: 1,
    corrected: true,
    ...(rows.length > 0 ? { rows } : {}),
  }));
}

function markRow(mapping: WorkbookMapping, m: SheetMapping, raw: RawSheet, row: number, as: RowMark["as"] | null): EditResult {
  if (!Number.isInteger(row) || row <= m.headerRow || row > lastRow(raw))
    return {
      error: `Rad ${row} är ingen datarad på bladet "${raw.name}"; skriv ett radnummer mellan ${m.headerRow + 1} och ${lastRow(raw)}.`,
    };
  const others = (m.rows ?? []).filter((x) => x.row !== row);
  const rows = as === null ? others : [...others, { row, as }].sort((a, b) => a.row - b.row);
  return replace(mapping, m.sheet, (s) => {
    const { rows: _old, ...rest } = s;
    return { ...rest, ...(rows.length > 0 ? { rows } : {}), corrected: true };
  });
}

function alias(mapping: WorkbookMapping, namn: string, insats: string | null): EditResult {
  const n = namn.trim();
  if (n === "") return { error: "Skriv namnet som det står i arbetsboken." };
  const key = normalizeHeader(n);
  const others = mapping.alias.filter((a) => normalizeHeader(a.namn) !== key);
  if (insats === null) return { ...mapping, alias: others };
  const i = insats.trim();
  if (i === "") return { error: `Välj vilken insats "${n}" är.` };
  if (normalizeHeader(i) === key) return { error: `"${n}" är redan insatsens namn; ett alias behövs inte.` };
  return { ...mapping, alias: [...others, { namn: n, insats: i }] };
}

/** Applies one edit to the mapping of the read `sheets` (see the file comment). */
export function applyMappingEdit(mapping: WorkbookMapping, sheets: readonly RawSheet[], e: MappingEdit): EditResult {
  if (e.typ === "alias") return alias(mapping, e.namn, e.insats);
  const m = mapping.sheets.find((x) => x.sheet === e.sheet);
  const raw = sheets.find((x) => x.name === e.sheet);
  if (!m || !raw) return { error: `Bladet "${e.sheet}" finns inte i den inlästa arbetsboken. Läs in arbetsboken igen.` };
  switch (e.typ) {
    case "rubrikrad":
      return headerRow(mapping, m, raw, e.row);
    case "rad":
      return markRow(mapping, m, raw, e.row, e.as);
    case "insatskolumn":
      if (!BASE.has(m.kind))
        return {
          error: `Bladet "${e.sheet}" läses som ${KIND_LABEL[m.kind]}; insatskolumnen anges på blad med budget, utfall eller insatser.`,
        };
      if (!hasColumn(raw, e.column)) return { error: `Kolumn ${e.column} finns inte på bladet "${e.sheet}".` };
      return moveRole(mapping, m, "post", e.column);
    case "grupp":
      if (m.kind !== "budget" && m.kind !== "utfall")
        return { error: `Bladet "${e.sheet}" läses som ${KIND_LABEL[m.kind]}; en Grupp-kolumn läses på blad med budget eller utfall.` };
      if (e.column !== null && !hasColumn(raw, e.column)) return { error: `Kolumn ${e.column} finns inte på bladet "${e.sheet}".` };
      return moveRole(mapping, m, "grupp", e.column);
  }
}

/** Column letters of a sheet's used range (for the pane's column choosers). */
export function sheetColumns(sheet: RawSheet): string[] {
  const width = Math.max(0, ...sheet.values.map((r) => r.length));
  return Array.from({ length: width }, (_, c) => columnLetter(c + sheet.origin.col));
}
