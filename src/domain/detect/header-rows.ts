import type { CellValue, RawSheet } from "../model/raw";
import { matchHeaderRow, normalizeHeader, normalizeSpecs, type NormalizedSpec } from "../text/header";
import { parseSvNumber } from "../text/sv-number";
import { parseColumnHeader } from "./column-header";
import { KEY_SPECS } from "../template/vocabulary";

/**
 * Finds the header of a budget, utfall or insats table anywhere in its first 30 rows, including two-row headers:
 * a period row above the field row (Uppsala 2021: "Q3 - Q4 2021" over "Utfall TSEK | Budget TSEK") or below it
 * (Uppsala 2024 driftsredovisning: "Budget | Utfall | Diff mot budget" over "2024-06-30"), and a unit row under
 * them ("(tkr) | (tkr) | (%)", unseen.ts u01), which names each column's unit and is not data.
 */

export interface HeaderRows {
  /** Index (into sheet.values) of the field row. */
  row: number;
  /** Index of the period row, when the header has two rows. */
  extra?: number;
  /** First data row index. */
  dataStart: number;
  /** Header text of each column: the period row's text (spread over the columns it spans) and the field row's, joined with " / ". */
  texts: string[];
  /** Key fields matched by header text: key → column index. */
  keys: Record<string, number>;
}

const KEY_NORMALIZED: NormalizedSpec[] = normalizeSpecs(KEY_SPECS);
const MAX_ROWS = 30;

export function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  return typeof v === "string" ? v.trim() : String(v);
}

function isNumeric(v: CellValue | undefined): boolean {
  return typeof v === "number" || (typeof v === "string" && v.trim() !== "" && parseSvNumber(v).kind === "number");
}

/** Score of a row as a header: matched key fields + 1,5 × amount columns named by a measure word + 0,75 × period columns (two or more); texts only. */
function rowScore(row: readonly CellValue[], yearHint: number | undefined): number {
  const texts = row.map(cellText);
  const nonEmpty = texts.filter((t) => t !== "").length;
  if (nonEmpty < 2) return 0;
  if (row.some((v) => typeof v === "number" && !(Number.isInteger(v) && v >= 1900 && v <= 2200))) return 0;
  const keys = matchHeaderRow(texts.map(normalizeHeader), KEY_NORMALIZED);
  const keyCols = new Set(Object.values(keys));
  let measures = 0;
  let periods = 0;
  texts.forEach((t, c) => {
    if (t === "" || keyCols.has(c)) return;
    const info = parseColumnHeader(row[c], yearHint);
    if (info.measure !== undefined) measures++;
    else if (info.hasPeriod) periods++;
  });
  return Object.keys(keys).length + 1.5 * measures + (periods >= 2 ? 0.75 * periods : 0);
}

/**
 * True when the row's non-empty cells all name periods, dates or years (and there is at least one) over a column
 * other than the table's first column (the first non-empty one of this row and the field row): a title in A1
 * ("Projekt 2014 (tkr)") over a code or name column ("Nr", "Projektnr") is the sheet's title, not a period
 * spanning every column to its right.
 */
function isPeriodRow(
  row: readonly CellValue[],
  cols: (c: number) => boolean,
  yearHint: number | undefined,
  field: readonly string[],
): boolean {
  const first = (xs: readonly unknown[]) => {
    const i = xs.findIndex((v) => cellText(v as CellValue) !== "");
    return i < 0 ? Infinity : i;
  };
  const titleCol = Math.min(first(row), first(field));
  let any = false;
  for (let c = 0; c < row.length; c++) {
    const t = cellText(row[c]);
    if (t === "") continue;
    const info = parseColumnHeader(row[c], yearHint);
    if (info.hasPeriod && cols(c)) {
      if (c !== titleCol) any = true;
      continue;
    }
    if (typeof row[c] === "number" || isNumeric(row[c])) return false;
    if (info.measure === undefined && Object.keys(matchHeaderRow([normalizeHeader(t)], KEY_NORMALIZED)).length === 0 && !info.hasPeriod)
      return false;
  }
  return any;
}

const UNIT_CELL_RE = /^\(?\s*(tkr|kr|sek|tsek|ksek|mkr|mnkr|%|procent|antal|st)\s*\)?$/i;

/** True when the row's non-empty cells (at least one) are all units: "(tkr)", "kr", "%", "(%)" — a header's unit row. */
export function isUnitRow(row: readonly CellValue[]): boolean {
  const texts = row.map(cellText).filter((t) => t !== "");
  return texts.length > 0 && texts.every((t) => UNIT_CELL_RE.test(t));
}

