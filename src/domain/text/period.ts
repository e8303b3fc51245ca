import type { CellValue } from "../model/raw";
import type { Period } from "../model/records";
import { isExcelError } from "./excel-error";
import { daysInMonth, isoParts, parseSvDate, serialToIso, SV_MONTHS, ymdToIso } from "./sv-date";

export type PeriodParse = { kind: "period"; value: Period } | { kind: "empty" } | { kind: "error"; reason: string };

const EMPTY: PeriodParse = { kind: "empty" };
const DASH_RE = /[\u2212\u2013\u2014\u2012]/g;
/** Quarter/half/tertial tokens: "q2", "kv2", "kvartal 2", "h1", "halvår 1", "hå1", "t1", "tertial 1", "k2". */
const PART = "(q|kv|kvartal|k|h|hå|halvår|halvar|t|tertial)\\s*\\.?\\s*([1-4])";
/** "2024-Q2", "2024 Q2", "2024Q2", "2024-H1" */
const YEAR_PART_RE = new RegExp(`^(\\d{4})\\s*[-/ ]?\\s*${PART}$`);
/** "Q2 2024", "Q2-2024", "Kvartal 2 2024" */
const PART_YEAR_RE = new RegExp(`^${PART}\\s*[-/ ]?\\s*(\\d{4})$`);
/** "Q1 - Q2 2024", "Q3-Q4 2021", "2024 Q1-Q2" */
const PART_RANGE_RE = new RegExp(`^(?:(\\d{4})\\s+)?${PART}\\s*(?:-|till|–)\\s*${PART}(?:\\s+(\\d{4}))?$`);
/** "2024-05", "2024/5" */
const YEAR_MONTH_RE = /^(\d{4})\s*[-/.]\s*(\d{1,2})$/;
/** "maj 2024", "jan-aug 2016", "januari - juni 2024" */
const MONTHNAME_RANGE_RE = /^([a-zåäö]+)\.?(?:\s*(?:-|till)\s*([a-zåäö]+)\.?)?\s*(\d{4})$/;
/** "2024", "helår 2024", "år 2024", "2024 helår" */
const YEAR_RE = /^(?:(?:helår|helar|år|ar)\s*)?(\d{4})(?:\s*helår|\s*helar)?$/;
/** Two dates: "2024-01-01 - 2024-06-30", "2024-01-01–2024-06-30", "1/1 2024 - 30/6 2024". */
const DATE_RANGE_RE = /^(.+?)\s*(?:\s-\s|\still\s|(?<=\d{4}-\d{2}-\d{2})-)\s*(.+)$/;

/** Canonical label of an interval: "2024" (whole year), "2024-H1", "2024-T2", "2024-Q2", "2024-05", "2024-01–2024-08", else "2024-01-15–2024-03-31". */
export function periodLabel(from: string, to: string): string {
  const [y1, m1, d1] = isoParts(from);
  const [y2, m2, d2] = isoParts(to);
  const wholeMonths = d1 === 1 && d2 === daysInMonth(y2, m2);
  if (!wholeMonths) return `${from}–${to}`;
  if (y1 === y2) {
    const n = m2 - m1 + 1;
    if (n === 12) return `${y1}`;
    if (n === 6 && (m1 - 1) % 6 === 0) return `${y1}-H${(m1 - 1) / 6 + 1}`;
    if (n === 4 && (m1 - 1) % 4 === 0) return `${y1}-T${(m1 - 1) / 4 + 1}`;
    if (n === 3 && (m1 - 1) % 3 === 0) return `${y1}-Q${(m1 - 1) / 3 + 1}`;
    if (n === 1) return from.slice(0, 7);
  }
  return `${from.slice(0, 7)}–${to.slice(0, 7)}`;
}

/** A period from an inclusive interval of whole months of one year (m1..m2). */
function months(year: number, m1: number, m2: number): PeriodParse {
  if (year < 1900 || year > 9999 || m1 < 1 || m2 > 12 || m1 > m2) return { kind: "error", reason: "perioden är inte giltig" };
  const from = ymdToIso(year, m1, 1);
  const to = ymdToIso(year, m2, daysInMonth(year, m2));
  return { kind: "period", value: { from, to, label: periodLabel(from, to) } };
}

