/**
 * Stable issue codes of the Deltagare sheet and of published uppföljningstabeller (domain.md §4).
 * Unreadable or missing cells use the shared codes of validate/codes.ts (OLASBART_DATUM, SAKNAT_VARDE,
 * SAKNAD_KOLUMN, EXCEL_FEL); sum checks use SUMMA_STAMMER_INTE. Never rename a code.
 */
export const DELT_CODES = {
  /** Utskriven is before Inskriven (fel; the row is not counted). */
  DELT_UTSKRIVEN_FORE_INSKRIVEN: "DELT_UTSKRIVEN_FORE_INSKRIVEN",
  /** An avslutad (utskriven) participant without avslutningsorsak (varning; counted as "Orsak saknas"). */
  DELT_AVSLUTSORSAK_SAKNAS: "DELT_AVSLUTSORSAK_SAKNAS",
  /** An anonymously registered participant has an Utskriven date (varning; never counted as avslutad). */
  DELT_ANONYM_UTSKRIVEN: "DELT_ANONYM_UTSKRIVEN",
  /** The same Deltagar-ID twice in one insats with overlapping inskriven–utskriven (varning; both rows count). */
  DELT_DUBBLETT_OVERLAPP: "DELT_DUBBLETT_OVERLAPP",
  /** Insats not in the Insatser sheet (fel; the row is not counted; the closest name is suggested). */
  DELT_OKAND_INSATS: "DELT_OKAND_INSATS",
  /** Inskriven or utskriven outside the insats' start–slut (varning). */
  DELT_UTANFOR_INSATSPERIOD: "DELT_UTANFOR_INSATSPERIOD",
  /** A category value not in the list (kön, avslutningsorsak, utbildning, ja/nej …), with the closest suggestion (varning). */
  DELT_OKANT_VARDE: "DELT_OKANT_VARDE",
  /** A value that looks like a personnummer (privacy warning; the value is never quoted nor copied). */
  DELT_PERSONNUMMER: "DELT_PERSONNUMMER",
  /** The sheet has no Deltagar-ID column: rows are counted, duplicates cannot be checked (info). */
  DELT_UTAN_ID: "DELT_UTAN_ID",
  /** Kön written as 1/2 without a legend in the header: read as SCB's 1 = man, 2 = kvinna (varning). */
  DELT_KON_KOD: "DELT_KON_KOD",
  /** More issues of one code than are listed one by one (info). */
  DELT_FLER_AV_SAMMA: "DELT_FLER_AV_SAMMA",
  /** A published table: K + M differs from S:a on a row (varning). */
  KM_SUMMA_STAMMER_INTE: "KM_SUMMA_STAMMER_INTE",
  /** A published table: the "Fördelning kvinnor/män" percentages do not follow from the rows (varning). */
  FORDELNING_STAMMER_INTE: "FORDELNING_STAMMER_INTE",
} as const;

/** Most issues of one code listed cell by cell for one sheet; the rest are summarised in one info issue. */
export const MAX_ISSUES_PER_CODE = 200;
