import type { CellRef, IsoDate } from "./raw";

/**
 * Parsed records of the standard template sheets (domain.md §2).
 * Amounts are in kronor (input in tkr/TSEK is scaled ×1000 when parsed), at full precision.
 * Every record keeps `source`, the cell of its key column, so issues can point at it.
 */

export type InsatsTyp = "individ" | "struktur" | "forstudie" | "ovrig";

export interface Insats {
  /** Short name as written by the förbund (unique per workbook), e.g. "Jobbcentrum". */
  insats: string;
  /** Longer name, optional. */
  namn?: string;
  typ: InsatsTyp;
  /** The förbund's own budget category (free text); groups follow it when present. */
  inriktning?: string;
  /** Insatsägare / huvudprojektägare, e.g. "Enköpings kommun". */
  agare: string;
  start: IsoDate;
  slut: IsoDate;
  /** Beviljad budget per calendar year, kronor (positive). From "Budget ÅÅÅÅ" columns or the Budget sheet. */
  budgetPerAr: Record<number, number>;
  /** Beviljat totalt for the whole insats period, kronor (optional; the kvot over the whole period, §3.1 definition C). */
  beviljatTotalt?: number;
  source: CellRef;
}

export type Kategori = "intakt" | "kostnad";

/**
 * The Budget sheet's Grupp column (domain.md §2, §3.2): drives the driftsredovisning's groups and the
 * nyckeltal. Absent = guessed from the name (reported as info "grupp gissad").
 */
export type Grupp =
  | "medlemsintakt"
  | "ovrig-intakt"
  | "esf"
  | "fortroendevalda"
  | "forvaltning"
  | "samverkansinsats"
  | "ovrig-samverkansinsats"
  | "finansiell";

/** Budget version (domain.md §3.1): the kvot uses the one chosen in Inställningar (default beviljad). */
export type BudgetVersion = "beviljad" | "reviderad";

/** One row of the Budget sheet: a post (insats short name or förbund post) for one year. */
export interface BudgetRad {
  post: string;
  kategori: Kategori;
  ar: number;
  /** Budget for the whole year, kronor, positive for both intäkter and kostnader. */
  budget: number;
  /** Prognos for the whole year, kronor, positive; undefined when not given. */
  prognos?: number;
  /** Explicit group from a Grupp column; undefined = guess from the name. */
  grupp?: Grupp;
  /** Budget version; undefined = beviljad. */
  version?: BudgetVersion;
  /**
   * A budget given for a part of the year (a Budget row with Period, or a column such as "Aktuell budget
   * jan-aug", "Budget H1 2021"): `budget` is then the amount for this period only, and it wins over linear
   * periodisation for the months it covers (domain.md §3.1). Undefined = `budget` is the whole year's.
   */
  period?: Period;
  source: CellRef;
}

/** A period: inclusive date interval with the label the user wrote ("2024-Q2", "2024-H1", "2024-05"). */
export interface Period {
  from: IsoDate;
  to: IsoDate;
  label: string;
}

export type Kostnadsslag = "personal" | "lokal" | "ovrigt";

/** One row of the Utfall sheet. */
export interface UtfallRad {
  post: string;
  period: Period;
  /** Utfall for the period, kronor, positive for both intäkter and kostnader (sign comes from the post's kategori). */
  utfall: number;
  kostnadsslag?: Kostnadsslag;
  source: CellRef;
}

/** Optional settings from the Inställningar sheet. */
export interface Installningar {
  forbund?: string;
  rakenskapsar?: number;
  medlemsbidragTotalt?: number;
  statensTilldelning?: number;
  ackumuleratOverskott?: number;
  reservfond?: number;
  /** Eget kapital vid årets början INCLUDING the reservfond (kronor); when absent: ackumulerat överskott + reservfond. */
  egetKapitalVidArsborjan?: number;
  /** Flag thresholds for förbrukningskvot, as fractions (1 = 100 %). */
  kvotHog?: number;
  kvotLag?: number;
  /** Unit label used for display of amounts ("tkr" or "TSEK"). */
  enhet?: string;
  /** Any other setting, raw. */
  ovrigt: Record<string, string | number | boolean>;
}

/** Everything the pipeline parsed from the workbook. Later capabilities add their records here. */
export interface ParsedWorkbook {
  insatser: Insats[];
  budget: BudgetRad[];
  utfall: UtfallRad[];
  installningar: Installningar;
  /**
   * Utfall cells that could not be read (#REF!, text): their post's kvot is left empty with the reason, never
   * computed as if the utfall were 0 (issue 14 pattern 11). The cell's own finding is in the issues.
   */
  olasbartUtfall?: { post: string; source: CellRef }[];
  /** Names of the sheets each record kind came from, for the title rows of the reports. */
  sourceSheets: Partial<Record<"insatser" | "budget" | "utfall" | "installningar" | string, string>>;
}
