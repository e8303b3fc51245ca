import type { EgetKapitalTak } from "./eget-kapital-tak";

/**
 * Max överskott and lägsta förbrukning (domain.md §3.2):
 *
 *   max överskott      = tak × årets medlemsbidrag
 *   lägsta förbrukning = eget kapital vid årets början + årets intäkter − max överskott
 *   beslutat           = Σ budgeted kostnader of the year (budget helår, positive)
 *   att besluta        = lägsta förbrukning − beslutat (what must still be decided for new verksamheter to stay
 *                        under the tak; negative = the year's budget already uses more than the lowest förbrukning)
 *
 * Skellefteå 2015: 20 % × 6 104 = 1 220,8 tkr (the report truncates to 1 220); lägsta förbrukning 7 076 tkr, of which
 * 1 660 tkr still to be decided.
 */
export interface MaxOverskott {
  tak: EgetKapitalTak;
  medlemsbidrag: number;
  egetKapitalVidArsborjan: number;
  /** Årets intäkter, kronor (the prognos helår of the intäkter; their budget when no prognos is given). */
  aretsIntakter: number;
  maxOverskott: number;
  lagstaForbrukning: number;
  beslutat: number;
  attBesluta: number;
}

/** Computes max överskott and lägsta förbrukning (formulas in the file comment). */
export function maxOverskott(input: {
  tak: EgetKapitalTak;
  medlemsbidrag: number;
  egetKapitalVidArsborjan: number;
  aretsIntakter: number;
  beslutadeKostnader: number;
}): MaxOverskott {
  const max = input.tak.andel * input.medlemsbidrag;
  const lagsta = input.egetKapitalVidArsborjan + input.aretsIntakter - max;
  return {
    tak: input.tak,
    medlemsbidrag: input.medlemsbidrag,
    egetKapitalVidArsborjan: input.egetKapitalVidArsborjan,
    aretsIntakter: input.aretsIntakter,
    maxOverskott: max,
    lagstaForbrukning: lagsta,
    beslutat: input.beslutadeKostnader,
    attBesluta: lagsta - input.beslutadeKostnader,
  };
}
