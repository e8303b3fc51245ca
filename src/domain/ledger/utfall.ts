import type { IsoDate, UtfallRad } from "../model";
import { isResultatRad, mapKonto, type KontoplanRad } from "./kontoplan";
import { insatsObjekt, objektKey, type Ledger } from "./types";

/**
 * Utfall per insats and month straight from the ledger (domain.md §3.7, "Objekt → insats"): every #TRANS on a result
 * konto dated fran ≤ datum ≤ till with an objekt counts for the insats of that objekt (the projekt when the row has
 * several dimensions, `{1 "100" 6 "P1"}` → P1; else its kostnadsställe or other objekt) — the
 * Kontoplan's Insats for the konto when given, else the objekt's name from #OBJEKT (else its id). Without
 * verifikationer, the #PSALDO months with an objekt are used. Öre, SIE sign (kostnader +).
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
    for (const v of ledger.ver)
      for (const t of v.trans) {
        const o = insatsObjekt(t.objekt);
        if (t.datum < opts.fran || t.datum > opts.till || !o) continue;
        add(t.konto, o[0], o[1], t.datum.slice(0, 7), t.ore, t.rad);
      }
  } else {
    const f = opts.fran.slice(0, 7).replace("-", "");
    const t = opts.till.slice(0, 7).replace("-", "");
    for (const p of ledger.psaldo) {
      if (p.ar !== 0 || !p.objekt || p.period < f || p.period > t) continue;
      add(p.konto, p.objekt[0], p.objekt[1], `${p.period.slice(0, 4)}-${p.period.slice(4)}`, p.ore, p.rad);
    }
  }
  return [...out.values()].sort((a, b) => a.insats.localeCompare(b.insats, "sv"));
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
