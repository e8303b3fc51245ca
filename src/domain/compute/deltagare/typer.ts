import type { IsoDate } from "../../model/raw";
import type { Avslutningsorsak } from "../../model/deltagare";

/**
 * Result types of the deltagaruppföljning (domain.md §3.6). Plain JSON: counts per kön as
 * { k, m, s } where s (S:a) also holds participants whose kön is missing, so k + m ≤ s.
 */

export interface Kms {
  k: number;
  m: number;
  s: number;
}

/** Shares per kön; null when the denominator is 0 (shown empty, never a division error). */
export interface KmsAndel {
  k: number | null;
  m: number | null;
  s: number | null;
}

export interface DeltagarPeriod {
  fran: IsoDate;
  till: IsoDate;
}

/** Kön of a row as a counter index: 0 = K, 1 = M, 2 = kön saknas. */
export type KonIndex = 0 | 1 | 2;

/**
 * What one row means for the period, computed once per row and shared by every calculation
 * (one pass over deltagare for all tables). Anonymous rows are never avslutade.
 */
export interface RadStatus {
  kon: KonIndex;
  /** fran ≤ inskriven ≤ till. */
  inregistrerad: boolean;
  /** Not anonymous and fran ≤ utskriven ≤ till. */
  avslutadPeriod: boolean;
  /** Not anonymous and utskriven ≤ till. */
  avslutadHela: boolean;
  /** inskriven ≤ till and (no utskriven or utskriven > till). */
  pagaende: boolean;
}

/** One insats row (or the Totalt row) of the table "Utfall för deltagare". */
export interface UtfallRad {
  insats: string;
  inregistrerade: Kms;
  avslutade: Kms;
  avslutadeHela: Kms;
  pagaende: Kms;
  /** Avslutade perioden till arbete (subventionerat, ej subventionerat, eget företag) och/eller studier. */
  arbeteStudier: Kms;
  /** arbeteStudier / avslutade. */
  andelArbeteStudier: KmsAndel;
  /** Also counting aktivt arbetssökande. */
  arbeteStudierSokande: Kms;
  andelArbeteStudierSokande: KmsAndel;
}

export type UtfallMatt = "inregistrerade" | "avslutade" | "avslutadeHela" | "pagaende" | "arbeteStudier" | "arbeteStudierSokande";

export interface UtfallTabell {
  rader: UtfallRad[];
  totalt: UtfallRad;
  /** "Fördelning kvinnor/män" of the Totalt row: k/s and m/s per measure. */
  fordelning: Record<UtfallMatt, { k: number | null; m: number | null }>;
}

/** A sysselsättningsgrad band: min ≤ grad < max (fractions; the last band includes its max). */
export interface SysselsattningsBand {
  label: string;
  min: number;
  max: number;
}

export interface AvslutningsanledningarTabell {
  /** Avslutade perioden per reason; "saknas" = no or unknown avslutningsorsak. */
  orsaker: Record<Avslutningsorsak | "saknas", Kms>;
  /** Those in arbete (the three arbete reasons) by sysselsättningsgrad band. */
  band: { label: string; antal: Kms }[];
  /** In arbete without a sysselsättningsgrad. */
  bandSaknas: Kms;
  arbete: Kms;
  arbeteStudier: Kms;
  /** All avslutade perioden (= Totalt avslutade of the Utfall table). */
  summa: Kms;
}

export interface AnonymaRad {
  insats: string;
  /** Anonymously registered among inregistrerade perioden. */
  inregistrerade: Kms;
  /** Anonymously registered among pågående per till. */
  pagaende: Kms;
}

export interface AnonymaTabell {
  rader: AnonymaRad[];
  totalt: AnonymaRad;
}

/** A share with its parts: antal of kanda (those with a known value). */
export interface Del {
  antal: number;
  kanda: number;
  andel: number | null;
}

export interface MalgruppRad {
  insats: string;
  /** Inregistrerade perioden (S:a). */
  inregistrerade: number;
  kvinnor: Del;
  man: Del;
  under30: Del;
  offentligForsorjning3: Del;
  grundskola: Del;
  gymnasium: Del;
  eftergymnasial: Del;
  utbildningSaknasOkand: Del;
  handlingsplan: Del;
}

export interface MalgruppTabell {
  rader: MalgruppRad[];
  totalt: MalgruppRad;
}

/** Mean days inskriven (utskriven − inskriven) among avslutade perioden; null when nobody. */
export interface SnittidRad {
  insats: string;
  dagar: KmsAndel;
  antal: Kms;
}

export interface SnittidTabell {
  rader: SnittidRad[];
  totalt: SnittidRad;
}

export interface DeltagarUppfoljning {
  period: DeltagarPeriod;
  /** Rows counted (after validation) and rows on the sheet. */
  raknade: number;
  rader: number;
  utfall: UtfallTabell;
  avslutningsanledningar: AvslutningsanledningarTabell;
  anonyma: AnonymaTabell;
  malgrupp: MalgruppTabell;
  snittid: SnittidTabell;
}

/** x / n, or null when n is 0. */
export function andel(x: number, n: number): number | null {
  return n === 0 ? null : x / n;
}

export function kmsAndel(x: Kms, n: Kms): KmsAndel {
  return { k: andel(x.k, n.k), m: andel(x.m, n.m), s: andel(x.s, n.s) };
}

/** Reads counters laid out as [K, M, saknas] at `offset` into { k, m, s } (s = K + M + saknas). */
export function kmsAt(counts: ArrayLike<number>, offset: number): Kms {
  const k = counts[offset];
  const m = counts[offset + 1];
  return { k, m, s: k + m + counts[offset + 2] };
}

export function sumKms(rows: readonly Kms[]): Kms {
  const t = { k: 0, m: 0, s: 0 };
  for (const r of rows) {
    t.k += r.k;
    t.m += r.m;
    t.s += r.s;
  }
  return t;
}
