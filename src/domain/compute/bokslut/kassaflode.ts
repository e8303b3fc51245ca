import { kronor } from "../../ledger/types";
import { rad, type LedgerSaldon } from "./saldon";
import type { BokslutResultatrakning } from "./resultatrakning";

/**
 * Kassaflödesanalys, indirect method (domain.md §3.7), kronor, Δ = UB − IB in the ledger's sign:
 *   löpande verksamhet = årets resultat + avskrivningar (ej likviditetspåverkande) + ökning av avsättningar
 *                        − ökning av fordringar (and of kortfristiga placeringar when they are not likvida medel)
 *                        + ökning av kortfristiga skulder
 *   investeringsverksamhet = −(Δ anläggningstillgångar + avskrivningar)   (the gross investment)
 *   finansieringsverksamhet = ökning av långfristiga skulder + förändring av eget kapital utöver årets resultat
 *   likvida medel UB = likvida medel IB + årets kassaflöde (kassa och bank, plus kortfristiga placeringar by setting).
 * Reproduces Uppsala 2024-06-30: löpande verksamhet 5 210 174 (13 163 897 → 18 374 071); Skellefteå 2014: −1 973 745
 * (4 969 739 → 2 995 994); Uppsala 2014: −5 028 778.
 */

export interface BokslutKassaflode {
  aretsResultat: number;
  avskrivningar: number;
  avsattningar: number;
  fordringar: number;
  kortfristigaPlaceringar: number;
  kortfristigaSkulder: number;
  lopandeVerksamhet: number;
  investeringar: number;
  investeringsverksamhet: number;
  langfristigaSkulder: number;
  egetKapital: number;
  finansieringsverksamhet: number;
  aretsKassaflode: number;
  likvidaMedelIb: number;
  likvidaMedelUb: number;
  /** Whether kortfristiga placeringar count as likvida medel (setting). */
  placeringarIngar: boolean;
}

/** Kronor to whole öre: every term has at most two decimals, so this only removes binary floating-point noise. */
const ore = (x: number): number => Math.round(x * 100) / 100;

export function computeBokslutKassaflode(
  s: LedgerSaldon,
  rr: BokslutResultatrakning,
  opts: { placeringarSomLikvida: boolean },
): BokslutKassaflode {
  const d = (r: Parameters<typeof rad>[1]): number => kronor(rad(s, r).ub - rad(s, r).ib);
  const avskrivningar = -rr.avskrivningar.period;
  const avsattningar = -d("avsattningar");
  const fordringar = -d("fordringar");
  const kortfristigaPlaceringar = opts.placeringarSomLikvida ? 0 : -d("kortfristigaPlaceringar");
  const kortfristigaSkulder = -d("kortfristigaSkulder");
  const lopandeVerksamhet = ore(
    rr.aretsResultat.period + avskrivningar + avsattningar + fordringar + kortfristigaPlaceringar + kortfristigaSkulder,
  );
  const investeringar = ore(-(d("anlaggningstillgangar") + avskrivningar));
  const langfristigaSkulder = -d("langfristigaSkulder");
  // Årets resultat booked to eget kapital (8999 → 2099) is in the resultat above, not a financing flow.
  const egetKapital = ore(-(d("egetKapital") + d("reservfond")) - kronor(rad(s, "resultatdisposition").res));
  const finansieringsverksamhet = ore(langfristigaSkulder + egetKapital);
  const likvid = (k: "ib" | "ub"): number =>
    kronor(rad(s, "kassaBank")[k] + (opts.placeringarSomLikvida ? rad(s, "kortfristigaPlaceringar")[k] : 0));
  return {
    aretsResultat: rr.aretsResultat.period,
    avskrivningar,
    avsattningar,
    fordringar,
    kortfristigaPlaceringar,
    kortfristigaSkulder,
    lopandeVerksamhet,
    investeringar,
    investeringsverksamhet: investeringar,
    langfristigaSkulder,
    egetKapital,
    finansieringsverksamhet,
    aretsKassaflode: ore(lopandeVerksamhet + investeringar + finansieringsverksamhet),
    likvidaMedelIb: likvid("ib"),
    likvidaMedelUb: likvid("ub"),
    placeringarIngar: opts.placeringarSomLikvida,
  };
}
