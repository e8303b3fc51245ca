import type { CellValue } from "../model/raw";
import type { Period } from "../model/records";
import { parsePeriod, periodLabel } from "../text/period";
import { daysInMonth, SV_MONTHS, ymdToIso } from "../text/sv-date";
import { unitInText } from "../text/units";
import type { Measure } from "../model/mapping";
import { measureWord } from "../template/vocabulary";

/**
 * Reads an amount column's header text — one row or two rows joined — into what the column holds:
 * "Utfall TSEK" → utfall (×1000); "Q3 - Q4 2021 / Budget TSEK" → budget for 2021-07-01–2021-12-31;
 * "Budget 2024" / "Prel 2025" → whole-year budget; "Prognos 2024" → prognos; "Utfall 2024-06-30" → utfall
 * 2024-01-01–2024-06-30 (accumulated to the date); "Aktuell budget jan-aug" → budget for January–August of
 * the sheet's year; "ack 2021" → from 1 January to the latest period end of the sheet (resolved by the caller).
 */
export interface ColumnHeaderInfo {
  measure?: Measure;
  period?: Period;
  year?: number;
  /** "ack ÅÅÅÅ": accumulated from 1 January of this year to the sheet's latest period end. */
  ackYear?: number;
  /** Unit factor named in the text. */
  factor?: number;
  /** True when the text held a period, a date or a year (a period row of a two-row header). */
  hasPeriod: boolean;
}

const MONTH =
  "(jan(?:uari)?|feb(?:ruari)?|mars?|apr(?:il)?|maj|jun(?:i)?|jul(?:i)?|aug(?:usti)?|sep(?:t(?:ember)?)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const ISO_DATE_RE = /(\d{4})-(\d{2})-(\d{2})/;
const PART = "(?:q|kv|kvartal|h|halvår|halvar|t|tertial)\\s*\\.?\\s*[1-4]";
const PART_RANGE_RE = new RegExp(`(?:\\d{4}\\s*[-/ ]?\\s*)?${PART}(?:\\s*(?:-|till)\\s*${PART})?(?:\\s*[-/ ]?\\s*\\d{4})?`, "i");
const MONTH_RANGE_RE = new RegExp(`\\b${MONTH}(?:\\s*(?:-|till)\\s*${MONTH})?(?:\\s+(\\d{4}))?(?![a-zåäö])`, "i");
const YEAR_MONTH_RE = /\b(\d{4})-(\d{2})\b(?!-)/;
const ACK_RE = /\back(?:umulerat|\.)?\s*(?:t\.?o\.?m\.?\s*)?(\d{4})?/i;
const YEAR_RE = /\b(19\d{2}|20\d{2}|21\d{2})\b/;
const DASH_RE = /[\u2212\u2013\u2014\u2012]/g;
/** Two dates, ISO or ÅÅÅÅMMDD, joined by a dash, "till", "t.o.m." or "to": "2024-01-01 - 2024-06-30", "20240101-20240630". */
const DATE = "(\\d{4})-?(\\d{2})-?(\\d{2})";
/** Swedish day/month pairs with the year after them or in the title: "1/1–30/6 2024", "1/1 - 31/8". */
const DAY_MONTH_RANGE_RE =
  /(?<![\d/])(\d{1,2})\/(\d{1,2})\s*(?:-{1,2}|till|t\.?\s*o\.?\s*m\.?)\s*(\d{1,2})\/(\d{1,2})(?![\d/])(?:\s*(\d{4}))?/i;
/** One day/month after "per", "t.o.m." or "till" — the year to that day: "Utfall per 30/6", "Utfall t.o.m. 31/8 2016". */
const PER_DAY_MONTH_RE = /(?:^|\s)(?:per|t\.?\s*o\.?\s*m\.?|till)\s*(\d{1,2})\/(\d{1,2})(?![\d/])(?:\s*(\d{4}))?/i;
const DATE_RANGE_RE = new RegExp(`(?<!\\d)${DATE}\\s*(?:-{1,2}|till|t\\.?\\s*o\\.?\\s*m\\.?|to)\\s*${DATE}(?!\\d)`, "i");

function wholeYear(p: Period): number | undefined {
  const y = Number(p.from.slice(0, 4));
  return p.from === `${y}-01-01` && p.to === `${y}-12-31` ? y : undefined;
}

