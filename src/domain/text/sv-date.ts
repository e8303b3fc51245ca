import type { CellValue, IsoDate } from "../model/raw";
import { isExcelError } from "./excel-error";

export type DateParse = { kind: "date"; value: IsoDate } | { kind: "empty" } | { kind: "error"; reason: string };

export interface DateOptions {
  /** When the text names only a month or a year ("2024-06", "juni 2024", "2024"), use its LAST day instead of its first. */
  monthEnd?: boolean;
}

/**
 * Swedish month names and abbreviations (lowercase, as written) → month number. A null-prototype object, so a
 * word such as "constructor" (Object.prototype's member) is no month (fuzz: "constructor 2024" was a period).
 */
export const SV_MONTHS: Readonly<Record<string, number>> = Object.assign(Object.create(null) as Record<string, number>, {
  januari: 1,
  jan: 1,
  februari: 2,
  feb: 2,
  mars: 3,
  mar: 3,
  april: 4,
  apr: 4,
  maj: 5,
  juni: 6,
  jun: 6,
  juli: 7,
  jul: 7,
  augusti: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  oktober: 10,
  okt: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
});

const EMPTY: DateParse = { kind: "empty" };
/** 1970-01-01 as an Excel serial (1900 system). */
const SERIAL_1970 = 25569;
const MAX_SERIAL = 2958465; // 9999-12-31

