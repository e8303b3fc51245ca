/**
 * Eget kapital at the period end (domain.md §3.2):
 *
 *   eget kapital              = ackumulerat överskott + reservfond + årets resultat t.o.m. periodens slut
 *   eget kapital utan reservfond = ackumulerat överskott + årets resultat t.o.m. periodens slut
 *
 * "Ackumulerat överskott" is read as Inställningar gives it for the beslutsutrymme (§3.5): the
 * balanserat resultat from earlier years WITHOUT the bunden reservfond (Uppsala's "Över-/underskott från
 * tidigare år" 6 360 tkr). This is the only reading that reproduces the published Uppsala figures:
 * 6 360 + 1 000 (reservfond) − 620 (resultat H1) = 6 740 tkr = 28,9 % of 23 322, and without the
 * reservfond 5 740 tkr = 24,6 %. (Reading 6 360 as already including the reservfond gives 5 740 tkr,
 * which is the published figure WITHOUT the reservfond, not the published 6 740.)
 */
export interface EgetKapital {
  /** Ackumulerat överskott at the start of the year, reservfond excluded, kronor. */
  ackumuleratOverskott: number;
  /** Bunden reservfond, kronor (0 when the förbund has none). */
  reservfond: number;
  /** Årets resultat from 1 January to the period end, kronor. */
  aretsResultat: number;
  /** ackumuleratOverskott + reservfond + aretsResultat. */
  egetKapital: number;
  /** ackumuleratOverskott + aretsResultat. */
  egetKapitalUtanReservfond: number;
}

/** Eget kapital with and without the reservfond (formula in the file comment). */
export function egetKapitalVidPeriodslut(input: { ackumuleratOverskott: number; reservfond?: number; aretsResultat: number }): EgetKapital {
  const reservfond = input.reservfond ?? 0;
  const egetKapitalUtanReservfond = input.ackumuleratOverskott + input.aretsResultat;
  return {
    ackumuleratOverskott: input.ackumuleratOverskott,
    reservfond,
    aretsResultat: input.aretsResultat,
    egetKapital: egetKapitalUtanReservfond + reservfond,
    egetKapitalUtanReservfond,
  };
}
