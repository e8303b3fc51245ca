import type { IsoDate } from "../model";
import { summera, type DriftsBelopp, type DriftsPost, type DriftsredovisningResultat } from "./driftsredovisning";
import { postNyckel } from "./periodisering";

/**
 * Resultaträkning for the period in the LKBR layout of a samordningsförbund (domain.md §3.2, §5),
 * built from the driftsredovisning's posts — the same records, the same periodisering, the same
 * signs (intäkter positive, kostnader negative) — only regrouped:
 *
 *   Verksamhetens intäkter        = Σ intäkt posts that are not finansiella
 *   Verksamhetens kostnader       = Σ kostnad posts that are not finansiella
 *     varav förtroendevalda       = posts with Grupp Förtroendevalda (guess: named styrelse/förtroendevalda/revision)
 *     varav förvaltning           = posts with Grupp Förvaltning (guess: kansli, förvaltning, administration)
 *     varav samverkansinsatser    = insatser, ej fördelade medel, övriga samverkansinsatser and utfall that could
 *                                   not be tied to an insats
 *   Verksamhetens nettokostnader  = intäkter + kostnader
 *   Finansiella intäkter/kostnader = posts with Grupp Finansiell (guess: named ränta/ränteintäkter/räntekostnader/
 *                                   finansiell/utdelning; shown only when the workbook has such posts)
 *   Resultat efter finansiella poster = nettokostnader + finansiella intäkter + finansiella kostnader
 *   Periodens (Årets) resultat    = the driftsredovisning's Totalt (reused, not recomputed)
 *
 * Every line carries Budget (period), Utfall (period), Avvikelse, Prognos helår and Budget helår,
 * summed with the driftsredovisning's `summera` (all rows; avvikelse = utfall − budget on every line).
 * Reproduces Uppsala 2024-06-30 (tkr): intäkter 12 050 / 12 094 / 44, kostnader −13 530 / −12 714 / 816,
 * periodens resultat −1 480 / −620 / 860 (the published Totalt 848 omits the unbudgeted 12 tkr).
 */

export type AdminSlag = "fortroendevalda" | "forvaltning";

const FORTROENDEVALDA = /fortroendevald|styrelse|revision|revisor|ledamot|arvode/;
const FINANSIELL = /finansiell|rante|ranta|rantor|utdelning|kapitalforvaltning/;

/** Förtroendevalda (styrelse, revision) or förvaltning (kansli, administration) for an administrative post. */
export function adminSlag(post: string): AdminSlag {
  return FORTROENDEVALDA.test(postNyckel(post)) ? "fortroendevalda" : "forvaltning";
}

/** True when the post is a financial item (ränteintäkter, räntekostnader, finansiella kostnader …). */
export function isFinansiellPost(post: string): boolean {
  return FINANSIELL.test(postNyckel(post));
}

export interface Resultatrakning {
  fran: IsoDate;
  till: IsoDate;
  ar: number;
  verksamhetensIntakter: DriftsBelopp;
  verksamhetensKostnader: DriftsBelopp;
  varav: { fortroendevalda: DriftsBelopp; forvaltning: DriftsBelopp; samverkansinsatser: DriftsBelopp };
  verksamhetensNettokostnader: DriftsBelopp;
  /** Present only when the workbook has financial posts. */
  finansiellaIntakter?: DriftsBelopp;
  finansiellaKostnader?: DriftsBelopp;
  resultatEfterFinansiellaPoster: DriftsBelopp;
  /** The driftsredovisning's Totalt for the period. */
  aretsResultat: DriftsBelopp;
  /** "Periodens resultat" in a delår, "Årets resultat" for a whole year. */
  resultatRubrik: DriftsredovisningResultat["resultatRubrik"];
  /** Names of the posts shown as finansiella. */
  finansiellaPoster: string[];
}

/** Regroups a computed driftsredovisning into the resultaträkning (see the file comment). */
export function computeResultatrakning(drift: DriftsredovisningResultat): Resultatrakning {
  const intakter: DriftsPost[] = [];
  const finIntakter: DriftsPost[] = [];
  const finKostnader: DriftsPost[] = [];
  const fortroendevalda: DriftsPost[] = [];
  const forvaltning: DriftsPost[] = [];
  const samverkan: DriftsPost[] = [];
  for (const g of drift.grupper) {
    for (const p of g.poster) {
      const intakt = g.sektion === "intakter";
      const grupp = p.grupp ?? (isFinansiellPost(p.post) ? "finansiell" : undefined);
      if (grupp === "finansiell") (intakt ? finIntakter : finKostnader).push(p);
      else if (intakt) intakter.push(p);
      else if (g.sektion === "administration") ((grupp ?? adminSlag(p.post)) === "fortroendevalda" ? fortroendevalda : forvaltning).push(p);
      else samverkan.push(p);
    }
  }
  const varav = { fortroendevalda: summera(fortroendevalda), forvaltning: summera(forvaltning), samverkansinsatser: summera(samverkan) };
  const verksamhetensIntakter = summera(intakter);
  const verksamhetensKostnader = summera([varav.fortroendevalda, varav.forvaltning, varav.samverkansinsatser]);
  const verksamhetensNettokostnader = summera([verksamhetensIntakter, verksamhetensKostnader]);
  const harFinans = finIntakter.length + finKostnader.length > 0;
  const finansiellaIntakter = harFinans ? summera(finIntakter) : undefined;
  const finansiellaKostnader = harFinans ? summera(finKostnader) : undefined;
  const resultatEfterFinansiellaPoster = harFinans
    ? summera([verksamhetensNettokostnader, finansiellaIntakter!, finansiellaKostnader!])
    : verksamhetensNettokostnader;
  return {
    fran: drift.fran,
    till: drift.till,
    ar: drift.ar,
    verksamhetensIntakter,
    verksamhetensKostnader,
    varav,
    verksamhetensNettokostnader,
    finansiellaIntakter,
    finansiellaKostnader,
    resultatEfterFinansiellaPoster,
    aretsResultat: drift.totalt,
    resultatRubrik: drift.resultatRubrik,
    finansiellaPoster: [...finIntakter, ...finKostnader].map((p) => p.post),
  };
}