const ISO_RE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[t ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?)?$/;
const COMPACT_RE = /^(\d{4})(\d{2})(\d{2})$/;
/** "30/6 2024", "30/6/2024", "30.6.2024", "30-6-2024", "30.06.2024" (day first, as Swedes write). */
const DMY_RE = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*|\s+)(\d{4})$/;
/** "30 juni 2024", "30 jun. 2024" */
const DAY_MONTHNAME_RE = /^(\d{1,2})\s*\.?\s*([a-zåäö]+)\.?\s*(\d{4})$/;
/** "2024-06", "2024/6" */
const YEAR_MONTH_RE = /^(\d{4})\s*[-/.]\s*(\d{1,2})$/;
/** "juni 2024", "jun 2024" */
const MONTHNAME_YEAR_RE = /^([a-zåäö]+)\.?\s*(\d{4})$/;
const YEAR_RE = /^(\d{4})$/;

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True when y-m-d is a real calendar date (2024-02-30 is not). */
export function isValidYmd(y: number, m: number, d: number): boolean {
  return y >= 1900 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

export function ymdToIso(y: number, m: number, d: number): IsoDate {
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

/** "2024-06-30" → [2024, 6, 30]. */
export function isoParts(iso: IsoDate): [number, number, number] {
  return [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
}

/** Days since 1970-01-01 for a proleptic Gregorian date (H. Hinnant's days_from_civil). */
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Inverse of daysFromCivil. */
export function civilFromDays(z: number): [number, number, number] {
  const zz = z + 719468;
  const era = Math.floor(zz / 146097);
  const doe = zz - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  return [m <= 2 ? era * 400 + yoe + 1 : era * 400 + yoe, m, d];
}

/**
 * Excel serial (1900 date system) → ISO date. Excel counts 1900-01-01 as 1 and has a fake 1900-02-29 (serial 60),
 * so serials from 61 on are one day "late": serial 61 = 1900-03-01, 45473 = 2024-06-30. The time part is dropped.
 * Returns undefined for serial 60, below 1 or past 9999-12-31.
 */
export function serialToIso(serial: number): IsoDate | undefined {
  if (!Number.isFinite(serial)) return undefined;
  const whole = Math.floor(serial);
  if (whole < 1 || whole > MAX_SERIAL || whole === 60) return undefined;
  const days = whole > 60 ? whole - SERIAL_1970 : whole - SERIAL_1970 + 1;
  const [y, m, d] = civilFromDays(days);
  return ymdToIso(y, m, d);
}

/** ISO date → Excel serial (1900 system, with the fake leap day): "2024-06-30" → 45473. */
export function isoToSerial(iso: IsoDate): number {
  const [y, m, d] = isoParts(iso);
  const days = daysFromCivil(y, m, d);
  const serial = days + SERIAL_1970;
  return serial >= 61 ? serial : serial - 1;
}

/** Days from `a` to `b` (b − a): "2024-01-01" → "2024-01-31" is 30. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  const [y1, m1, d1] = isoParts(a);
  const [y2, m2, d2] = isoParts(b);
  return daysFromCivil(y2, m2, d2) - daysFromCivil(y1, m1, d1);
}

/** Add days to an ISO date. */
export function addDays(iso: IsoDate, n: number): IsoDate {
  const [y, m, d] = isoParts(iso);
  const [yy, mm, dd] = civilFromDays(daysFromCivil(y, m, d) + n);
  return ymdToIso(yy, mm, dd);
}

/** Add calendar months, clamping the day to the month's end: addMonths("2024-01-31", 1) = "2024-02-29". */
export function addMonths(iso: IsoDate, n: number): IsoDate {
  const [y, m, d] = isoParts(iso);
  const idx = y * 12 + (m - 1) + n;
  const ny = Math.floor(idx / 12);
  const nm = idx - ny * 12 + 1;
  return ymdToIso(ny, nm, Math.min(d, daysInMonth(ny, nm)));
}

/** Month index difference, ignoring days: monthsBetween("2024-01-15", "2024-06-30") = 5. */
export function monthsBetween(a: IsoDate, b: IsoDate): number {
  const [y1, m1] = isoParts(a);
  const [y2, m2] = isoParts(b);
  return (y2 - y1) * 12 + (m2 - m1);
}

/** First day of the month of `iso`. */
export function monthStart(iso: IsoDate): IsoDate {
  return `${iso.slice(0, 7)}-01`;
}

/** Last day of the month of `iso`: "2024-02-10" → "2024-02-29". */
export function monthEnd(iso: IsoDate): IsoDate {
  const [y, m] = isoParts(iso);
  return ymdToIso(y, m, daysInMonth(y, m));
}

function fromYmd(y: number, m: number, d: number, text: string): DateParse {
  return isValidYmd(y, m, d) ? { kind: "date", value: ymdToIso(y, m, d) } : { kind: "error", reason: `"${text}" är inget giltigt datum` };
}

function fromYearMonth(y: number, m: number, text: string, opts?: DateOptions): DateParse {
  if (!isValidYmd(y, m, 1)) return { kind: "error", reason: `"${text}" är ingen giltig månad` };
  return { kind: "date", value: ymdToIso(y, m, opts?.monthEnd ? daysInMonth(y, m) : 1) };
}

/**
 * Reads a date: Excel serials (1900 system), "2024-06-30" (also with a time part), "20240630", "30/6 2024",
 * "30.6.2024", "30 juni 2024", "2024-06" / "juni 2024" (first day of the month, or last with `monthEnd`),
 * "2024" or the number 2024 (1 January, or 31 December with `monthEnd`). Impossible dates such as 2024-02-30
 * are errors.
 */
export function parseSvDate(v: CellValue | undefined, opts?: DateOptions): DateParse {
  if (v === null || v === undefined) return EMPTY;
  if (typeof v === "number") return parseSerial(v, opts);
  if (typeof v === "boolean") return { kind: "error", reason: "ett sanningsvärde är inget datum" };
  const text = v.trim();
  if (text === "") return EMPTY;
  if (isExcelError(text)) return { kind: "error", reason: `Excel-felvärdet ${text.toUpperCase()}` };
  const s = text.toLowerCase();
  let m = ISO_RE.exec(s);
  if (m) return fromYmd(Number(m[1]), Number(m[2]), Number(m[3]), text);
  if ((m = COMPACT_RE.exec(s))) return fromYmd(Number(m[1]), Number(m[2]), Number(m[3]), text);
  if ((m = DMY_RE.exec(s))) return fromYmd(Number(m[3]), Number(m[2]), Number(m[1]), text);
  if ((m = YEAR_MONTH_RE.exec(s))) return fromYearMonth(Number(m[1]), Number(m[2]), text, opts);
  if ((m = DAY_MONTHNAME_RE.exec(s))) {
    const month = SV_MONTHS[m[2]];
    if (month) return fromYmd(Number(m[3]), month, Number(m[1]), text);
  } else if ((m = MONTHNAME_YEAR_RE.exec(s))) {
    const month = SV_MONTHS[m[1]];
    if (month) return fromYearMonth(Number(m[2]), month, text, opts);
  } else if ((m = YEAR_RE.exec(s))) {
    const y = Number(m[1]);
    if (y >= 1900) return { kind: "date", value: opts?.monthEnd ? ymdToIso(y, 12, 31) : ymdToIso(y, 1, 1) };
  }
  return { kind: "error", reason: `"${text}" är inget datum (skriv ÅÅÅÅ-MM-DD)` };
}

function parseSerial(n: number, opts?: DateOptions): DateParse {
  if (Number.isInteger(n) && n >= 1900 && n <= 2200) {
    // A year typed as a number (serials 1900–2200 would be dates in 1905–1906, never meant in these sheets).
    return { kind: "date", value: opts?.monthEnd ? ymdToIso(n, 12, 31) : ymdToIso(n, 1, 1) };
  }
  if (n >= 19000101 && n <= 99991231 && Number.isInteger(n)) {
    const text = String(n);
    return fromYmd(Number(text.slice(0, 4)), Number(text.slice(4, 6)), Number(text.slice(6, 8)), text);
  }
  const iso = serialToIso(n);
  if (iso === undefined) {
    const reason = Math.floor(n) === 60 ? "1900-02-29 finns inte (Excels påhittade skottdag)" : `talet ${n} är inget datum`;
    return { kind: "error", reason };
  }
  return { kind: "date", value: iso };
}
