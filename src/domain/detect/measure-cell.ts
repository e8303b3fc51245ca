import type { CellValue, RawSheet } from "../model/raw";
import type { Period } from "../model/records";
import { MEASURE_CELL_START } from "../template/vocabulary";
import { parseColumnHeader, yearHintOf } from "./column-header";

/**
 * A cell that names what an amount is — written on the row ("Budget", "Utfall jan-jun 2024", "Actual 2021") instead
 * of in a column header: the measure and the period or year the cell states. Used by the two pivot layouts real
 * förbund keep: the measure in a column of its own ("Projekt | Avser | Belopp", measure-rows.ts) and the insatser as
 * columns with one row per measure ("Post | Jobbstöd | Bryggan | Summa", transposed.ts).
 */
export interface MeasureCell {
  measure: "budget" | "utfall" | "prognos";
  /** Interval the cell states ("Utfall jan-jun 2024"; "Utfall 2014" = the whole year). */
  period?: Period;
  /** Year of a whole-year budget or prognos ("Budget 2024", "Budget helår 2016"). */
  year?: number;
}

/** Cells longer than this are notes, not measure words. */
const MAX_CELL = 40;

const wholeYear = (y: number): Period => ({ from: `${y}-01-01`, to: `${y}-12-31`, label: `${y}` });

/**
 * The measure a cell names, or undefined: the cell must BEGIN with a measure word (Budget, Årsbudget, Utfall,
 * Bokfört, Prognos, Actual, Forecast …; MEASURE_CELL_START) — a name like "Budgetrådgivning" or a note never counts.
 * `yearHint` (the sheet's year) completes "Utfall jan-aug".
 */
export function measureCell(v: CellValue | undefined, yearHint?: number): MeasureCell | undefined {
  if (typeof v !== "string") return undefined;
  const t = v.trim();
  if (t === "" || t.length > MAX_CELL || !MEASURE_CELL_START.test(t.toLowerCase())) return undefined;
  const info = parseColumnHeader(t, yearHint);
  const m = info.measure;
  if (m !== "budget" && m !== "utfall" && m !== "prognos") return undefined;
  const out: MeasureCell = { measure: m };
  if (m === "utfall") {
    const p = info.period ?? (info.year !== undefined ? wholeYear(info.year) : undefined);
    if (p) out.period = p;
  } else if (info.year !== undefined) out.year = info.year;
  else if (info.period) out.period = info.period;
  return out;
}

/**
 * True when every non-empty cell of column `c` from row `from` on is a measure cell, on at least two rows, naming at
 * least two measures (budget and utfall, or with prognos), and the cells repeat (fewer different texts than rows, or
 * only a handful): a column that says on each row what the amount is. `skip` rows (sum rows) are not looked at.
 */
export function isMeasureColumn(sheet: RawSheet, from: number, c: number, yearHint?: number): boolean {
  const measures = new Set<string>();
  const texts = new Set<string>();
  let rows = 0;
  for (let r = from; r < sheet.values.length; r++) {
    const v = sheet.values[r]?.[c];
    if (v === null || v === undefined || (typeof v === "string" && v.trim() === "")) continue;
    const m = measureCell(v, yearHint);
    if (!m) return false;
    measures.add(m.measure);
    texts.add(String(v).trim().toLowerCase());
    rows++;
  }
  return rows >= 2 && measures.size >= 2 && (texts.size < rows || texts.size <= 4);
}

/** The sheet's year from its name and the rows above `headerRow` (titles), for measure cells without a year. */
export function sheetYearHint(sheet: RawSheet, headerRow: number, extra: readonly CellValue[] = []): number | undefined {
  return yearHintOf([sheet.name, ...sheet.values.slice(0, Math.max(0, headerRow)).flat(), ...extra]);
}
