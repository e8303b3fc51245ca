import { kronor } from "../../ledger/types";
import type { BokslutRad } from "../../ledger/kontoplan";
import { rad, type LedgerSaldon } from "./saldon";
import type { BokslutResultatrakning } from "./resultatrakning";

/**
 * Balansräkning from the ledger (domain.md §3.7), kronor: tillgångar = UB (debet +); eget kapital, avsättningar and
 * skulder = −UB (kredit shown positive). Columns: UB at the period end and UB at the start of the räkenskapsår (= IB).
 * Eget kapital = reservfond + balanserat resultat (the 20-konton as booked) + årets resultat (from the resultaträkning,
 * not yet booked to eget kapital in the ledger; when the year is closed — 8999 Årets resultat against 2099 — the booked
 * result is taken out of balanserat resultat, so it is counted once). Summa tillgångar = Σ tillgångar; summa eget kapital och skulder.
 * Reproduces Uppsala 2024-06-30: summa 18 692 021, EK 6 739 931, skulder 11 952 090; Skellefteå 2014: fordringar
 * 500 922, kassa 2 995 994, summa 3 496 916, EK 2 192 261, skulder 1 304 655.
 */

export interface BrBelopp {
  ub: number;
  /** UB at the start of the räkenskapsår (IB). */
  ib: number;
}

export interface BokslutBalansrakning {
  anlaggningstillgangar: BrBelopp;
  fordringar: BrBelopp;
  kortfristigaPlaceringar: BrBelopp;
  kassaBank: BrBelopp;
  summaOmsattningstillgangar: BrBelopp;
  summaTillgangar: BrBelopp;
  reservfond: BrBelopp;
  balanseratResultat: BrBelopp;
  aretsResultat: BrBelopp;
  summaEgetKapital: BrBelopp;
  avsattningar: BrBelopp;
  langfristigaSkulder: BrBelopp;
  kortfristigaSkulder: BrBelopp;
  summaSkulder: BrBelopp;
  summaEgetKapitalOchSkulder: BrBelopp;
}

/** Σ in whole öre, so sums carry no binary floating-point noise into the cells. */
const ore = (xs: number[]): number => xs.reduce((t, x) => t + Math.round(x * 100), 0) / 100;
const plus = (...b: BrBelopp[]): BrBelopp => ({ ub: ore(b.map((x) => x.ub)), ib: ore(b.map((x) => x.ib)) });

export function computeBokslutBalansrakning(s: LedgerSaldon, rr: BokslutResultatrakning): BokslutBalansrakning {
  const aktiv = (r: BokslutRad): BrBelopp => ({ ub: kronor(rad(s, r).ub), ib: kronor(rad(s, r).ib) });
  const passiv = (r: BokslutRad): BrBelopp => ({ ub: -kronor(rad(s, r).ub), ib: -kronor(rad(s, r).ib) });
  const anlaggningstillgangar = aktiv("anlaggningstillgangar");
  const fordringar = aktiv("fordringar");
  const kortfristigaPlaceringar = aktiv("kortfristigaPlaceringar");
  const kassaBank = aktiv("kassaBank");
  const summaOmsattningstillgangar = plus(fordringar, kortfristigaPlaceringar, kassaBank);
  const summaTillgangar = plus(anlaggningstillgangar, summaOmsattningstillgangar);
  const reservfond = passiv("reservfond");
  // A closed year has its result booked (8999 → 2099): take it out so årets resultat is not counted twice.
  const bokfortResultat = kronor(rad(s, "resultatdisposition").res);
  const eget = passiv("egetKapital");
  const balanseratResultat: BrBelopp = { ub: ore([eget.ub, -bokfortResultat]), ib: eget.ib };
  const aretsResultat: BrBelopp = { ub: rr.aretsResultat.period, ib: 0 };
  const summaEgetKapital = plus(reservfond, balanseratResultat, aretsResultat);
  const avsattningar = passiv("avsattningar");
  const langfristigaSkulder = passiv("langfristigaSkulder");
  const kortfristigaSkulder = passiv("kortfristigaSkulder");
  const summaSkulder = plus(langfristigaSkulder, kortfristigaSkulder);
  return {
    anlaggningstillgangar,
    fordringar,
    kortfristigaPlaceringar,
    kassaBank,
    summaOmsattningstillgangar,
    summaTillgangar,
    reservfond,
    balanseratResultat,
    aretsResultat,
    summaEgetKapital,
    avsattningar,
    langfristigaSkulder,
    kortfristigaSkulder,
    summaSkulder,
    summaEgetKapitalOchSkulder: plus(summaEgetKapital, avsattningar, summaSkulder),
  };
}
