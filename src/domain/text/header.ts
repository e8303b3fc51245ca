import { a1 } from "../model/address";
import type { CellValue, RawSheet } from "../model/raw";

/** A column the parser looks for. Synonyms are matched after normalizeHeader (case, spaces, punctuation, diacritics ignored). */
export interface ColumnSpec {
  key: string;
  synonyms: string[];
  required?: boolean;
  /** Also match headers that START with a synonym ("Typ (Individ/Struktur)" for "Typ"), when nothing matches better. */
  prefix?: boolean;
}

export interface LocatedTable {
  /** Index into sheet.values of the header row. */
  headerRow: number;
  /** spec key → column index into sheet.values[r]. */
  columns: Record<string, number>;
  /** Specs marked required that the header row lacks. */
  missing: ColumnSpec[];
  /** normalizeHeader of every cell of the header row. */
  headers: string[];
}

export interface LocateOptions {
  /** How many rows from the top may hold the header (default 30). */
  maxRows?: number;
  /** Fewest matched columns for a row to count as the header (default 2, or 1 when only one spec is given). */
  minMatches?: number;
}

const DIACRITICS_RE = /[\u0300-\u036f]/g;
const NON_ALNUM_RE = /[^a-z0-9]/g;
/** Unit words that may follow a column name: "Utfall TSEK", "Utfall (tkr)", "Budget kr". */
const UNIT_SUFFIXES = ["tkr", "tsek", "tsk", "ksek", "kr", "sek", "kronor", "mkr", "msek", "mnkr", "ibelopptkr", "itkr", "itsek", "ikr"];

/** "Insatsägare*" → "insatsagare"; "Utfall (TSEK)" → "utfalltsek". */
export function normalizeHeader(s: CellValue | undefined): string {
  if (s === null || s === undefined) return "";
  const text = typeof s === "string" ? s : String(s);
  return text.toLowerCase().normalize("NFD").replace(DIACRITICS_RE, "").replace(NON_ALNUM_RE, "");
}

/** A1 address of values[r][c], taking the sheet's origin (its used range's top-left) into account. */
export function cellAddress(sheet: RawSheet, r: number, c: number): string {
  return a1(r + sheet.origin.row, c + sheet.origin.col);
}

/** Match quality of a normalized header against a spec: 3 exact, 2 synonym + unit word, 1 prefix, 0 none. */
export function matchQuality(header: string, spec: NormalizedSpec): number {
  if (header === "") return 0;
  let best = 0;
  for (const syn of spec.normalized) {
    if (header === syn) return 3;
    if (header.startsWith(syn)) {
      const rest = header.slice(syn.length);
      if (UNIT_SUFFIXES.includes(rest)) best = Math.max(best, 2);
      else if (spec.prefix && syn.length >= 3) best = Math.max(best, 1);
    }
  }
  return best;
}

export interface NormalizedSpec extends ColumnSpec {
  normalized: string[];
}

/** Normalized specs per spec list: the lists are module constants, so each is normalized once, not per sheet and row. */
const normalizedCache = new WeakMap<ColumnSpec[], NormalizedSpec[]>();

export function normalizeSpecs(specs: ColumnSpec[]): NormalizedSpec[] {
  let out = normalizedCache.get(specs);
  if (!out) {
    out = specs.map((s) => ({ ...s, normalized: s.synonyms.map(normalizeHeader) }));
    normalizedCache.set(specs, out);
  }
  return out;
}

/**
 * Assigns columns of one header row to specs: exact matches first, then synonym + unit, then prefix;
 * each column serves at most one spec, and the leftmost column wins within a quality level.
 */
export function matchHeaderRow(headers: string[], specs: NormalizedSpec[]): Record<string, number> {
  const columns: Record<string, number> = {};
  const used = new Set<number>();
  for (let q = 3; q >= 1; q--) {
    for (const spec of specs) {
      if (columns[spec.key] !== undefined) continue;
      for (let c = 0; c < headers.length; c++) {
        if (used.has(c) || matchQuality(headers[c], spec) !== q) continue;
        columns[spec.key] = c;
        used.add(c);
        break;
      }
    }
  }
  return columns;
}

/**
 * Finds the header row among the first `maxRows` rows: the row whose cells match the most specs
 * (required specs weigh 3, optional 1; ties go to the upper row). Returns null when no row matches
 * at least `minMatches` specs. Title rows above the header are allowed.
 */
export function locateTable(sheet: RawSheet, specs: ColumnSpec[], opts?: LocateOptions): LocatedTable | null {
  const normalized = normalizeSpecs(specs);
  const maxRows = Math.min(opts?.maxRows ?? 30, sheet.values.length);
  const minMatches = opts?.minMatches ?? (specs.length === 1 ? 1 : 2);
  let best: LocatedTable | null = null;
  let bestScore = 0;
  for (let r = 0; r < maxRows; r++) {
    const row = sheet.values[r] ?? [];
    let anyText = false;
    for (const v of row) if (typeof v === "string" && v.trim() !== "") anyText = true;
    if (!anyText) continue;
    const headers = row.map(normalizeHeader);
    const columns = matchHeaderRow(headers, normalized);
    let matches = 0;
    let score = 0;
    for (const spec of normalized) {
      if (columns[spec.key] === undefined) continue;
      matches++;
      score += spec.required ? 3 : 1;
    }
    if (matches < minMatches || score <= bestScore) continue;
    bestScore = score;
    best = { headerRow: r, columns, missing: specs.filter((s) => s.required && columns[s.key] === undefined), headers };
  }
  return best;
}
