import type { IssueCode } from "./registry";

/**
 * Stable issue codes of parsing and validating the base sheets (domain.md §4).
 * The UI, the Valideringsrapport and tests rely on these names; never rename one.
 */
export const CODES = {
  /** A base sheet (Insatser, Budget, Utfall) is missing; sheet "" and cell "". */
  SAKNAT_BLAD: "SAKNAT_BLAD",
  /** A required column is missing; cell = first cell of the header row. */
  SAKNAD_KOLUMN: "SAKNAD_KOLUMN",
  /** A required cell is empty; the row is skipped. */
  SAKNAT_VARDE: "SAKNAT_VARDE",
  OLASBART_TAL: "OLASBART_TAL",
  OLASBART_DATUM: "OLASBART_DATUM",
  OLASBAR_PERIOD: "OLASBAR_PERIOD",
  /** #REF!, #DIV/0! … in an input cell. */
  EXCEL_FEL: "EXCEL_FEL",
  /** The same insats twice; reported at the second occurrence, which is not used. */
  DUBBLETT_INSATS: "DUBBLETT_INSATS",
  /** Utfall for a post that is neither an insats nor a budget post. */
  OKAND_POST: "OKAND_POST",
  PERIOD_UTANFOR_INSATS: "PERIOD_UTANFOR_INSATS",
  NEGATIV_BUDGET: "NEGATIV_BUDGET",
  SLUT_FORE_START: "SLUT_FORE_START",
  /** A sum row differs from the rows above it. */
  SUMMA_STAMMER_INTE: "SUMMA_STAMMER_INTE",
  OKAND_TYP: "OKAND_TYP",
  OKAND_KATEGORI: "OKAND_KATEGORI",
  OKAND_KOSTNADSSLAG: "OKAND_KOSTNADSSLAG",
  /** Costs written as negative numbers were read as positive amounts (info). */
  NEGATIVA_KOSTNADER: "NEGATIVA_KOSTNADER",
  /** The Budget sheet and the Insatser sheet's "Budget ÅÅÅÅ" column disagree for one insats and year. */
  BUDGET_SKILJER: "BUDGET_SKILJER",
  /** A period written with Från/Till where Till is before Från. */
  TILL_FORE_FRAN: "TILL_FORE_FRAN",
} as const satisfies Record<string, IssueCode>;
