import { columnLetter } from "../model/address";
import type { RawSheet } from "../model/raw";
import type { Period } from "../model/records";
import { periodLabel } from "../text/period";
import { applySheetDate, sheetDateOf } from "./sheet-date";
import { markDerivedColumns } from "./derived-columns";
import { periodBudgetByContent } from "./budget-by-content";
import { parseSvNumber } from "../text/sv-number";
import { unitInText } from "../text/units";
import { normalizeHeader } from "../text/header";
import { parseColumnHeader, yearHintOf } from "./column-header";
import { contentKeys, profileColumns } from "./content-columns";
import { cellText, findHeaderRows, type HeaderRows } from "./header-rows";
import type { ColumnMapping, Measure, UnitSource } from "../model/mapping";

/** Header words that say only "an amount" (read as utfall unless the sheet's name or title names another measure). */
const WEAK_AMOUNT = new Set(["belopp", "summa"]);
const stripUnit = (t: string) => t.replace(/\(?\b(tkr|tsek|kr|sek)\b\)?/gi, "").replace(/\b(19|20)\d\d\b/g, "");

/** A month, quarter or a few months: a column of a follow-up by period. */
const shortPeriod = (p: Period) => Date.parse(p.to) - Date.parse(p.from) < 100 * 86_400_000;

/**
 * Analyses a sheet as a budget, utfall or insats table in any layout: header rows, key columns (by header, then
 * by content), amount columns with measure, period or year and unit. The result is the detected column mapping
 * of such a sheet; detect-sheet.ts turns it into a SheetMapping with a kind.
 */

export interface TableAnalysis {
  header: HeaderRows;
  yearHint?: number;
  columns: ColumnMapping[];
  /** Column index of each mapped column (same order as columns). */
  index: number[];
  /** Counts of amount columns per measure. */
  measures: Record<Measure, number>;
  /** Amount columns whose unit was guessed from magnitude. */
  guessedUnit: boolean;
  /** Median magnitude of the amounts (written units), for the note on a guessed unit. */
  median?: number;
  /** Notes on readings decided by the content (budget-by-content.ts). */
  notes?: string[];
}

/** Magnitude rule: a median below 20 000 means the sheet is written in tkr (insatser cost 100 tkr – 5 000 tkr a year). */
export const TKR_MEDIAN_LIMIT = 20_000;

function wholeYear(y: number): Period {
  return { from: `${y}-01-01`, to: `${y}-12-31`, label: `${y}` };
}

function keyConfidence(header: string, key: string): number {
  return header === "" ? 0.6 : key === "post" || key === "agare" ? 0.95 : 1;
}

/** Unit of a column: its header, else a title row above the header, else undefined (guessed later). */
function unitOf(sheet: RawSheet, h: HeaderRows, c: number, text: string): { factor: number; source: UnitSource } | undefined {
  const own = unitInText(text);
  if (own !== undefined) return { factor: own, source: "rubrik" };
  for (let r = Math.min(h.row, h.extra ?? h.row) - 1; r >= 0; r--) {
    for (const v of sheet.values[r] ?? []) {
      const u = unitInText(typeof v === "string" ? v : null);
      if (u !== undefined) return { factor: u, source: "titel" };
    }
  }
  for (const v of sheet.values[h.row] ?? []) {
    const u = typeof v === "string" && cellText(v) !== text ? unitInText(v) : undefined;
    if (u !== undefined) return { factor: u, source: "titel" };
  }
  return undefined;
}

function medianMagnitude(sheet: RawSheet, from: number, cols: number[]): number | undefined {
  const xs: number[] = [];
  for (let r = from; r < Math.min(sheet.values.length, from + 2000); r++) {
    for (const c of cols) {
      const p = parseSvNumber(sheet.values[r]?.[c] ?? null);
      if (p.kind === "number" && p.value !== 0 && p.unitFactor === undefined) xs.push(Math.abs(p.value));
    }
  }
  if (xs.length === 0) return undefined;
  xs.sort((a, b) => a - b);
  return xs[Math.floor(xs.length / 2)];
}

/** The one measure a sheet's name and title rows name ("Utfall per kvartal 2024"), for columns headed by a period only. */
function measureOfTitle(texts: readonly unknown[]): Measure | undefined {
  const words = new Set<Measure>();
  for (const t of texts) {
    if (typeof t !== "string") continue;
    const n = t.toLowerCase();
    if (/utfall/.test(n)) words.add("utfall");
    if (/budget/.test(n)) words.add("budget");
    if (/prognos/.test(n)) words.add("prognos");
  }
  return words.size === 1 ? [...words][0] : undefined;
}