/** "ÅÅÅÅ-MM-DD" for a real calendar date, else undefined. */
function validIso(y: number, m: number, d: number): string | undefined {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m) ? ymdToIso(y, m, d) : undefined;
}

function ytd(y: number, m: number, d: number): Period {
  const from = ymdToIso(y, 1, 1);
  const to = ymdToIso(y, m, d);
  return { from, to, label: periodLabel(from, to) };
}

/** True when a matched token is a word of its own ("halvår 1", not the "t 2" of "budget 2024"). */
function standsAlone(s: string, m: RegExpExecArray): boolean {
  const before = s[m.index - 1];
  const after = s[m.index + m[0].length];
  return (before === undefined || !/[a-zåäö0-9]/.test(before)) && (after === undefined || !/[a-zåäö0-9]/.test(after));
}

/** Parses a header text; `yearHint` (the sheet's year) completes "jan-aug" and "Prognos helår". */
export function parseColumnHeader(text: CellValue | undefined, yearHint?: number): ColumnHeaderInfo {
  const raw = typeof text === "string" ? text : text === null || text === undefined ? "" : String(text);
  const info: ColumnHeaderInfo = { hasPeriod: false };
  if (typeof text === "number" && Number.isInteger(text) && text >= 1900 && text <= 2200) {
    info.year = text;
    info.hasPeriod = true;
    return info;
  }
  const factor = unitInText(raw);
  if (factor !== undefined) info.factor = factor;
  let s = raw.toLowerCase().replace(DASH_RE, "-").replace(/\s+/g, " ").trim();
  let m: RegExpExecArray | null;
  const cut = (match: RegExpExecArray) => {
    s = (s.slice(0, match.index) + " " + s.slice(match.index + match[0].length)).trim();
  };
  if ((m = ACK_RE.exec(s))) {
    const y = m[1] ? Number(m[1]) : undefined;
    const rest = s.slice(m.index + m[0].length);
    const date = ISO_DATE_RE.exec(rest);
    if (date) {
      info.period = ytd(Number(date[1]), Number(date[2]), Number(date[3]));
    } else {
      const ay = y ?? (YEAR_RE.exec(s) ? Number(YEAR_RE.exec(s)![1]) : yearHint);
      if (ay !== undefined) info.ackYear = ay;
    }
    info.hasPeriod = true;
    cut(m);
    s = s.replace(ISO_DATE_RE, " ").replace(YEAR_RE, " ").trim();
  }
  if (!info.hasPeriod && (m = DATE_RANGE_RE.exec(s))) {
    const from = validIso(Number(m[1]), Number(m[2]), Number(m[3]));
    const to = validIso(Number(m[4]), Number(m[5]), Number(m[6]));
    if (from && to && from <= to) {
      info.period = { from, to, label: periodLabel(from, to) };
      info.hasPeriod = true;
      cut(m);
    }
  }
  if (!info.hasPeriod && (m = DAY_MONTH_RANGE_RE.exec(s))) {
    const dm = m;
    const y = dm[5] ? Number(dm[5]) : YEAR_RE.exec(s.replace(dm[0], " ")) ? Number(YEAR_RE.exec(s.replace(dm[0], " "))![1]) : yearHint;
    const from = y === undefined ? undefined : validIso(y, Number(dm[2]), Number(dm[1]));
    const to = y === undefined ? undefined : validIso(y, Number(dm[4]), Number(dm[3]));
    if (from && to && from <= to) {
      info.period = { from, to, label: periodLabel(from, to) };
      info.hasPeriod = true;
      cut(dm);
      s = s.replace(YEAR_RE, " ").trim();
    }
  }
  if (!info.hasPeriod && (m = PER_DAY_MONTH_RE.exec(s))) {
    const dm = m;
    const rest = s.replace(dm[0], " ");
    const y = dm[3] ? Number(dm[3]) : YEAR_RE.exec(rest) ? Number(YEAR_RE.exec(rest)![1]) : yearHint;
    const to = y === undefined ? undefined : validIso(y, Number(dm[2]), Number(dm[1]));
    if (y !== undefined && to) {
      info.period = ytd(y, Number(dm[2]), Number(dm[1]));
      info.hasPeriod = true;
      cut(dm);
      s = s.replace(YEAR_RE, " ").trim();
    }
  }
  if (!info.hasPeriod && (m = ISO_DATE_RE.exec(s))) {
    info.period = ytd(Number(m[1]), Number(m[2]), Number(m[3]));
    info.hasPeriod = true;
    cut(m);
  }
  if (!info.hasPeriod && (m = PART_RANGE_RE.exec(s)) && (/\d{4}/.test(m[0]) || (yearHint !== undefined && standsAlone(s, m)))) {
    // "Halvår 1" without a year (merged over Budget/Utfall, the year in the title): the sheet's year.
    const p = parsePeriod(/\d{4}/.test(m[0]) ? m[0].trim() : `${m[0].trim()} ${yearHint}`);
    if (p.kind === "period") {
      info.period = p.value;
      info.hasPeriod = true;
      cut(m);
    }
  }
  if (!info.hasPeriod && (m = YEAR_MONTH_RE.exec(s))) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    if (mo >= 1 && mo <= 12) {
      const from = ymdToIso(y, mo, 1);
      const to = ymdToIso(y, mo, daysInMonth(y, mo));
      info.period = { from, to, label: periodLabel(from, to) };
      info.hasPeriod = true;
      cut(m);
    }
  }
  if (!info.hasPeriod && (m = MONTH_RANGE_RE.exec(s))) {
    const y = m[3] ? Number(m[3]) : YEAR_RE.exec(s) ? Number(YEAR_RE.exec(s)![1]) : yearHint;
    const a = SV_MONTHS[m[1].replace(".", "")];
    const b = m[2] ? SV_MONTHS[m[2].replace(".", "")] : a;
    if (a && b && a <= b) {
      info.hasPeriod = true;
      if (y !== undefined) {
        const from = ymdToIso(y, a, 1);
        const to = ymdToIso(y, b, daysInMonth(y, b));
        info.period = { from, to, label: periodLabel(from, to) };
      }
      cut(m);
      s = s.replace(YEAR_RE, " ").trim();
    }
  }
  if (!info.hasPeriod && (m = YEAR_RE.exec(s))) {
    info.year = Number(m[1]);
    info.hasPeriod = true;
    cut(m);
  }
  if (info.period) {
    const y = wholeYear(info.period);
    if (y !== undefined) info.year = y;
  }
  const measure = measureWord(s);
  if (measure) info.measure = measure;
  if (!info.hasPeriod && /\bhel(å|a)r\b/.test(s) && yearHint !== undefined) {
    // "Helår" over Budget/Utfall beside "Halvår 1 | Halvår 2": the sheet's year, and a period cell of the header.
    info.year = yearHint;
    info.hasPeriod = true;
  }
  return withinYears(info);
}

