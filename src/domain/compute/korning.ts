import type { IsoDate } from "../model";
import type { DriftsBelopp } from "./driftsredovisning-types";
import { enheterIAr, yearOf } from "./periodisering";

/**
 * The run-rate check beside a helårsprognos (issue 13): at a delår that starts 1 January, the prognos is compared
 * with two naive forecasts — utfall / månader × 12 and utfall + the rest of the year's budget. A prognos clearly
 * outside both (more than 10 % of the year's budget or run rate away) implies a step change in the rest of the
 * year, and is flagged so the ekonom can explain it. Uppsala 2024 H1: −1 239 and −2 100 tkr bracket the −1 530.
 */
/** Run-rate check beside the helårsprognos (formulas in the file comment). */
export interface Korning {
  /** Months of the year elapsed at the period end. */
  manader: number;
  /** utfall / månader × 12. */
  utfallTakt: number;
  /** utfall + (budget helår − budget för perioden). */
  utfallPlusRestbudget: number;
  /** True when the prognos implies a step change (lies clearly outside both run-rate figures). */
  stegforandring: boolean;
}

/** The run-rate check (file comment); undefined unless the window runs from 1 January to before year end. */
export function korning(b: DriftsBelopp, fran: IsoDate, till: IsoDate): Korning | undefined {
  const ar = yearOf(till);
  if (fran !== `${ar}-01-01`) return undefined;
  const m = enheterIAr(ar, [{ from: fran, to: till }], "manader");
  if (m <= 0 || m >= 12) return undefined;
  const utfallTakt = (b.utfall / m) * 12;
  const utfallPlusRestbudget = b.utfall + ((b.budgetHelar ?? 0) - (b.budget ?? 0));
  const p = b.prognosHelar ?? b.budgetHelar ?? 0;
  const lo = Math.min(utfallTakt, utfallPlusRestbudget);
  const hi = Math.max(utfallTakt, utfallPlusRestbudget);
  const avstand = p < lo ? lo - p : p > hi ? p - hi : 0;
  const tolerans = 0.1 * Math.max(Math.abs(b.budgetHelar ?? 0), Math.abs(utfallTakt));
  return { manader: m, utfallTakt, utfallPlusRestbudget, stegforandring: !b.prognosArBudget && avstand > tolerans && avstand >= 1 };
}
