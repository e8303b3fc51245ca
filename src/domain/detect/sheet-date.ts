import type { CellValue } from "../model/raw";
import type { ColumnMapping } from "../model/mapping";
import { periodLabel } from "../text/period";
import { daysInMonth, serialToIso, SV_MONTHS, ymdToIso } from "../text/sv-date";
import { normalizeHeader } from "../text/header";
import { parseColumnHeader } from "./column-header";

/**
 * The date a budget/utfall sheet is "per" (issue 14 patterns 3 and 6): a kommun month follow-up writes
 * "Ack utfall | Ack budget | Helårsbudget" and puts the date in the title ("Uppföljning per 2024-06-30"), in the
 * sheet name ("Juni 2024") or as "jan-aug 2016". Columns whose header names no period or year take it from there:
 * - utfall (and "Ack"/"YTD" budget or prognos): 1 January to the sheet's date (year to date);
 * - a budget or prognos column named Helår/Årsbudget/FY, or a bare Budget beside year-to-date utfall: the year.
 * With a year but no date (title "Utfall - Budget 2014") the utfall is the whole year's.
 */

export interface SheetDate {
  year: number;
  /** Last day the sheet's figures cover (ÅÅÅÅ-MM-DD), when the title or name gives more than a year. */
  date?: string;
}

const ISO_RE_ALL = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
const MONTH_YEAR_RE = /\b([a-zåäö]+)\.?(?:\s*-\s*([a-zåäö]+)\.?)?\s+(\d{4})\b/i;
const YEAR_RE = /\b(19[9]\d|20\d{2})\b/;

/** A title line dating when the report was made or printed, not the period its figures cover ("Upprättad 2016-09-12"). */
const MADE_ON_RE =
  /\b(upprättad|upprättat|utskriven|utskrivet|utskrift|skapad|skapat|uppdaterad|uppdaterat|ändrad|printed|created|updated)\b/i;

/** A month range without a year: "jan-aug", "januari–juni" (a pivot's filter "Period | jan-aug", a sheet "Utfall jan-jun"). */
const MONTH_RANGE_RE = /(?:^|[^a-zåäö])([a-zåäö]+)\.?\s*-\s*([a-zåäö]+)\.?(?![a-zåäö])/;

/** The last month of a yearless month range in one of the texts ("jan-aug" → 8), or undefined. */
export function monthRangeEnd(strings: readonly string[]): number | undefined {
  for (const t of strings) {
    const m = MONTH_RANGE_RE.exec(t.toLowerCase().replace(/[\u2013\u2014]/g, "-"));
    if (m && SV_MONTHS[m[1]] !== undefined && SV_MONTHS[m[2]] !== undefined) return SV_MONTHS[m[2]];
  }
  return undefined;
}

/** Labels of a report date written in the next cell: "Rapportdatum", "Datum", "Per", "T.o.m.", "Avser period t.o.m.", "Bokslutsdatum". */
const DATE_LABEL_RE =
  /^(rapportdatum|bokslutsdatum|datum|per|t\.?\s*o\.?\s*m\.?|avser( period)?( t\.?\s*o\.?\s*m\.?)?|period t\.?\s*o\.?\s*m\.?|balansdag)\s*:?$/i;
/** Excel serials of 1990-01-01 and 2100-01-01: a number between them after a date label is a date cell. */
const SERIAL_1990 = 32874;
const SERIAL_2100 = 73051;

/** A year written as a number cell in a title row or report filter ("År | 2016"). */
const isYearNumber = (v: CellValue): v is number => typeof v === "number" && Number.isInteger(v) && v >= 1990 && v <= 2099;

/**
 * The sheet's date from its name and title rows: the first full date (a range's end), else "juni 2024" / "jan-aug 2016" (end of
 * the last month), else a yearless month range ("jan-aug") with a year written elsewhere in them (a string or a
 * number cell), else a lone year.
 */