/** [first month, last month] of a part token: Q2 → [4, 6], H1 → [1, 6], T3 → [9, 12]. */
function partMonths(kind: string, n: number): [number, number] | undefined {
  if (kind.startsWith("h")) return n <= 2 ? [(n - 1) * 6 + 1, n * 6] : undefined;
  if (kind.startsWith("t")) return n <= 3 ? [(n - 1) * 4 + 1, n * 4] : undefined;
  return [(n - 1) * 3 + 1, n * 3];
}

/** Builds a period from two dates (inclusive). */
export function periodFromDates(from: string, to: string): PeriodParse {
  if (to < from) return { kind: "error", reason: `perioden slutar (${to}) före sin början (${from})` };
  return { kind: "period", value: { from, to, label: periodLabel(from, to) } };
}

/**
 * Reads a period: "2024-Q2" / "Q2 2024" / "kv 2 2024", "2024-H1" / "H1 2024", "2024-T1" (tertial), "2024-05" /
 * "maj 2024", ranges "Q1 - Q2 2024", "jan-aug 2016", two dates "2024-01-01 - 2024-06-30", a year "2024" (whole year).
 * An Excel date serial is read as the whole month it falls in. The label is canonical (see periodLabel).
 */
export function parsePeriod(v: CellValue | undefined): PeriodParse {
  if (v === null || v === undefined) return EMPTY;
  if (typeof v === "boolean") return { kind: "error", reason: "ett sanningsvärde är ingen period" };
  if (typeof v === "number") {
    if (Number.isInteger(v) && v >= 1900 && v <= 2200) return months(v, 1, 12);
    const iso = serialToIso(v);
    if (!iso) return { kind: "error", reason: `talet ${v} är ingen period` };
    const [y, m] = isoParts(iso);
    return months(y, m, m);
  }
  const text = v.trim();
  if (text === "") return EMPTY;
  if (isExcelError(text)) return { kind: "error", reason: `Excel-felvärdet ${text.toUpperCase()}` };
  const parsed = parseText(text.toLowerCase().replace(DASH_RE, "-").replace(/\s+/g, " "));
  return parsed ?? { kind: "error", reason: `"${text}" är ingen period (skriv t.ex. 2024-Q2, 2024-H1 eller 2024-05)` };
}

function parseText(s: string): PeriodParse | undefined {
  let m: RegExpExecArray | null;
  if ((m = YEAR_RE.exec(s))) return months(Number(m[1]), 1, 12);
  if ((m = YEAR_MONTH_RE.exec(s))) return months(Number(m[1]), Number(m[2]), Number(m[2]));
  if ((m = YEAR_PART_RE.exec(s))) return part(Number(m[1]), m[2], Number(m[3]), m[2], Number(m[3]));
  if ((m = PART_YEAR_RE.exec(s))) return part(Number(m[3]), m[1], Number(m[2]), m[1], Number(m[2]));
  if ((m = PART_RANGE_RE.exec(s))) {
    const year = m[1] ?? m[6];
    if (!year || (m[1] && m[6])) return undefined;
    return part(Number(year), m[2], Number(m[3]), m[4], Number(m[5]));
  }
  if ((m = MONTHNAME_RANGE_RE.exec(s))) {
    const a = SV_MONTHS[m[1]];
    const b = m[2] ? SV_MONTHS[m[2]] : a;
    if (a && b) return months(Number(m[3]), a, b);
    return undefined;
  }
  if ((m = DATE_RANGE_RE.exec(s))) {
    const from = parseSvDate(m[1]);
    const to = parseSvDate(m[2], { monthEnd: true });
    if (from.kind === "date" && to.kind === "date") return periodFromDates(from.value, to.value);
  }
  return undefined;
}

function part(year: number, k1: string, n1: number, k2: string, n2: number): PeriodParse | undefined {
  const a = partMonths(k1, n1);
  const b = partMonths(k2, n2);
  if (!a || !b) return undefined;
  return months(year, a[0], b[1]);
}
