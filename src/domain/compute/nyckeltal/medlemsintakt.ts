import type { DriftsBelopp } from "../driftsredovisning";
import type { Resultatrakning } from "../resultatrakning";

/**
 * Förbrukning i förhållande till medlemsintäkt (domain.md §3.2): each cost kind's utfall for the
 * period as a share of the year's medlemsbidrag (tilldelning):
 *
 *   andel(slag) = −utfall(slag) / årets medlemsbidrag,   slag ∈ {samverkansinsatser, förtroendevalda, förvaltning}
 *
 * with the slag as in the resultaträkning's "varav" lines (costs are negative there, so −utfall is the cost).
 * undefined when the medlemsbidrag is 0.
 * Reproduces Uppsala helår 2014 (tilldelning 22 000 tkr): samverkansinsatser 20 440 → 92,9 %,
 * förtroendevalda 704 → 3,2 %, administration (förvaltning) 4 422 → 20,1 %.
 */
export type MedlemsintaktSlag = "samverkansinsatser" | "fortroendevalda" | "forvaltning";

export interface MedlemsintaktRad {
  slag: MedlemsintaktSlag;
  rubrik: string;
  /** Cost of the period, kronor, positive. */
  kostnad: number;
  andel?: number;
}

export const MEDLEMSINTAKT_RUBRIK: Record<MedlemsintaktSlag, string> = {
  samverkansinsatser: "Samverkansinsatser",
  fortroendevalda: "Förtroendevalda",
  forvaltning: "Förvaltning (administration)",
};

/** The three shares, in the order samverkansinsatser, förtroendevalda, förvaltning. */
export function forbrukningMotMedlemsintakt(rr: Pick<Resultatrakning, "varav">, medlemsbidrag: number): MedlemsintaktRad[] {
  const rad = (slag: MedlemsintaktSlag, b: DriftsBelopp): MedlemsintaktRad => {
    const kostnad = -b.utfall + 0;
    return { slag, rubrik: MEDLEMSINTAKT_RUBRIK[slag], kostnad, andel: medlemsbidrag === 0 ? undefined : kostnad / medlemsbidrag };
  };
  return [
    rad("samverkansinsatser", rr.varav.samverkansinsatser),
    rad("fortroendevalda", rr.varav.fortroendevalda),
    rad("forvaltning", rr.varav.forvaltning),
  ];
}