/** Spreads each period text of an upper header row rightwards over the columns it spans (merged cells arrive as one text and blanks). */
function spread(top: readonly CellValue[], bottom: readonly string[], yearHint: number | undefined): string[] {
  const out: string[] = [];
  let carry = "";
  for (let c = 0; c < Math.max(top.length, bottom.length); c++) {
    const t = cellText(top[c]);
    if (t !== "") carry = parseColumnHeader(t, yearHint).hasPeriod ? t : "";
    out.push(t !== "" ? t : bottom[c] !== "" ? carry : "");
  }
  return out;
}

/**
 * Locates the header rows; null when no row of the first 30 looks like a header. `forced` (an index into
 * sheet.values) is the field row the user gave in the mapping (issue 14, "the way out"): taken as is, only the
 * period row above or below it is still found.
 */
export function findHeaderRows(sheet: RawSheet, yearHint: number | undefined, forced?: number): HeaderRows | null {
  const n = Math.min(MAX_ROWS, sheet.values.length);
  let best = -1;
  let bestScore = 0;
  if (forced !== undefined) {
    if (forced < 0 || forced >= sheet.values.length) return null;
    best = forced;
    bestScore = Infinity;
  }
  for (let r = 0; r < n && forced === undefined; r++) {
    const s = rowScore(sheet.values[r] ?? [], yearHint);
    if (s > bestScore) {
      bestScore = s;
      best = r;
    }
  }
  if (best < 0 || bestScore < 1.5) return null;
  // "Insats | Kommun | Förbr kvot | Q1 - Q2 2024" over "Utfall TSEK | Budget TSEK": the upper row scores as well as
  // the lower one (key and kvot words), but it is the period row over the lower, which is the field row.
  if (forced === undefined && best + 1 < n) {
    const lower = (sheet.values[best + 1] ?? []).map(cellText);
    if (
      rowScore(sheet.values[best + 1] ?? [], yearHint) >= 3 &&
      isPeriodRow(sheet.values[best] ?? [], (c) => lower[c] !== "", yearHint, lower)
    )
      best++;
  }
  const field = (sheet.values[best] ?? []).map(cellText);
  const keys = matchHeaderRow(field.map(normalizeHeader), KEY_NORMALIZED);
  const keyCols = new Set(Object.values(keys));
  const amountCol = (c: number) => !keyCols.has(c);
  const below = sheet.values[best + 1];
  const above = best > 0 ? sheet.values[best - 1] : undefined;
  let extra: number | undefined;
  if (below && isPeriodRow(below, amountCol, yearHint, field)) extra = best + 1;
  else if (above && isPeriodRow(above, (c) => amountCol(c) && field[c] !== "", yearHint, field)) extra = best - 1;
  let texts = field;
  if (extra !== undefined) {
    const other = spread(sheet.values[extra] ?? [], field, yearHint);
    texts = field.map((t, c) => {
      const o = other[c] ?? "";
      if (keyCols.has(c) || o === "") return t;
      if (t === "") return o;
      return extra! < best ? `${o} / ${t}` : `${t} / ${o}`;
    });
    // A key word in the upper row ("Insats" spanning name and owner) names a key column the field row leaves blank.
    if (extra < best) {
      const upperKeys = matchHeaderRow(
        (sheet.values[extra] ?? []).map((v, c) => (field[c] === "" ? normalizeHeader(v) : "")),
        KEY_NORMALIZED,
      );
      for (const [k, c] of Object.entries(upperKeys)) {
        if (keys[k] === undefined && !keyCols.has(c)) {
          keys[k] = c;
          keyCols.add(c);
          texts[c] = cellText(sheet.values[extra]?.[c]);
        }
      }
    }
  }
  let dataStart = Math.max(best, extra ?? best) + 1;
  // A unit row under the header ("(tkr) | (tkr) | (%)"): part of the header, its unit added to each column's text.
  const unitRow = sheet.values[dataStart];
  if (unitRow && isUnitRow(unitRow)) {
    texts = texts.map((t, c) => {
      const u = cellText(unitRow[c]);
      return u === "" ? t : t === "" ? u : `${t} ${u.startsWith("(") ? u : `(${u})`}`;
    });
    dataStart++;
  }
  return { row: best, extra, dataStart, texts, keys };
}
