/**
 * The pane's default period from the workbook itself (issue 14 pattern 10): a 2021 workbook opened in 2026 used
 * to open at 2026 and write four empty report sheets under a green "0 fel". Pure; the workbook's years and
 * utfall periods come from parseBase (FinsamServices.perioder).
 *
 * - Year: the Räkenskapsår of Inställningar, else the last year with utfall, else the last budget year, else the
 *   year of the last quarter that ended before today (defaultTill).
 * - Period: 1 January up to the end of the last month with utfall (non-zero) in that year, as the pane's choice
 *   for that end (periodValForTill: 03-31 → kvartal 1, 06-30 → halvår 1, 12-31 → helår, else own dates). No
 *   utfall in the year → the whole year (the chooser then shows the varning of utfallSaknasText).
 */
import type { IsoDate, ParsedWorkbook } from "../domain/model";
import { defaultTill, periodValForTill } from "./period";
import type { PeriodVal, RunPeriod } from "./types";

/** What the pane needs to know of a workbook's periods. */
export interface ArbetsbokPerioder {
  /** Räkenskapsår of the Inställningar sheet, when given. */
  rakenskapsar?: number;
  /** Periods of the utfall rows with an amount other than 0 (from–to, ISO). */
  utfall: { from: IsoDate; to: IsoDate }[];
  /** Years of the budget rows. */
  budgetAr: number[];
}

const yearOf = (iso: string) => Number(iso.slice(0, 4));
const pad = (n: number) => String(n).padStart(2, "0");

/** Last day of the month of `iso` ("2016-08-17" → "2016-08-31"). */
function monthEnd(iso: IsoDate): IsoDate {
  const y = yearOf(iso);
  const m = Number(iso.slice(5, 7));
  return `${y}-${pad(m)}-${pad(new Date(Date.UTC(y, m, 0)).getUTCDate())}`;
}

/** The periods of a parsed workbook (rows with utfall 0 are left out: a blank quarter written as 0 has no utfall). */
export function perioderAv(base: Pick<ParsedWorkbook, "utfall" | "budget" | "installningar">): ArbetsbokPerioder {
  const out: ArbetsbokPerioder = {
    utfall: base.utfall.filter((u) => u.utfall !== 0).map((u) => ({ from: u.period.from, to: u.period.to })),
    budgetAr: [...new Set(base.budget.map((b) => b.ar))].sort((a, b) => a - b),
  };
  if (base.installningar.rakenskapsar !== undefined) out.rakenskapsar = base.installningar.rakenskapsar;
  return out;
}

/** The year the workbook is about (see the file comment); undefined when it names none. */
function workbookYear(p: ArbetsbokPerioder): number | undefined {
  if (p.rakenskapsar !== undefined) return p.rakenskapsar;
  if (p.utfall.length > 0) return Math.max(...p.utfall.map((u) => yearOf(u.to)));
  if (p.budgetAr.length > 0) return Math.max(...p.budgetAr);
  return undefined;
}

/** The pane's first period for this workbook (see the file comment). */
export function defaultPeriod(p: ArbetsbokPerioder, today: IsoDate): PeriodVal {
  const year = workbookYear(p);
  if (year === undefined) return periodValForTill(defaultTill(today));
  const yearEnd = `${year}-12-31`;
  const ends = p.utfall.filter((u) => yearOf(u.from) <= year && yearOf(u.to) >= year).map((u) => (u.to > yearEnd ? yearEnd : u.to));
  if (ends.length === 0) return { typ: "helar", ar: year };
  return periodValForTill(monthEnd(ends.reduce((a, b) => (b > a ? b : a))));
}

/** The years the chooser offers: every year from the workbook's first to its last; without any, today's year −4 … +1. */
export function workbookYears(p: ArbetsbokPerioder, today: IsoDate): number[] {
  const years = [
    ...p.utfall.flatMap((u) => [yearOf(u.from), yearOf(u.to)]),
    ...p.budgetAr,
    ...(p.rakenskapsar !== undefined ? [p.rakenskapsar] : []),
  ];
  const [lo, hi] = years.length > 0 ? [Math.min(...years), Math.max(...years)] : [yearOf(today) - 4, yearOf(today) + 1];
  return Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
}

/**
 * The varning under the period chooser when the chosen period has no utfall although the workbook has some
 * (the pane's form of UTFALL_SAKNAS_I_PERIODEN); null when it has utfall, or the workbook has none at all.
 */
export function utfallSaknasText(p: ArbetsbokPerioder, range: RunPeriod): string | null {
  if (p.utfall.length === 0) return null;
  if (p.utfall.some((u) => u.from <= range.till && u.to >= range.fran)) return null;
  const years = [...new Set(p.utfall.flatMap((u) => [yearOf(u.from), yearOf(u.to)]))].sort((a, b) => a - b);
  const span = years.length === 1 ? `${years[0]}` : `${years[0]}–${years[years.length - 1]}`;
  const last = p.utfall.reduce((a, u) => (u.to > a ? u.to : a), p.utfall[0].to);
  return `Arbetsboken har inget utfall för perioden ${range.fran}–${range.till}, så rapporterna blir tomma. Utfallet gäller ${span}, senast till ${last}.`;
}
