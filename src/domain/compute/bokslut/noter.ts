import { isResultatRad, RAD_NAMN } from "../../ledger/kontoplan";
import { kronor } from "../../ledger/types";
import type { LedgerSaldon } from "./saldon";

/**
 * Noter (domain.md §3.7): per bokslut row and group (the Kontoplan's Not/Grupp, BAS group by default) the konton
 * with their amounts, kronor in the sheets' sign (intäkter +, kostnader −; tillgångar, eget kapital and skulder +).
 * Medlemsavgifter per medlem are the konton of the group "Medlemsavgifter" (one konto per medlem in the kontoplan).
 * A group's sum is the sum of all its konton.
 */

export interface NotKonto {
  konto: string;
  namn: string;
  belopp: number;
  foregaende?: number;
}

export interface Not {
  rubrik: string;
  konton: NotKonto[];
  summa: number;
}

/** Rows shown kredit-positive: eget kapital, avsättningar and skulder. */
const PASSIV = new Set(["reservfond", "egetKapital", "avsattningar", "langfristigaSkulder", "kortfristigaSkulder", "resultatdisposition"]);

export function computeBokslutNoter(s: LedgerSaldon): Not[] {
  const noter = new Map<string, Not>();
  for (const k of s.konton) {
    const m = k.mapping;
    if (!m) continue;
    const resultat = isResultatRad(m.rad);
    const passiv = !resultat && PASSIV.has(m.rad);
    const belopp = resultat ? -kronor(k.res) : passiv ? -kronor(k.ub) : kronor(k.ub);
    const fgOre = resultat ? k.resFg : k.ib;
    if (belopp === 0 && !fgOre) continue;
    const rubrik = m.not ?? (m.grupp ? `${RAD_NAMN[m.rad]}: ${m.grupp}` : RAD_NAMN[m.rad]);
    const n = noter.get(rubrik) ?? { rubrik, konton: [], summa: 0 };
    const fg = fgOre === undefined ? undefined : resultat || passiv ? -kronor(fgOre) : kronor(fgOre);
    n.konton.push({ konto: k.konto, namn: k.namn, belopp, ...(fg !== undefined ? { foregaende: fg } : {}) });
    n.summa += belopp;
    noter.set(rubrik, n);
  }
  return [...noter.values()];
}
