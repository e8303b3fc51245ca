import type { CellRef } from "./raw";

/** The beslutsutrymme model (domain.md §3.5): years as columns, posts in groups. */
export type KolumnTyp = "utfall" | "prognos" | "budget" | "prel";

export interface BeslutsutrymmeKolumn {
  /** Header as written or generated, e.g. "Prel 2025". */
  label: string;
  ar: number;
  typ: KolumnTyp;
}

export type PostGrupp =
  | "medlemsavgifter"
  | "esf"
  | "ovriga-intakter"
  | "fortroendevalda"
  | "forvaltning"
  | "esf-forvaltning"
  | "insats"
  | "ej-nyttjade"
  | "ovriga-samverkansinsatser"
  | "ovriga-kostnader";

export const INTAKT_GRUPPER: readonly PostGrupp[] = ["medlemsavgifter", "esf", "ovriga-intakter"];
/** Posts summed as "Summa samverkansinsatser": the insatser and the assumed unused funds. */
export const SAMVERKAN_GRUPPER: readonly PostGrupp[] = ["insats", "ej-nyttjade"];

export function isIntakt(grupp: PostGrupp): boolean {
  return INTAKT_GRUPPER.includes(grupp);
}

export interface BeslutsutrymmePost {
  namn: string;
  /** Insatsägare (insatser only). */
  agare?: string;
  grupp: PostGrupp;
  /** Amount per column (same order as model.kolumner), kronor; null = empty cell (counts as 0). */
  belopp: (number | null)[];
  /** Where the post was read (absent for what-if additions). */
  source?: CellRef;
  /** True for a candidate ansökan added by a what-if scenario. */
  kandidat?: boolean;
  /** What a what-if scenario changed, in Swedish ("Avstängd", "Flyttad +1 år", "Ny ansökan"). */
  andring?: string;
}

export interface BeslutsutrymmeModel {
  kolumner: BeslutsutrymmeKolumn[];
  poster: BeslutsutrymmePost[];
  /** Ackumulerat överskott at the start of the first year, reservfond excluded, kronor. */
  ingaende: number;
  ingaendeSource?: CellRef;
  /** Sheet the model was read from, for title rows. */
  sourceSheet?: string;
}

export interface BeslutsutrymmeAr {
  kolumn: BeslutsutrymmeKolumn;
  intakter: number;
  kostnader: number;
  /** Σ per post group (kostnader positive). */
  grupper: Record<PostGrupp, number>;
  /** Årets beräknade resultat = Σ intäkter − Σ kostnader. */
  resultat: number;
  /** Kvarvarande beslutsutrymme carried in (the start, or the previous year's kvarvarande). */
  ingaende: number;
  /** Kvarvarande beslutsutrymme = ingående + resultat. */
  kvarvarande: number;
  /** Index of the column the ingående comes from (−1 = the model's start). */
  fran: number;
}

export interface BeslutsutrymmeResult {
  ar: BeslutsutrymmeAr[];
  /** Labels of the columns whose kvarvarande beslutsutrymme is below zero. */
  negativa: string[];
}
