import type { IsoDate } from "../domain/model";

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
