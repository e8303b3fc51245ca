import { kronor } from "../../ledger/types";
import { rad, type LedgerSaldon } from "./saldon";

/**
 * Resultaträkning from the ledger (LKBR order for a förbund without skatteintäkter, domain.md §3.7), kronor,
 * intäkter positive and kostnader negative (= −RES): verksamhetens intäkter, verksamhetens kostnader, avskrivningar,
 * verksamhetens resultat = Σ of the three; finansiella intäkter, finansiella kostnader; resultat efter finansiella
 * poster = verksamhetens resultat + finansnetto; årets (in a delår: periodens) resultat = resultat efter finansiella poster.
 * Columns: the period, föregående år (when the ledger has it) and budget (#PBUDGET, when the ledger has it).
 * Reproduces Uppsala 2024-06-30: 12 093 929 / −12 937 142 / −843 213 / 227 517 / −4 137 / −619 833, and
 * Skellefteå 2014: 6 139 306 / −7 724 247 / −1 584 941 / 17 943 / −1 566 998.
 */

export interface BokslutBelopp {
  period: number;
  /** Same period (or helår) last year; undefined when the ledger has no föregående-år figures. */
  foregaende?: number;
  /** Budget for the period (#PBUDGET months); undefined when the ledger has no budget. */
  budget?: number;
}

export interface BokslutResultatrakning {
  intakter: BokslutBelopp;
  kostnader: BokslutBelopp;
  avskrivningar: BokslutBelopp;
  verksamhetensResultat: BokslutBelopp;
  finansiellaIntakter: BokslutBelopp;
  finansiellaKostnader: BokslutBelopp;
  resultatEfterFinansiellaPoster: BokslutBelopp;
  aretsResultat: BokslutBelopp;
  /** "Årets resultat" or "Periodens resultat" (delår). */
  resultatRubrik: string;
}

const sum = (...b: BokslutBelopp[]): BokslutBelopp => {
  const fg = b.every((x) => x.foregaende === undefined) ? undefined : b.reduce((s, x) => s + (x.foregaende ?? 0), 0);
  const bu = b.every((x) => x.budget === undefined) ? undefined : b.reduce((s, x) => s + (x.budget ?? 0), 0);
  return {
    period: b.reduce((s, x) => s + x.period, 0),
    ...(fg !== undefined ? { foregaende: fg } : {}),
    ...(bu !== undefined ? { budget: bu } : {}),
  };
};

export function computeBokslutResultatrakning(s: LedgerSaldon): BokslutResultatrakning {
  const hasFg = [...s.rader.values()].some((r) => r.resFg !== undefined);
  const hasBudget = [...s.rader.values()].some((r) => r.budget !== undefined);
  const line = (r: Parameters<typeof rad>[1]): BokslutBelopp => {
    const x = rad(s, r);
    return {
      period: -kronor(x.res),
      ...(hasFg ? { foregaende: -kronor(x.resFg ?? 0) } : {}),
      ...(hasBudget ? { budget: -kronor(x.budget ?? 0) } : {}),
    };
  };
  const intakter = line("intakter");
  const kostnader = line("kostnader");
  const avskrivningar = line("avskrivningar");
  const verksamhetensResultat = sum(intakter, kostnader, avskrivningar);
  const finansiellaIntakter = line("finansiellaIntakter");
  const finansiellaKostnader = line("finansiellaKostnader");
  const resultatEfterFinansiellaPoster = sum(verksamhetensResultat, finansiellaIntakter, finansiellaKostnader);
  return {
    intakter,
    kostnader,
    avskrivningar,
    verksamhetensResultat,
    finansiellaIntakter,
    finansiellaKostnader,
    resultatEfterFinansiellaPoster,
    aretsResultat: resultatEfterFinansiellaPoster,
    resultatRubrik: s.delar ? "Periodens resultat" : "Årets resultat",
  };
}
