import type { CellValue } from "../model/raw";
import type { Period } from "../model/records";
import { parsePeriod, periodLabel } from "../text/period";
import { daysInMonth, isValidYmd, parseSvDate, ymdToIso } from "../text/sv-date";

/**
 * The period of one row of an ekonomisystem export (issue 14 pattern 5), always the whole month:
 * - `ÅÅÅÅMM` as a number or text (201601 → 2016-01; Raindance, Agresso "Period") — never an Excel date serial,
 *   which would put 201601 in the year 2451;
 * - `ÅÅÅÅMMDD` (20160115 → 2016-01; Visma's verifikationsdatum);
 * - a real date (a date cell, "2016-01-28", "28/1 2016") → its month;
 * - a period number 1–12 (13 = bokslut, December) with the year of the row's År column or the sheet's title;
 * - every period parsePeriod reads ("2016-01", "2016-Q1", "jan 2016" …) as written.
 * Undefined for an empty cell, null for a value that is no period.
 */
export function exportPeriod(v: CellValue | undefined, year?: number): Period | undefined | null {
  if (v === null || v === undefined || (typeof v === "string" && v.trim() === "")) return undefined;
  if (typeof v === "boolean") return null;
  const digits = typeof v === "number" ? (Number.isInteger(v) ? String(v) : "") : v.trim().replace(/\s+/g, "");
  // A period number 1–12 (13 = bokslutsperioden, booked in December) of the year in an År column or the title.
  if (/^\d{1,2}$/.test(digits)) {
    const n = Number(digits);
    return year !== undefined && n >= 1 && n <= 13 ? month(year, Math.min(n, 12)) : null;
  }
  // Small integers are no dates (an Excel serial below 10 000 is before 1928).
  if (typeof v === "number" && Number.isInteger(v) && v < 10_000 && (v < 1900 || v > 2200)) return null;
  const ym = /^(\d{4})(\d{2})$/.exec(digits);
  if (ym) return month(Number(ym[1]), Number(ym[2]));
  const ymd = /^(\d{4})(\d{2})(\d{2})$/.exec(digits);
  if (ymd) return isValidYmd(Number(ymd[1]), Number(ymd[2]), Number(ymd[3])) ? month(Number(ymd[1]), Number(ymd[2])) : null;
  const p = parsePeriod(v);
  if (p.kind === "period") return p.value;
  if (typeof v === "string") {
    const d = parseSvDate(v);
    if (d.kind === "date") return month(Number(d.value.slice(0, 4)), Number(d.value.slice(5, 7)));
  }
  return null;
}

function month(y: number, m: number): Period | null {
  if (y < 1900 || y > 2200 || m < 1 || m > 12) return null;
  const from = ymdToIso(y, m, 1);
  const to = ymdToIso(y, m, daysInMonth(y, m));
  return { from, to, label: periodLabel(from, to) };
}
