import type { IsoDate } from "../../model";
import type { KontoplanRad } from "../../ledger/kontoplan";
import { kronor, type Ledger } from "../../ledger/types";
import { ledgerUtfallPerInsats } from "../../ledger/utfall";

/**
 * Utfall per insats for the Noter sheet and the comparison with the Utfall sheet: the ledger's months
 * (ledger/utfall.ts) summed, kronor in the resultaträkning's sign (kostnader negative, intäkter positive).
 */

export interface InsatsUtfall {
  insats: string;
  /** Dimension and objekt id it came from ("6 JOBBC"), for the notes. */
  objekt: string;
  utfall: number;
  /** Month "ÅÅÅÅ-MM" → utfall. */
  perManad: Record<string, number>;
}

export function computeUtfallPerInsats(
  ledger: Ledger,
  opts: { fran: IsoDate; till: IsoDate; kontoplan: readonly KontoplanRad[] },
): InsatsUtfall[] {
  return ledgerUtfallPerInsats(ledger, opts).map((u) => {
    const perManad = Object.fromEntries([...u.manader].sort().map(([k, v]) => [k, -kronor(v)]));
    const ore = [...u.manader.values()].reduce((s, v) => s + v, 0);
    return { insats: u.insats, objekt: u.objekt, utfall: -kronor(ore), perManad };
  });
}
