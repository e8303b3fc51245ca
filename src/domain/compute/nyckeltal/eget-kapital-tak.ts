import { issue } from "../../issues";
import type { CellRef, IsoDate } from "../../model";
import type { Issue } from "../../issues";
import { egetKapitalAndel } from "./eget-kapital-andel";
import type { EgetKapital } from "./eget-kapital";
import { formatPercent, formatSv } from "../../text/format";

/**
 * Eget kapital jämfört med ett tak (domain.md §3.2):
 *
 *   tak (kronor)            = takAndel × årets medlemsbidrag          (default takAndel 20 %)
 *   andel med reservfond    = eget kapital / årets medlemsbidrag
 *   andel utan reservfond   = (eget kapital − reservfond) / årets medlemsbidrag
 *   över taket              = jämförd andel > takAndel, where the jämförd andel is the one with the
 *                             bunden reservfond (default) or without it (setting "Tak eget kapital inkl.
 *                             reservfond: Nej")
 *
 * Reproduces Uppsala 2024-06-30: eget kapital 6 360 + 1 000 − 620 = 6 740 tkr; 6 740 / 23 322 = 28,9 %;
 * without the reservfond 5 740 / 23 322 = 24,6 %; tak 20 % = 4 664 tkr → över taket (EGET_KAPITAL_OVER_TAK).
 * Mölndal 2016-08-31: 2 846 / 16 692 = 17,1 % → inom taket.
 */

export const EGET_KAPITAL_OVER_TAK = "EGET_KAPITAL_OVER_TAK";

export interface EgetKapitalTak {
  /** Ceiling as a fraction of the year's medlemsbidrag (0,2 = 20 %). */
  andel: number;
  /** True: compare eget kapital including the bunden reservfond; false: without it. */
  inklReservfond: boolean;
}

export const STANDARD_TAK: EgetKapitalTak = { andel: 0.2, inklReservfond: true };

export interface EgetKapitalMotTak {
  till: IsoDate;
  ek: EgetKapital;
  medlemsbidrag: number;
  tak: EgetKapitalTak;
  /** takAndel × medlemsbidrag, kronor. */
  takBelopp: number;
  andelMedReservfond?: number;
  andelUtanReservfond?: number;
  /** The andel compared with the tak (with or without the reservfond as configured). */
  jamfordAndel?: number;
  overTak: boolean;
}

/** Compares eget kapital with the tak (formulas in the file comment). */
export function egetKapitalMotTak(
  ek: EgetKapital,
  medlemsbidrag: number,
  till: IsoDate,
  tak: EgetKapitalTak = STANDARD_TAK,
): EgetKapitalMotTak {
  const andelMedReservfond = egetKapitalAndel(ek.egetKapital, medlemsbidrag);
  const andelUtanReservfond = egetKapitalAndel(ek.egetKapitalUtanReservfond, medlemsbidrag);
  const jamfordAndel = tak.inklReservfond ? andelMedReservfond : andelUtanReservfond;
  return {
    till,
    ek,
    medlemsbidrag,
    tak,
    takBelopp: tak.andel * medlemsbidrag,
    andelMedReservfond,
    andelUtanReservfond,
    jamfordAndel,
    overTak: jamfordAndel !== undefined && jamfordAndel > tak.andel,
  };
}

/** Kronor in whole thousands followed by `unit` (the report's unit label, "tkr"). */
const tkrText = (kronor: number, unit: string): string => `${formatSv(kronor / 1000)} ${unit}`;

/**
 * EGET_KAPITAL_OVER_TAK (varning) when eget kapital is above the tak, naming every figure; null otherwise.
 * `prognos`: the figure is the prognosticated year-end EK of a delår (the message says so).
 * `where` is the Ackumulerat överskott cell in Inställningar when known.
 */
export function egetKapitalOverTakIssue(r: EgetKapitalMotTak, unit: string, where?: CellRef, prognos = false): Issue | null {
  if (!r.overTak || r.jamfordAndel === undefined) return null;
  const med = r.andelMedReservfond === undefined ? "" : formatPercent(r.andelMedReservfond);
  const utan = r.andelUtanReservfond === undefined ? "" : formatPercent(r.andelUtanReservfond);
  const jamford = r.tak.inklReservfond ? "inklusive" : "exklusive";
  return issue(
    "varning",
    EGET_KAPITAL_OVER_TAK,
    where?.sheet ?? "",
    where?.cell ?? "",
    `${prognos ? `Eget kapital vid årets slut enligt prognosen (${r.till})` : `Eget kapital ${r.till}`} är ${tkrText(r.ek.egetKapital, unit)} = ${med} av årets medlemsbidrag ${tkrText(r.medlemsbidrag, unit)} ` +
      `(${tkrText(r.ek.egetKapitalUtanReservfond, unit)} = ${utan} utan reservfonden ${tkrText(r.ek.reservfond, unit)}). ` +
      `Det är över taket ${formatPercent(r.tak.andel)} (${tkrText(r.takBelopp, unit)}, jämfört ${jamford} reservfond). ` +
      `Planera hur överskottet ska användas (se Beslutsutrymme) eller motivera det i förvaltningsberättelsen.`,
  );
}
