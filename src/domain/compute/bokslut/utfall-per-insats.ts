import type { IsoDate } from "../../model";
import { isResultatRad, mapKonto, type KontoplanRad } from "../../ledger/kontoplan";
import { kronor, objektKey, type Ledger } from "../../ledger/types";

/**
 * Utfall per insats and month straight from the ledger (domain.md §3.7): every #TRANS on a result konto dated
 * fran ≤ datum ≤ till with an objekt (projekt/kostnadsställe) counts for the insats of that objekt — the Kontoplan's
 * Insats for the konto when given, else the objekt's name from #OBJEKT. Without verifikationer, #PSALDO months with
 * an objekt are used. Kronor, sign of the resultaträkning (kostnader negative, intäkter positive).
 */

export interface InsatsUtfall {
  insats: string;
  /** Dimension and objekt id it came from ("6 JOBBC"), for the notes. */
  objekt: string;
  utfall: number;
  /** Month "ÅÅÅÅ-MM" → utfall. */
  perManad: Record<string, number>;
}

export function computeUtfallPerInsats(ledger: Ledger, opts: { fran: IsoDate; till: IsoDate; kontoplan: readonly KontoplanRad[] }): InsatsUtfall[] {
  const out = new Map<string, InsatsUtfall & { ore: number; manadOre: Map<string, number> }>();
  const add = (konto: string, dim: string, id: string, manad: string, ore: number): void => {
    const m = mapKonto(konto, opts.kontoplan);
    if (!m || !isResultatRad(m.rad)) return;
    const insats = m.insats ?? ledger.objekt.get(objektKey(dim, id)) ?? id;
    const u = out.get(insats) ?? { insats, objekt: `${dim} ${id}`, utfall: 0, perManad: {}, ore: 0, manadOre: new Map() };
    u.ore -= ore;
    u.manadOre.set(manad, (u.manadOre.get(manad) ?? 0) - ore);
    out.set(insats, u);
  };
  if (ledger.ver.length > 0) {
    for (const v of ledger.ver)
      for (const t of v.trans) {
        if (t.datum < opts.fran || t.datum > opts.till || t.objekt.length === 0) continue;
        add(t.konto, t.objekt[0][0], t.objekt[0][1], t.datum.slice(0, 7), t.ore);
      }
  } else {
    const f = opts.fran.slice(0, 7).replace("-", "");
    const t = opts.till.slice(0, 7).replace("-", "");
    for (const p of ledger.psaldo) {
      if (p.ar !== 0 || !p.objekt || p.period < f || p.period > t) continue;
      add(p.konto, p.objekt[0], p.objekt[1], `${p.period.slice(0, 4)}-${p.period.slice(4)}`, p.ore);
    }
  }
  return [...out.values()]
    .map(({ insats, objekt, ore, manadOre }) => ({ insats, objekt, utfall: kronor(ore), perManad: Object.fromEntries([...manadOre].sort().map(([k, v]) => [k, kronor(v)])) }))
    .sort((a, b) => a.insats.localeCompare(b.insats, "sv"));
}
