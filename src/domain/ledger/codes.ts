/**
 * Stable issue codes of the ledger layer (SIE 4 file, saldobalans sheet, kontoplan and bokslut checks,
 * domain.md §3.7). The sheet of a finding is the file or sheet name; the cell is "rad N" or an A1 address.
 */
export const LEDGER_CODES = {
  /** The file is not a SIE file (no #-records) — nothing is read. */
  SIE_INTE_SIE: "SIE_INTE_SIE",
  /** #SIETYP is not 4 (types 1–3 have no verifikationer; 4I is an import file). */
  SIE_FEL_TYP: "SIE_FEL_TYP",
  /** A record's fields cannot be read (missing field, unclosed quote or {}). */
  SIE_OLASBAR_POST: "SIE_OLASBAR_POST",
  /** An amount that does not parse as a SIE amount (digits, optional minus and decimal point). */
  SIE_OLASBART_BELOPP: "SIE_OLASBART_BELOPP",
  SIE_OLASBART_DATUM: "SIE_OLASBART_DATUM",
  /** The same konto twice in #KONTO; the first name is kept. */
  SIE_DUBBLETT_KONTO: "SIE_DUBBLETT_KONTO",
  /** #VALUTA other than SEK: the amounts are not kronor. */
  SIE_VALUTA: "SIE_VALUTA",
  /** The same verifikation (serie and nummer) twice in one file. */
  SIE_DUBBLETT_VER: "SIE_DUBBLETT_VER",
  /** Verifikationer dated outside the räkenskapsår (#RAR 0): not in its saldon. */
  VER_UTANFOR_AR: "VER_UTANFOR_AR",
  /** A verifikation whose rows do not add up to 0. */
  VER_OBALANS: "VER_OBALANS",
  /** The bytes are not in the character set #FORMAT claims, a line is in another one, a letter was lost or a name is double-encoded. */
  SIE_TECKENKODNING: "SIE_TECKENKODNING",
  /** Verifikationer without any #IB/#UB/#RES (an import file, SIE 4I): the balance sheet lacks ingående balanser. */
  SIE_SALDON_SAKNAS: "SIE_SALDON_SAKNAS",
  /** A record the reader does not use (kept as information). */
  SIE_OKAND_POST: "SIE_OKAND_POST",
  /** IB + Σ transaktioner ≠ UB for a balance konto (or IB + Period ≠ UB on a saldobalans row). */
  IB_TRANS_UB: "IB_TRANS_UB",
  /** Σ UB + Σ RES ≠ 0 over all konton. */
  UB_RES_SUMMA: "UB_RES_SUMMA",
  /** IB this year ≠ UB last year. */
  IB_FOREG_UB: "IB_FOREG_UB",
  /** Summa tillgångar ≠ summa eget kapital och skulder. */
  BALANS_OBALANS: "BALANS_OBALANS",
  /** EK UB ≠ EK IB + årets resultat. */
  EK_AVSTAMNING: "EK_AVSTAMNING",
  /** Kassaflödesanalysens likvida medel UB ≠ balansräkningens. */
  KASSAFLODE_AVSTAMNING: "KASSAFLODE_AVSTAMNING",
  /** A saldobalans Budget column signed opposite to IB/Period/UB (intäkter positive): turned to the ledger's sign. */
  SALDOBALANS_BUDGET_TECKEN: "SALDOBALANS_BUDGET_TECKEN",
  /** A bokslut date before the file's own while the file has saldon but no verifikationer to cut them at that date. */
  BOKSLUTSDATUM_UTAN_TRANSAKTIONER: "BOKSLUTSDATUM_UTAN_TRANSAKTIONER",
  /** A bokslut date outside the file's räkenskapsår (#RAR 0): last year's file for this year's date. */
  BOKSLUTSDATUM_UTANFOR_AR: "BOKSLUTSDATUM_UTANFOR_AR",
  /** A konto with a balance or result that no kontoplan row maps. */
  KONTO_OMAPPAT: "KONTO_OMAPPAT",
  /** A soliditet the workbook states that differs from the ledger's. */
  SOLIDITET_SKILJER: "SOLIDITET_SKILJER",
  /** Utfall per insats from the ledger differs from the Utfall sheet. */
  UTFALL_SKILJER: "UTFALL_SKILJER",
} as const;
