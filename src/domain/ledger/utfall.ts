import type { IsoDate, UtfallRad } from "../model";
import { isResultatRad, mapKonto, type KontoplanRad } from "./kontoplan";
import { objektKey, PROJEKT_DIM, type Ledger, type ObjektRef } from "./types";

/**
 * Utfall per insats and month straight from the ledger (domain.md §3.7, "Objekt → insats"): every #TRANS on a result
 * konto dated fran ≤ datum ≤ till with an objekt counts for the insats of that objekt (the projekt when the row has
 * several dimensions, `{1 "100" 6 "P1"}` → P1; without projekt, the file's dimension with the most distinct objekt,
 * see `insatsDimension`; a row with one objekt counts for it) — the
 * Kontoplan's Insats for the konto when given, else the objekt's name from #OBJEKT (else its id). Without
 * verifikationer, the #PSALDO months of the insats dimension's objekt are used (the records of
 * other dimensions repeat the same costs). Öre, SIE sign (kostnader +).
 */

export interface InsatsManader {
  insats: string;
  /** "dim id" of the first objekt seen, for messages. */
  objekt: string;
  /** "ÅÅÅÅ-MM" → öre. */
  manader: Map<string, number>;
  /** Line of the first row that counted (for the findings' cell). */
  rad: number;
}

export function ledgerUtfallPerInsats(
  ledger: Ledger,
  opts: { fran: IsoDate; till: IsoDate; kontoplan: readonly KontoplanRad[] },
): InsatsManader[] {
  const out = new Map<string, InsatsManader>();
  const add = (konto: string, dim: string, id: string, manad: string, ore: number, rad: number): void => {
    const m = mapKonto(konto, opts.kontoplan, ledger.konton.get(konto)?.typ);
    if (!m || !isResultatRad(m.rad)) return;
    const insats = m.insats ?? (ledger.objekt.get(objektKey(dim, id)) || id);
    const u = out.get(insats) ?? { insats, objekt: `${dim} ${id}`, manader: new Map<string, number>(), rad };
    u.manader.set(manad, (u.manader.get(manad) ?? 0) + ore);
    out.set(insats, u);
  };
  if (ledger.ver.length > 0) {
    const dim = insatsDimension(ledger);
    for (const v of ledger.ver)
      for (const t of v.trans) {
        const o = t.objekt.length > 1 ? (t.objekt.find((x) => x[0] === dim) ?? t.objekt[0]) : t.objekt[0];
        if (t.datum < opts.fran || t.datum > opts.till || !o) continue;
        add(t.konto, o[0], o[1], t.datum.slice(0, 7), t.ore, t.rad);
      }
  } else {
    const f = opts.fran.slice(0, 7).replace("-", "");
    const t = opts.till.slice(0, 7).replace("-", "");
    // Each dimension's #PSALDO records sum the same costs again: only the insats dimension's count.
    const dim = periodInsatsDimension(ledger);
    for (const p of ledger.psaldo) {
      if (p.ar !== 0 || !p.objekt || p.objekt[0] !== dim || p.period < f || p.period > t) continue;
      add(p.konto, p.objekt[0], p.objekt[1], `${p.period.slice(0, 4)}-${p.period.slice(4)}`, p.ore, p.rad);
    }
  }
  return [...out.values()].sort((a, b) => a.insats.localeCompare(b.insats, "sv"));
}

/**
 * The dimension that names the insatser in this file: projekt (6) when the transactions use it, else the dimension
 * with the most distinct objekt (a kommun system's "Verksamhet" per insats rather than its one "Ansvar" for the
 * whole förbund).
 */
export function insatsDimension(ledger: Ledger): string | undefined {
  const ids = new Map<string, Set<string>>();
  for (const v of ledger.ver)
    for (const t of v.trans)
      for (const [d, id] of t.objekt) {
        if (d === PROJEKT_DIM) return PROJEKT_DIM;
        const set = ids.get(d) ?? new Set<string>();
        set.add(id);
        ids.set(d, set);
      }
  let best: string | undefined;
  for (const [d, set] of ids) if (best === undefined || set.size > (ids.get(best)?.size ?? 0)) best = d;
  return best;
}

/** The insats dimension of the #PSALDO records (as `insatsDimension` for transactions). */
const periodInsatsDimension = (ledger: Ledger): string | undefined => saldoInsatsDimension(ledger.psaldo);

/** The insats dimension of saldo records with objekt (#PSALDO, #PBUDGET): projekt (6), else the most distinct objekt. */
export function saldoInsatsDimension(records: readonly { objekt?: ObjektRef }[]): string | undefined {
  const ids = new Map<string, Set<string>>();
  for (const p of records) {
    if (!p.objekt) continue;
    if (p.objekt[0] === PROJEKT_DIM) return PROJEKT_DIM;
    const set = ids.get(p.objekt[0]) ?? new Set<string>();
    set.add(p.objekt[1]);
    ids.set(p.objekt[0], set);
  }
  let best: string | undefined;
  for (const [d, set] of ids) if (best === undefined || set.size > (ids.get(best)?.size ?? 0)) best = d;
  return best;
}

const lastDay = (ym: string): IsoDate => {
  const [y, m] = ym.split("-").map(Number);
  return `${ym}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, "0")}`;
};

/**
 * The ledger's utfall as Utfall rows (one per insats and month, kronor, kostnader positive as on the Utfall sheet),
 * so Förbrukningskvot and Driftsredovisning need no hand-typed Utfall sheet. The source cell is the SIE line.
 */
export function ledgerUtfallRader(ledger: Ledger, opts: { fran: IsoDate; till: IsoDate; kontoplan: readonly KontoplanRad[] }): UtfallRad[] {
  const rows: UtfallRad[] = [];
  for (const u of ledgerUtfallPerInsats(ledger, opts)) {
    for (const [ym, ore] of [...u.manader].sort()) {
      rows.push({
        post: u.insats,
        period: { from: `${ym}-01`, to: lastDay(ym), label: ym },
        utfall: ore / 100,
        source: { sheet: ledger.kalla, cell: ledger.slag === "sie" ? `rad ${u.rad}` : `A${u.rad}` },
      });
    }
  }
  return rows;
}