export function sheetDateOf(texts: readonly CellValue[]): SheetDate | undefined {
  const strings = texts.filter((t): t is string => typeof t === "string").map((t) => t.replace(/[\u2013\u2014]/g, "-"));
  for (const t of strings) {
    if (MADE_ON_RE.test(t)) continue;
    // A range "2021-01-01 – 2021-12-31" is dated by its end.
    const all = [...t.matchAll(ISO_RE_ALL)];
    const m = all[all.length - 1];
    if (m) return { year: Number(m[1]), date: `${m[1]}-${m[2]}-${m[3]}` };
  }
  // "Rapportdatum | 2016-08-31" with the date as a date cell (an Excel serial number) after its label.
  for (let i = 0; i + 1 < texts.length; i++) {
    const label = texts[i];
    const v = texts[i + 1];
    if (typeof label !== "string" || !DATE_LABEL_RE.test(label.trim()) || typeof v !== "number") continue;
    const iso = v >= SERIAL_1990 && v < SERIAL_2100 ? serialToIso(v) : undefined;
    if (iso) return { year: Number(iso.slice(0, 4)), date: iso };
  }
  for (const t of strings) {
    const m = MONTH_YEAR_RE.exec(t.toLowerCase());
    if (!m) continue;
    const last = SV_MONTHS[m[2] ?? m[1]];
    if (last === undefined || (m[2] !== undefined && SV_MONTHS[m[1]] === undefined)) continue;
    const y = Number(m[3]);
    return { year: y, date: ymdToIso(y, last, daysInMonth(y, last)) };
  }
  let year: number | undefined;
  for (const t of strings) {
    const m = YEAR_RE.exec(t);
    if (m) {
      year = Number(m[1]);
      break;
    }
  }
  year ??= texts.find(isYearNumber);
  if (year === undefined) return undefined;
  const last = monthRangeEnd(strings);
  return last === undefined ? { year } : { year, date: ymdToIso(year, last, daysInMonth(year, last)) };
}

const ACK_RE = /^(ack|ackumulerat|ackum|hittills|ytd|actualytd|periodens|periodbudget|aktuell)/;
const YTD_RE = /(^ack|ytd|hittills|^periodens|^periodbudget|^aktuellbudget$)/;
const FULL_YEAR_RE = /(helar|arsbudget|fullyear|fy$)/;
const YEAR_WORD_RE = /(helar|arsbudget|fy$|fullyear|helarsbudget|helarsprognos|budgetfy|forecastfy|beviljad|^budget$|^prognos$)/;

/**
 * Gives the columns without their own period or year the sheet's date (see the file comment). Returns the
 * columns it changed, with confidence lowered to 0,75 (the date was read from the title, not the column).
 */
export function applySheetDate(columns: readonly ColumnMapping[], sd: SheetDate | undefined): ColumnMapping[] {
  if (!sd) return [];
  const changed: ColumnMapping[] = [];
  const from = `${sd.year}-01-01`;
  const to = sd.date ?? `${sd.year}-12-31`;
  const ytd = { from, to, label: periodLabel(from, to) };
  for (const c of columns) {
    if (c.role !== "belopp" || (c.measure !== "utfall" && c.measure !== "budget" && c.measure !== "prognos")) continue;
    const own = parseColumnHeader(c.header);
    if (own.period !== undefined || own.year !== undefined || own.ackYear !== undefined) continue;
    const n = normalizeHeader(c.header).replace(/(tkr|tsek|ksek|kr|sek)$/, "");
    // "Aktuell Budget Helår" is the year's budget although it starts like "Aktuell budget jan-aug".
    const isYtd = (YTD_RE.test(n) || ACK_RE.test(n)) && !FULL_YEAR_RE.test(n);
    // "Utfall jan-aug", "Halvår 1 / Utfall", "Helår / Budget": the header names its months, half or year; the
    // caller completed them with the sheet's year.
    if (own.hasPeriod && !isYtd) continue;
    const hinted = parseColumnHeader(c.header, sd.year);
    if (hinted.period !== undefined || (hinted.year !== undefined && !isYtd)) continue;
    if (c.measure === "utfall") {
      delete c.year;
      c.period = ytd;
    } else if (isYtd && sd.date) {
      delete c.year;
      c.period = ytd;
    } else if (YEAR_WORD_RE.test(n) || c.period === undefined) {
      delete c.period;
      c.year = sd.year;
    } else continue;
    c.confidence = Math.min(c.confidence, 0.75);
    changed.push(c);
  }
  return changed;
}