/** Years a mapping can hold (detect/schema.ts): a header like "9999-12-31" or "1899" is not a period. */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2200;
const plausible = (y: number | undefined) => y === undefined || (y >= FIRST_YEAR && y <= LAST_YEAR);

function withinYears(info: ColumnHeaderInfo): ColumnHeaderInfo {
  const periodYears = info.period ? [Number(info.period.from.slice(0, 4)), Number(info.period.to.slice(0, 4))] : [];
  if (plausible(info.year) && plausible(info.ackYear) && periodYears.every((y) => plausible(y))) return info;
  const { measure, factor } = info;
  const out: ColumnHeaderInfo = { hasPeriod: false };
  if (measure) out.measure = measure;
  if (factor !== undefined) out.factor = factor;
  return out;
}

/** The most frequent year 1990–2100 written in the given texts (titles, headers); undefined when none. */
export function yearHintOf(texts: readonly CellValue[]): number | undefined {
  const count = new Map<number, number>();
  // A number is a year only among numbers that are all years (a header row "2024 | 2025"), never an amount
  // that happens to lie in 1990–2100 (Ung Framtid's utfall 1 993 tkr).
  const isYear = (t: CellValue) => typeof t === "number" && Number.isInteger(t) && t >= 1990 && t <= 2100;
  const allYears = texts.filter((t) => typeof t === "number").every(isYear);
  for (const t of texts) {
    if (allYears && isYear(t)) count.set(t as number, (count.get(t as number) ?? 0) + 1);
    if (typeof t !== "string") continue;
    for (const m of t.matchAll(/\b(19[9]\d|20\d{2})\b/g)) {
      const y = Number(m[1]);
      count.set(y, (count.get(y) ?? 0) + 1);
    }
  }
  let best: number | undefined;
  let bestCount = 0;
  for (const [y, c] of count) {
    if (c > bestCount || (c === bestCount && best !== undefined && y > best)) {
      best = y;
      bestCount = c;
    }
  }
  return best;
}
