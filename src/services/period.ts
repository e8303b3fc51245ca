import type { IsoDate } from "../domain/model";
import type { PeriodVal, RunPeriod } from "./types";

/** Pure date helpers for the task pane's period fields (no Date arithmetic across time zones). */

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** True for a real calendar date written "ÅÅÅÅ-MM-DD" (2024-02-30 is not). */
export function isIsoDate(s: string): boolean {
  const m = ISO.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/** Local calendar date of `now` as ISO: the date the user sees on their clock. */
export function isoFromLocalDate(now: Date): IsoDate {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Default "från": 1 January of the period end's year ("2024-06-30" → "2024-01-01"). */
export function franForTill(till: IsoDate): IsoDate {
  return `${till.slice(0, 4)}-01-01`;
}

/**
 * Default period end: the last day of the last quarter that ended before `today`
 * ("2024-11-24" → "2024-09-30"; "2024-02-10" → "2023-12-31").
 */
export function defaultTill(today: IsoDate): IsoDate {
  const y = Number(today.slice(0, 4));
  const m = Number(today.slice(5, 7));
  const quarterEndMonth = Math.floor((m - 1) / 3) * 3; // 0 means December of the year before
  if (quarterEndMonth === 0) return `${y - 1}-12-31`;
  return `${y}-${pad(quarterEndMonth)}-${pad(daysInMonth(y, quarterEndMonth))}`;
}

/** Swedish reason why a period cannot be used, or null when it is fine. */
export function periodProblem(fran: string, till: string): string | null {
  if (!isIsoDate(till)) return "Ange periodens slutdatum som ÅÅÅÅ-MM-DD.";
  if (!isIsoDate(fran)) return "Ange periodens startdatum som ÅÅÅÅ-MM-DD.";
  if (fran > till) return "Startdatum ligger efter slutdatum.";
  return null;
}

/** Last day of `month` (1–12) of `year` as ISO. */
function monthEnd(year: number, month: number): IsoDate {
  return `${year}-${pad(month)}-${pad(daysInMonth(year, month))}`;
}

/**
 * The dates of a period choice: kvartal n = its three months (Q2 2024 → 2024-04-01 – 2024-06-30),
 * halvår 1 = januari–juni, halvår 2 = juli–december, helår = the calendar year, datum = as written.
 */
export function periodRange(val: PeriodVal): RunPeriod {
  switch (val.typ) {
    case "kvartal":
      return { fran: `${val.ar}-${pad(val.nr * 3 - 2)}-01`, till: monthEnd(val.ar, val.nr * 3) };
    case "halvar":
      return { fran: `${val.ar}-${val.nr === 1 ? "01" : "07"}-01`, till: monthEnd(val.ar, val.nr === 1 ? 6 : 12) };
    case "helar":
      return { fran: `${val.ar}-01-01`, till: `${val.ar}-12-31` };
    case "datum":
      return { fran: val.fran, till: val.till };
  }
}

/**
 * The period choice for a period end, from 1 January: 03-31 → kvartal 1, 06-30 → halvår 1,
 * 12-31 → helår, any other date → datum from 1 January ("2024-09-30" → 2024-01-01 – 2024-09-30).
 */
export function periodValForTill(till: IsoDate): PeriodVal {
  const ar = Number(till.slice(0, 4));
  const md = till.slice(5);
  if (md === "03-31") return { typ: "kvartal", ar, nr: 1 };
  if (md === "06-30") return { typ: "halvar", ar, nr: 1 };
  if (md === "12-31") return { typ: "helar", ar };
  return { typ: "datum", fran: franForTill(till), till };
}

/** The same choice type moved to another year (datum keeps its dates). */
export function withYear(val: PeriodVal, ar: number): PeriodVal {
  return val.typ === "datum" ? val : { ...val, ar };
}

/**
 * A choice of another type with the year (and, where it makes sense, the part of the year) kept:
 * kvartal 2 → halvår 1, halvår 2 → kvartal 4, anything → datum with its current dates.
 */
export function withTyp(val: PeriodVal, typ: PeriodVal["typ"]): PeriodVal {
  const range = periodRange(val);
  if (typ === "datum") return { typ, ...range };
  const ar = Number(range.till.slice(0, 4)) || new Date().getFullYear();
  const month = Number(range.till.slice(5, 7)) || 12;
  if (typ === "helar") return { typ, ar };
  if (typ === "halvar") return { typ, ar, nr: month <= 6 ? 1 : 2 };
  return { typ, ar, nr: Math.min(4, Math.max(1, Math.ceil(month / 3))) as 1 | 2 | 3 | 4 };
}