/**
 * A budget table without an År column whose name or title states one year ("Budget 2024", a title row
 * "Budget 2024 (tkr)"): its Budget and Prognos columns without a year or period are that year's. Not in tables
 * with utfall columns, where a bare "Budget" is as often the period's budget.
 */
function yearFromTitle(sheet: RawSheet, h: HeaderRows, amounts: ColumnMapping[]): void {
  if (h.keys.ar !== undefined || amounts.some((c) => c.measure === "utfall")) return;
  const bare = amounts.filter((c) => (c.measure === "budget" || c.measure === "prognos") && c.year === undefined && c.period === undefined);
  if (bare.length === 0) return;
  const year = yearHintOf([sheet.name, ...sheet.values.slice(0, Math.min(h.row, h.extra ?? h.row)).flat()]);
  if (year === undefined) return;
  for (const c of bare) {
    c.year = year;
    c.confidence = Math.min(c.confidence, 0.8);
  }
}

/** `headerRow`: the field row's index when the user gave it (findHeaderRows' `forced`). */
export function analyzeTable(sheet: RawSheet, headerRow?: number): TableAnalysis | null {
  const rowYears = sheet.values.slice(0, 6).map((row) => yearHintOf(row));
  const yearHint = yearHintOf([
    sheet.name,
    ...sheet.values
      .slice(0, 6)
      .flat()
      .filter((t) => typeof t === "string"),
    ...rowYears.filter((y): y is number => y !== undefined),
  ]);
  const header = findHeaderRows(sheet, yearHint, headerRow);
  if (!header) return null;
  const width = Math.max(...sheet.values.map((r) => r.length), 0);
  const keyCols = new Set(Object.values(header.keys));
  const titleMeasure = measureOfTitle([sheet.name, ...sheet.values.slice(0, Math.min(header.row, header.extra ?? header.row)).flat()]);
  const columns: ColumnMapping[] = [];
  const index: number[] = [];
  const measures: Record<Measure, number> = { utfall: 0, budget: 0, prognos: 0, avvikelse: 0, kvot: 0, ovrigt: 0 };
  const amounts: { col: ColumnMapping; c: number; ack?: number }[] = [];
  const ownPeriod = new Set<number>();
  // Columns headed by a month or quarter alone ("Jan 2024", not a date "3 mars 2021" of a data row).
  let monthColumns = 0;
  for (let c = 0; c < width; c++) {
    const text = header.texts[c] ?? "";
    if (keyCols.has(c) || text === "" || /^\d{1,2}[ /.]/.test(text.trim())) continue;
    const info = parseColumnHeader(text, yearHint);
    if (info.measure === undefined && info.period && shortPeriod(info.period)) monthColumns++;
  }

  for (let c = 0; c < width; c++) {
    const text = header.texts[c] ?? "";
    if (keyCols.has(c) || text === "") continue;
    const info = parseColumnHeader(text, yearHint);
    if (info.measure === undefined && info.hasPeriod && titleMeasure) info.measure = titleMeasure;
    // "Belopp tkr" on a sheet named "Budget 2021": the weak word says only "an amount"; the name says which.
    if (info.measure === "utfall" && titleMeasure && titleMeasure !== "utfall" && WEAK_AMOUNT.has(normalizeHeader(stripUnit(text))))
      info.measure = titleMeasure;
    // "Jan 2024 | Feb 2024 …" with no measure anywhere: month and quarter columns of a follow-up are utfall.
    if (info.measure === undefined && !titleMeasure && info.period && monthColumns >= 2 && shortPeriod(info.period))
      info.measure = "utfall";
    if (info.measure === undefined) continue;
    if (info.period) ownPeriod.add(c);
    const col: ColumnMapping = {
      column: columnLetter(c + sheet.origin.col),
      header: text,
      role: "belopp",
      measure: info.measure,
      confidence: 0.9,
    };
    if (info.year !== undefined && (info.measure === "budget" || info.measure === "prognos")) col.year = info.year;
    else if (info.period) col.period = info.period;
    else if (info.year !== undefined && info.measure === "utfall") col.period = wholeYear(info.year);
    if (info.period && info.year !== undefined && info.measure === "utfall") col.period = info.period;
    amounts.push({ col, c, ack: info.ackYear });
    measures[info.measure]++;
  }
  // "ack ÅÅÅÅ": from 1 January to the latest end of the sheet's periods in that year; without other periods, to the
  // sheet's date in that year ("Uppföljning per juni 2024"), else to year end.
  const sheetDate = sheetDateOf([sheet.name, ...sheet.values.slice(0, Math.min(header.row, header.extra ?? header.row)).flat()]);
  for (const a of amounts) {
    if (a.ack === undefined) continue;
    let end = `${a.ack}-12-31`;
    const ends = amounts.map((x) => x.col.period?.to).filter((t): t is string => !!t && t.startsWith(`${a.ack}-`));
    if (ends.length > 0) end = ends.sort()[ends.length - 1];
    else if (sheetDate?.date?.startsWith(`${a.ack}-`)) end = sheetDate.date;
    const from = `${a.ack}-01-01`;
    if (end === `${a.ack}-12-31` && (a.col.measure === "budget" || a.col.measure === "prognos")) a.col.year = a.ack;
    else a.col.period = { from, to: end, label: periodLabel(from, end) };
    a.col.confidence = 0.8;
  }

  yearFromTitle(
    sheet,
    header,
    amounts.map((a) => a.col),
  );
  // Columns without their own period or year ("Ack utfall", "Helårsbudget", "Actual YTD"): the sheet's date.
  // Not on a claim form (Kostnadsslag | Belopp without a post column: a rekvisition blankett, whose title year is the claim's).
  const claimForm = header.keys.kostnadsslag !== undefined && header.keys.post === undefined;
  if (header.keys.period === undefined && header.keys.fran === undefined && header.keys.ar === undefined && !claimForm) {
    applySheetDate(
      amounts.map((a) => a.col),
      sheetDateOf([sheet.name, ...sheet.values.slice(0, Math.min(header.row, header.extra ?? header.row)).flat()]),
    );
  }
  const contentNote = periodBudgetByContent(sheet, header.dataStart, amounts);
  markDerivedColumns(sheet, header.dataStart, amounts, ownPeriod);
  const taken = new Set<number>([...keyCols, ...amounts.map((a) => a.c)]);
  const profiles = profileColumns(sheet, header.dataStart, width);
  const content = contentKeys(profiles, taken, header.keys.post, header.keys.agare);
  const keys: Record<string, number> = { ...header.keys };
  const keyConf: Record<string, number> = {};
  for (const k of Object.keys(keys)) keyConf[k] = keyConfidence(header.texts[keys[k]] ?? "", k);
  if (content.post !== undefined) {
    if (content.agare !== undefined && content.agare === keys.post) delete keys.post;
    keys.post = content.post;
    keyConf.post = content.confidence.post;
  }
  if (content.agare !== undefined) {
    keys.agare = content.agare;
    keyConf.agare = content.confidence.agare;
  }
  for (const [k, c] of Object.entries(keys)) {
    columns.push({ column: columnLetter(c + sheet.origin.col), header: header.texts[c] ?? "", role: k, confidence: keyConf[k] ?? 0.9 });
    index.push(c);
  }

  const silent = amounts.filter((a) => a.col.measure !== "kvot");
  let guessedUnit = false;
  let median: number | undefined;
  for (const a of silent) {
    const u = unitOf(sheet, header, a.c, a.col.header);
    if (u) {
      a.col.factor = u.factor;
      a.col.unitSource = u.source;
    }
  }
  const unknown = silent.filter((a) => a.col.factor === undefined);
  if (unknown.length > 0) {
    median = medianMagnitude(
      sheet,
      header.dataStart,
      unknown.map((a) => a.c),
    );
    const factor = median !== undefined && median < TKR_MEDIAN_LIMIT ? 1000 : 1;
    for (const a of unknown) {
      a.col.factor = factor;
      a.col.unitSource = "gissad";
      a.col.confidence = Math.min(a.col.confidence, 0.7);
    }
    guessedUnit = median !== undefined;
  }
  for (const a of amounts) {
    columns.push(a.col);
    index.push(a.c);
  }
  const order = index.map((c, i) => i).sort((x, y) => index[x] - index[y]);
  return {
    header,
    yearHint,
    columns: order.map((i) => columns[i]),
    index: order.map((i) => index[i]),
    measures,
    guessedUnit,
    median,
    ...(contentNote ? { notes: [contentNote] } : {}),
  };
}
