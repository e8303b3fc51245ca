import type { CellValue, RawSheet } from "../model/raw";
import { KOLUMN_TEXT } from "../template/deltagare";
import type { DeltagareKolumn } from "../model/deltagare";
import { colIndex, rowIndex } from "./fingerprint";
import { SPEC_KINDS, type SpecKind } from "../template/spec-kinds";
import type { ColumnMapping, SheetMapping } from "../model/mapping";
import { isExportMapping } from "./export-layout";

/**
 * Sheets in a one-row-per-record layout are read by the standard parsers after their header row is rewritten
 * in place to the standard column names the mapping gives ("Startdatum" → "Inskriven", "Huvud-projektägare" →
 * "Insatsägare", "Utfall" + a unit from the title → "Utfall tkr"). Values and positions are untouched, so every
 * issue of those parsers points at the user's own cell. Columns the user set to "ignorera" lose their header.
 */

const BASE_NAMES: Record<string, Record<string, string>> = {
  insatser: {
    post: "Insats",
    namn: "Insatsnamn",
    typ: "Typ",
    inriktning: "Inriktning",
    agare: "Insatsägare",
    start: "Start",
    slut: "Slut",
  },
  budget: { post: "Post", kategori: "Kategori", ar: "År", grupp: "Grupp" },
  utfall: { post: "Post", period: "Period", fran: "Från", till: "Till", kostnadsslag: "Kostnadsslag" },
};

function unit(factor: number | undefined): string {
  return factor === 1000 ? "tkr" : factor === 1e6 ? "mkr" : "kr";
}

/** The standard header text of a mapped column in a sheet of this kind; undefined when it has none. */
export function standardHeader(kind: SheetMapping["kind"], col: ColumnMapping): string | undefined {
  if (col.role === "ignorera") return "";
  if (col.role === "belopp" && kind in BASE_NAMES) {
    const name =
      col.measure === "utfall" ? "Utfall" : col.measure === "budget" ? "Budget" : col.measure === "prognos" ? "Prognos" : undefined;
    if (!name) return "";
    return col.year !== undefined ? `${name} ${col.year} ${unit(col.factor)}` : `${name} ${unit(col.factor)}`;
  }
  if (kind === "deltagare") return KOLUMN_TEXT[col.role as DeltagareKolumn];
  if (kind in BASE_NAMES) return BASE_NAMES[kind][col.role];
  const spec = SPEC_KINDS[kind as SpecKind]?.find((s) => s.key === col.role);
  return spec?.synonyms[0];
}

/**
 * True when a base sheet fits the standard parser once its header is renamed: one header row, every required
 * column mapped, and only the amount columns that parser reads (Insatser: "Budget ÅÅÅÅ"; Budget: Budget/Prognos
 * per row with År, or per year; Utfall: one Utfall column with a Period or Från/Till column). An ekonomisystem
 * export (a Konto column) never fits: its rows are transactions, summed per insats and month (parse/mapped/export.ts).
 */
export function fitsStandardParser(m: SheetMapping): boolean {
  if (m.headerRows !== 1 || m.extraHeaderRow !== undefined || isExportMapping(m)) return false;
  // The measure on each row or one column per insats (measure-rows.ts, transposed.ts): only the mapped reader reads it.
  if (m.columns.some((c) => c.role === "matt")) return false;
  const roles = new Set(m.columns.filter((c) => c.role !== "belopp" && c.role !== "ignorera").map((c) => c.role));
  const amounts = m.columns.filter((c) => c.role === "belopp");
  const has = (...keys: string[]) => keys.every((k) => roles.has(k));
  if (m.kind === "insatser") {
    return (
      has("post", "typ", "agare", "start", "slut") &&
      amounts.every((a) => a.measure === "budget" && a.year !== undefined && a.period === undefined)
    );
  }
  if (m.kind === "budget") {
    if (!has("post", "kategori")) return false;
    const figures = amounts.filter((a) => a.measure !== "ovrigt" && a.measure !== "kvot");
    if (figures.some((a) => a.period !== undefined || (a.measure !== "budget" && a.measure !== "prognos"))) return false;
    const long = figures.filter((a) => a.year === undefined);
    if (long.length > 0)
      return roles.has("ar") && long.filter((a) => a.measure === "budget").length === 1 && figures.every((a) => a.year === undefined);
    return figures.some((a) => a.measure === "budget");
  }
  if (m.kind === "utfall") {
    const figures = amounts.filter((a) => a.measure !== "ovrigt" && a.measure !== "kvot");
    return (
      has("post") &&
      (roles.has("period") || has("fran", "till")) &&
      figures.length === 1 &&
      figures[0].measure === "utfall" &&
      figures[0].period === undefined
    );
  }
  return true;
}

/**
 * A copy of the sheet whose header row says the standard names of the mapped columns (values shared, not
 * copied), and whose rows the user marked as sum or not data (mapping.rows) are blank: the standard parsers
 * never read them as data.
 */
export function withStandardHeader(sheet: RawSheet, m: SheetMapping): RawSheet {
  const r = m.headerRow > 0 ? rowIndex(sheet, m.headerRow) : -1;
  if (r < 0) return sheet;
  const row: CellValue[] = [...(sheet.values[r] ?? [])];
  for (const col of m.columns) {
    const c = colIndex(sheet, col.column);
    const text = standardHeader(m.kind, col);
    if (c < 0 || text === undefined) continue;
    // "Kön (1=man, 2=kvinna)" keeps its legend: the parser reads the codes from it.
    if (m.kind === "deltagare" && col.role === "kon" && /\d\s*[=:]/.test(String(row[c] ?? ""))) continue;
    while (row.length <= c) row.push(null);
    row[c] = text;
  }
  const values = sheet.values.slice();
  values[r] = row;
  for (const mark of m.rows ?? []) {
    const i = rowIndex(sheet, mark.row);
    if (i > r) values[i] = [];
  }
  return { ...sheet, values };
}
