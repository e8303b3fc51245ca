/** Result types and section headings of the driftsredovisning (formulas in driftsredovisning.ts). */
import type { CellRef, Grupp, IsoDate, BudgetVersion } from "../model";
import type { Korning } from "./korning";

export type DriftsSektion = "intakter" | "administration" | "samverkansinsatser" | "ovriga" | "ejKnuten";

export interface DriftsBelopp {
  /** Budget for the period, signed; 0 for a post without budget ("ej budgeterad"). */
  budget?: number;
  utfall: number;
  /** Utfall − Budget, also on sum rows. */
  avvikelse?: number;
  /** Prognos helår, signed; the budget helår when the post has no prognos (prognosArBudget). */
  prognosHelar?: number;
  budgetHelar?: number;
  /** Utfall / Budget helår. */
  forbrukadAndel?: number;
  /** The post has utfall but no Budget row for the year (budget counted as 0). */
  ejBudgeterad?: boolean;
  /** The post has no prognos: its budget helår is used ("prognos = budget"). */
  prognosArBudget?: boolean;
  /** True when the period budget came (at least partly) from a period budget the förbund gave. */
  periodbudget?: boolean;
  korning?: Korning;
}

export interface DriftsPost extends DriftsBelopp {
  post: string;
  agare?: string;
  source?: CellRef;
  /** The post's group: from the Budget sheet's Grupp column, else guessed (gruppGissad). */
  grupp?: Grupp;
  gruppGissad?: boolean;
}

export interface DriftsGrupp {
  sektion: DriftsSektion;
  rubrik: string;
  poster: DriftsPost[];
  summa: DriftsBelopp;
}

export interface DriftsredovisningResultat {
  fran: IsoDate;
  till: IsoDate;
  ar: number;
  grupperingEfter: "inriktning" | "typ";
  grupper: DriftsGrupp[];
  summaIntakter: DriftsBelopp;
  summaAdministration: DriftsBelopp;
  summaSamverkansinsatser: DriftsBelopp;
  summaOvriga: DriftsBelopp;
  /** Periodens (Årets) resultat for the period. */
  totalt: DriftsBelopp;
  /** "Periodens resultat" in a delår, "Årets resultat" for a whole calendar year. */
  resultatRubrik: "Periodens resultat" | "Årets resultat";
  /** Budget version used for the budget columns. */
  version: BudgetVersion;
}

export const RUBRIK = {
  intakter: "Intäkter",
  administration: "Administrativa kostnader",
  individ: "Individinriktade",
  struktur: "Strukturinriktade",
  ejFordelat: "Ej fördelade medel",
  ovriga: "Övriga samverkansinsatser",
  ejKnuten: "Utfall som inte kunnat knytas till en insats",
} as const;

const GRUPP_TEXT: Record<Grupp, string> = {
  medlemsintakt: "Medlemsintäkt",
  "ovrig-intakt": "Övrig intäkt",
  esf: "ESF",
  fortroendevalda: "Förtroendevalda",
  forvaltning: "Förvaltning",
  samverkansinsats: "Samverkansinsats",
  "ovrig-samverkansinsats": "Övrig samverkansinsats",
  finansiell: "Finansiell",
};

/** Swedish name of a group ("Förtroendevalda"). */
export const gruppText = (g: Grupp): string => GRUPP_TEXT[g];
