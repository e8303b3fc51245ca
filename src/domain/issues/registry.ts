import type { Severity } from "../model/severity";

/** The pipeline stage that raises a code (architecture.md): where to look when it appears. */
export type IssueStage = "detect" | "parse" | "validate" | "compute" | "report" | "host";

export interface IssueCodeInfo {
  /** The severity the code is raised with. */
  severity: Severity;
  /** Other severities the same code is raised with in some situations (e.g. SAKNAT_BLAD info when no base sheet exists at all). */
  also?: readonly Severity[];
  stage: IssueStage;
  /** Short Swedish title, as an ekonom would name the finding (the message says what to do). */
  title: string;
}

/**
 * Every issue code the add-in raises: ONE table. The code strings are stable (the task pane, the
 * Valideringsrapport, saved JSON and tests rely on them); never rename one. `IssueCode` is derived from
 * this table, so raising a code that is not listed here is a compile error.
 */
export const ISSUE_REGISTRY = {
  // Detection: how sheets and columns were recognised.
  BLAD_LASES_INTE: { severity: "info", stage: "detect", title: "Bladet läses inte" },
  LAYOUT_ANDRAD: { severity: "varning", stage: "detect", title: "Bladets layout har ändrats sedan mappningen sparades" },
  ENHET_GISSAD: { severity: "info", stage: "detect", title: "Beloppens enhet gissad" },
  INSATSER_HARLEDDA: { severity: "info", stage: "detect", title: "Insatserna härledda ur budget och utfall" },
  DATUM_ANTAGNA: { severity: "info", stage: "detect", title: "Insatsernas datum antagna" },
  TYP_ANTAGEN: { severity: "info", stage: "detect", title: "Insatsens typ antagen" },

  // Parsing the base sheets (Insatser, Budget, Utfall, Inställningar, Alias).
  SAKNAT_BLAD: { severity: "varning", also: ["info"], stage: "parse", title: "Blad saknas" },
  SAKNAD_KOLUMN: { severity: "fel", also: ["varning", "info"], stage: "parse", title: "Kolumn saknas" },
  SAKNAT_VARDE: { severity: "fel", also: ["varning"], stage: "parse", title: "Värde saknas" },
  KVOT_UTFALL_OLASBART: { severity: "varning", stage: "compute", title: "Kvoten lämnas tom: utfallet kan inte läsas" },
  TROSKLAR_MOTSTRIDIGA: { severity: "fel", stage: "parse", title: "Gränserna för hög och låg förbrukning motsäger varandra" },
  OLASBART_TAL: { severity: "fel", also: ["varning"], stage: "parse", title: "Talet kan inte läsas" },
  OLASBART_DATUM: { severity: "fel", also: ["varning"], stage: "parse", title: "Datumet kan inte läsas" },
  OLASBAR_PERIOD: { severity: "fel", also: ["varning"], stage: "parse", title: "Perioden kan inte läsas" },
  EXCEL_FEL: { severity: "fel", also: ["varning"], stage: "parse", title: "Felvärde i cellen" },
  OKAND_TYP: { severity: "fel", stage: "parse", title: "Okänd insatstyp" },
  OKAND_KATEGORI: { severity: "fel", also: ["varning"], stage: "parse", title: "Okänd kategori" },
  OKAND_KOSTNADSSLAG: { severity: "varning", stage: "parse", title: "Okänt kostnadsslag" },
  NEGATIVA_KOSTNADER: { severity: "info", stage: "parse", title: "Kostnader skrivna som negativa tal" },
  NEGATIV_BUDGET: { severity: "varning", stage: "parse", title: "Negativ budget" },
  SLUT_FORE_START: { severity: "fel", stage: "parse", title: "Insatsen slutar före start" },
  TILL_FORE_FRAN: { severity: "fel", stage: "parse", title: "Periodens slut före dess början" },
  BUDGET_SKILJER: { severity: "varning", stage: "parse", title: "Budgetbladet och Insatser anger olika budget" },
  SUMMA_STAMMER_INTE: { severity: "varning", also: ["fel"], stage: "parse", title: "Summaraden stämmer inte" },
  RADSUMMA_STAMMER_INTE: { severity: "fel", stage: "parse", title: "Radsumman stämmer inte med periodkolumnerna" },
  MATT_PER_RAD: { severity: "fel", stage: "parse", title: "Budget och utfall står i samma kolumn med måttet på raden" },
  MATT_FRAN_KOLUMN: { severity: "info", stage: "parse", title: "Måttet (budget, utfall) läses från en kolumn på raderna" },
  MATT_DUBBLETT: { severity: "fel", stage: "parse", title: "Två rader med samma mått för samma insats och period" },
  INSATSER_SOM_KOLUMNER: { severity: "info", stage: "parse", title: "Insatserna står som kolumner" },
  EXPORT_INTAKTER: { severity: "info", stage: "parse", title: "Intäkter i ekonomisystemets export räknas inte som utfall" },
  RESULTAT_BYTER_TECKEN: { severity: "varning", stage: "parse", title: "Resultatets tecken beror på vilka rader som är intäkter" },
  AVVIKELSE_STAMMER_INTE: { severity: "varning", stage: "parse", title: "Avvikelsekolumnen stämmer inte" },
  UTFALL_OVERLAPPAR: { severity: "info", stage: "parse", title: "Utfallskolumner överlappar" },
  ALIAS_OFULLSTANDIGT: { severity: "varning", stage: "parse", title: "Ofullständig aliasrad" },
  ALIAS_OKAND_INSATS: { severity: "varning", stage: "parse", title: "Alias till okänd insats" },
  INSATS_AGARE_SAKNAS: { severity: "varning", stage: "parse", title: "Insatsägare saknas" },
  BESLUTSUTRYMME_INGAENDE_SAKNAS: { severity: "fel", stage: "parse", title: "Ingående beslutsutrymme saknas" },
  MEDLEM_NAMN_SAKNAS: { severity: "fel", stage: "parse", title: "Medlemsnamn saknas" },
  MEDLEM_OKAND_TYP: { severity: "fel", stage: "parse", title: "Okänd medlemstyp" },
  MEDLEM_TYP_SAKNAS: { severity: "fel", stage: "parse", title: "Medlemstyp saknas" },
  MEDLEM_TYP_HARLEDD: { severity: "info", stage: "parse", title: "Medlemstyp utläst ur namnet" },
  NEGATIVT_BELOPP: { severity: "fel", stage: "parse", title: "Negativt belopp" },
  DELT_PERSONNUMMER: { severity: "varning", stage: "parse", title: "Personnummer i deltagarbladet" },
  KM_SUMMA_STAMMER_INTE: { severity: "varning", stage: "parse", title: "Kvinnor + män stämmer inte med summan" },
  FORDELNING_STAMMER_INTE: { severity: "varning", stage: "parse", title: "Fördelningen kvinnor/män stämmer inte" },
  REKV_SAKNAD_KOLUMN: { severity: "fel", stage: "parse", title: "Rekvisition: kolumn saknas" },
  REKV_SAKNAR_INSATS: { severity: "fel", stage: "parse", title: "Rekvisition utan insats" },
  REKV_SAKNAR_PERIOD: { severity: "fel", stage: "parse", title: "Rekvisition utan period" },
  REKV_OLASBAR_PERIOD: { severity: "fel", stage: "parse", title: "Rekvisitionens period kan inte läsas" },
  REKV_SAKNAR_BELOPP: { severity: "fel", stage: "parse", title: "Rekvisition utan belopp" },
  REKV_OLASBART_BELOPP: { severity: "fel", stage: "parse", title: "Rekvisitionens belopp kan inte läsas" },
  REKV_OLASBART_DATUM: { severity: "varning", also: ["fel"], stage: "parse", title: "Rekvisitionens datum kan inte läsas" },
  REKV_SUMMARAD_STAMMER_INTE: { severity: "varning", stage: "parse", title: "Rekvisitionernas summarad stämmer inte" },

  // Validation: rules across records.
  DUBBLETT_INSATS: { severity: "fel", stage: "validate", title: "Insatsen finns två gånger" },
  OKAND_POST: { severity: "fel", also: ["varning"], stage: "validate", title: "Okänd post" },
  PERIOD_UTANFOR_INSATS: { severity: "varning", stage: "validate", title: "Utfall utanför insatsens tid" },
  DELT_UTSKRIVEN_FORE_INSKRIVEN: { severity: "fel", stage: "validate", title: "Utskriven före inskriven" },
  DELT_AVSLUTSORSAK_SAKNAS: { severity: "varning", stage: "validate", title: "Avslutningsorsak saknas" },
  DELT_ANONYM_UTSKRIVEN: { severity: "varning", stage: "validate", title: "Anonym deltagare med utskrivningsdatum" },
  DELT_DUBBLETT_OVERLAPP: { severity: "varning", stage: "validate", title: "Samma deltagare två gånger samtidigt" },
  DELT_OKAND_INSATS: { severity: "fel", also: ["info"], stage: "validate", title: "Deltagare i okänd insats" },
  DELT_UTANFOR_INSATSPERIOD: { severity: "varning", stage: "validate", title: "Deltagare utanför insatsens tid" },
  DELT_OKANT_VARDE: { severity: "varning", stage: "validate", title: "Okänt värde i deltagarbladet" },
  DELT_FLER_AV_SAMMA: { severity: "info", stage: "validate", title: "Fler likadana anmärkningar" },

  // Computing the reports' figures.
  UTFALL_DELVIS_I_PERIODEN: { severity: "info", stage: "compute", title: "Utfall delvis i perioden" },
  BUDGET_UTANFOR_INSATSTID: { severity: "varning", stage: "compute", title: "Budget utanför insatsens tid" },
  KVOT_UTAN_BUDGET: { severity: "info", stage: "compute", title: "Förbrukningskvot utan budget" },
  POST_UTAN_BUDGET: { severity: "info", stage: "compute", title: "Post med utfall men utan budget" },
  BIDRAG_TOTAL_AVRUNDAT: { severity: "info", stage: "compute", title: "Medlemsbidraget avrundat till hela kronor" },
  BIDRAG_MEDLEMSTYP_SAKNAS: { severity: "fel", stage: "compute", title: "Medlemstyp saknas bland medlemmarna" },
  BIDRAG_BESLUTAT_AVVIKER: { severity: "varning", stage: "compute", title: "Beslutat bidrag avviker från beräknat" },
  BIDRAG_FAKTURERAT_AVVIKER: { severity: "varning", stage: "compute", title: "Fakturerat bidrag avviker från beslutat" },
  BIDRAG_ANDEL_OFULLSTANDIG: { severity: "varning", stage: "compute", title: "Andel angiven för bara några medlemmar" },
  BIDRAG_ANDEL_AVVIKER: { severity: "varning", stage: "compute", title: "Angiven andel avviker från fördelningen" },
  BIDRAG_INVANARE_SAKNAS: { severity: "fel", stage: "compute", title: "Invånarantal saknas" },
  BIDRAG_FLERA_MEDLEMMAR: { severity: "varning", stage: "compute", title: "Flera medlemmar av samma typ" },
  BIDRAG_ANDELAR_SUMMA: { severity: "fel", stage: "compute", title: "Andelarna summerar inte till 100 %" },
  BIDRAG_ANDELAR: { severity: "varning", stage: "compute", title: "Andelarna avviker från lagens fördelning" },
  BIDRAG_NASTA_AR_SAKNAS: { severity: "info", stage: "compute", title: "Nästa års medlemsbidrag kan inte räknas ur scenariot" },
  MEDLEMSBIDRAG_SKILJER: { severity: "info", stage: "compute", title: "Medlemsbidraget skiljer sig mellan bladen" },
  OGILTIG_INSTALLNING: { severity: "varning", stage: "compute", title: "Ogiltig inställning" },
  EGET_KAPITAL_OVER_TAK: { severity: "varning", stage: "compute", title: "Eget kapital över taket" },
  EGET_KAPITAL_SAKNAS: { severity: "info", stage: "compute", title: "Eget kapital saknas" },
  MEDLEMSBIDRAG_SAKNAS: { severity: "info", stage: "compute", title: "Medlemsbidrag saknas" },
  REKV_OKAND_INSATS: { severity: "fel", stage: "compute", title: "Rekvisition för okänd insats" },
  REKV_INSATS_INAKTIV: { severity: "fel", stage: "compute", title: "Rekvisition utanför insatsens tid" },
  REKV_PERIOD_OVER_ARSSKIFTE: { severity: "fel", stage: "compute", title: "Rekvisitionsperiod över årsskiftet" },
  REKV_DUBBLETT: { severity: "fel", stage: "compute", title: "Rekvisitionen finns två gånger" },
  REKV_SUMMA_STAMMER_INTE: { severity: "fel", stage: "compute", title: "Rekvisitionens summa stämmer inte" },
  REKV_NEGATIVT_BELOPP: { severity: "fel", stage: "compute", title: "Negativt rekvisitionsbelopp" },
  REKV_OVER_BUDGET: { severity: "varning", stage: "compute", title: "Rekvisitionen överskrider budgeten" },
  REKV_BUDGET_SLUT: { severity: "fel", stage: "compute", title: "Budgeten är redan utbetald" },
  REKV_SAKNAR_BUDGET: { severity: "fel", stage: "compute", title: "Ingen beviljad budget" },
  REKV_SEN: { severity: "varning", stage: "compute", title: "Sen rekvisition" },
  REKV_SAKNAR_INKOMMEN: { severity: "info", stage: "compute", title: "Inkommendatum saknas" },
  WHATIF_AR_SAKNAS: { severity: "varning", stage: "compute", title: "Scenario: året finns inte i modellen" },
  WHATIF_INSATS_TVETYDIG: { severity: "varning", stage: "compute", title: "Scenario: flera insatser med samma namn" },
  WHATIF_OKAND_INSATS: { severity: "varning", stage: "compute", title: "Scenario: okänd insats" },
  WHATIF_UTANFOR_MODELLEN: { severity: "varning", stage: "compute", title: "Scenario: belopp utanför modellens år" },
  WHATIF_SCENARIO_OLASBART: { severity: "varning", stage: "compute", title: "Sparat scenario kan inte läsas" },

  // Composing the reports.
  RAPPORT_SAKNAR_UNDERLAG: { severity: "info", stage: "report", title: "Rapporten saknar underlag" },
  INTERNT_FEL: { severity: "fel", stage: "report", title: "Internt fel" },
  PERSONNUMMER_DOLT: { severity: "varning", stage: "report", title: "Personnummer dolt i rapporterna" },
  BIDRAG_TOTAL_STAT: { severity: "varning", stage: "report", title: "Medlemsbidraget är inte två gånger statens tilldelning" },
  BIDRAG_TOTAL_FRAN_BESLUTAT: { severity: "info", stage: "report", title: "Medlemsbidraget summerat ur kolumnen Beslutat" },
  BIDRAG_TOTAL_SAKNAS: { severity: "fel", stage: "report", title: "Medlemsbidragets totalbelopp saknas" },
  BESLUTSUTRYMME_INGAENDE_SKILJER: { severity: "info", stage: "report", title: "Ingående beslutsutrymme skiljer sig" },
  BESLUTSUTRYMME_FRAN_BUDGET: { severity: "info", stage: "report", title: "Beslutsutrymmet räknat ur budgeten" },
  BESLUTSUTRYMME_NEGATIVT: { severity: "varning", stage: "report", title: "Negativt beslutsutrymme" },

  // Ledger (SIE files and saldobalans) and bokslut.
  SIE_INTE_SIE: { severity: "fel", stage: "parse", title: "Filen är ingen SIE-fil" },
  SIE_FEL_TYP: { severity: "fel", also: ["varning"], stage: "parse", title: "Fel SIE-typ" },
  SIE_OLASBAR_POST: { severity: "fel", also: ["varning", "info"], stage: "parse", title: "SIE-posten kan inte läsas" },
  SIE_OLASBART_BELOPP: { severity: "fel", also: ["varning"], stage: "parse", title: "Beloppet kan inte läsas" },
  SIE_TECKENKODNING: { severity: "varning", stage: "parse", title: "Filens teckenkodning" },
  SIE_SALDON_SAKNAS: { severity: "varning", stage: "parse", title: "SIE-filen saknar saldon" },
  SIE_OLASBART_DATUM: { severity: "fel", also: ["varning"], stage: "parse", title: "Datumet kan inte läsas" },
  SIE_DUBBLETT_KONTO: { severity: "varning", also: ["fel"], stage: "parse", title: "Kontot finns två gånger" },
  SIE_OKAND_POST: { severity: "info", also: ["fel"], stage: "parse", title: "SIE-post som inte används" },
  SIE_VALUTA: { severity: "varning", stage: "parse", title: "Beloppen är inte i kronor" },
  SIE_DUBBLETT_VER: { severity: "varning", stage: "parse", title: "Verifikationen finns två gånger" },
  VER_UTANFOR_AR: { severity: "varning", stage: "compute", title: "Verifikation utanför räkenskapsåret" },
  VER_OBALANS: { severity: "fel", stage: "parse", title: "Verifikationen balanserar inte" },
  SALDOBALANS_BUDGET_TECKEN: { severity: "info", stage: "parse", title: "Budgetkolumnen har omvänt tecken" },
  BOKSLUTSDATUM_UTAN_TRANSAKTIONER: { severity: "fel", stage: "compute", title: "Bokslutsdatum som filen inte kan ge" },
  BOKSLUTSDATUM_UTANFOR_AR: { severity: "fel", stage: "compute", title: "Bokslutsdatum utanför filens räkenskapsår" },
  KONTO_OMAPPAT: { severity: "fel", also: ["varning", "info"], stage: "compute", title: "Konto utan plats i uppställningen" },
  IB_TRANS_UB: { severity: "fel", stage: "compute", title: "Ingående balans och transaktioner ger inte utgående balans" },
  UB_RES_SUMMA: { severity: "fel", stage: "compute", title: "Utgående balans och resultat summerar inte till noll" },
  IB_FOREG_UB: { severity: "fel", stage: "compute", title: "Ingående balans skiljer sig från föregående års utgående" },
  BALANS_OBALANS: { severity: "fel", stage: "compute", title: "Balansräkningen balanserar inte" },
  EK_AVSTAMNING: { severity: "varning", also: ["fel"], stage: "compute", title: "Eget kapital stämmer inte med årets resultat" },
  KASSAFLODE_AVSTAMNING: { severity: "fel", also: ["varning"], stage: "compute", title: "Kassaflödet stämmer inte med likvida medel" },
  SOLIDITET_SKILJER: { severity: "varning", stage: "compute", title: "Soliditeten skiljer sig" },
  UTFALL_SKILJER: { severity: "varning", stage: "compute", title: "Bokföringen och Utfall-bladet skiljer sig" },

  // Added with the numbers and layout work.
  DUBBLETT_KOLUMN: { severity: "fel", also: ["varning"], stage: "parse", title: "Två kolumner med samma roll" },
  DUBBLETT_SAMMA_BELOPP: { severity: "info", stage: "parse", title: "Samma belopp i två kolumner" },
  BUDGETAR_FRAN_ARBETSBOKEN: { severity: "varning", stage: "detect", title: "Budgetåret taget från arbetsboken" },
  TABELLER_BREDVID: { severity: "fel", stage: "parse", title: "Två tabeller bredvid varandra" },
  DELT_UTAN_ID: { severity: "info", also: ["varning"], stage: "parse", title: "Deltagare utan ID" },
  DELT_KON_KOD: { severity: "varning", also: ["info"], stage: "parse", title: "Kön skrivet som kod" },
  GRUPP_GISSAD: { severity: "info", stage: "compute", title: "Grupp antagen" },
  PROGNOS_SAKNAS: { severity: "info", stage: "compute", title: "Prognos saknas" },
  PROGNOS_STEGFORANDRING: { severity: "info", stage: "compute", title: "Prognosen ändras stegvis" },
  BIDRAG_AF_BETALAR_INTE: { severity: "info", stage: "compute", title: "Arbetsförmedlingen betalar inget medlemsbidrag" },
  BIDRAG_REGIONER_UTAN_FORDELNING: { severity: "fel", stage: "compute", title: "Flera regioner utan fördelning" },
  BIDRAG_TOTAL_FRAN_BLADET: { severity: "info", stage: "report", title: "Medlemsbidraget hämtat ur bladet" },
  BIDRAG_TOTAL_OLIKA: { severity: "varning", stage: "report", title: "Medlemsbidraget anges olika" },

  // Added with the corpus and CLI work.
  EJ_FINSAM_ARBETSBOK: { severity: "fel", stage: "parse", title: "Arbetsboken ser inte ut som en Finsam-arbetsbok" },
  UTFALL_SAKNAS_I_PERIODEN: { severity: "varning", stage: "parse", title: "Utfall saknas i perioden" },
  REKV_ENHET: { severity: "fel", stage: "compute", title: "Rekvisitionens belopp i fel enhet" },
  UTFALL_UR_BOKFORINGEN: { severity: "info", stage: "report", title: "Utfallet läst ur bokföringen" },
  INGET_UNDERLAG: { severity: "fel", stage: "report", title: "Inget underlag för rapporterna" },
  FORMEL_UTAN_VARDE: { severity: "fel", stage: "host", title: "Formel utan beräknat värde" },

  // The host: limits on what is read.
  STORLEK_OVER_GRANS: { severity: "fel", stage: "host", title: "Bladet är för stort" },
} as const satisfies Record<string, IssueCodeInfo>;

/** Every issue code (a typo is a compile error). */
export type IssueCode = keyof typeof ISSUE_REGISTRY;

export const ISSUE_CODES = Object.keys(ISSUE_REGISTRY) as IssueCode[];

/** Registry entry of a code. */
export function issueInfo(code: IssueCode): IssueCodeInfo {
  return ISSUE_REGISTRY[code];
}

/** Severities a code may be raised with. */
export function allowedSeverities(code: IssueCode): readonly Severity[] {
  const info: IssueCodeInfo = ISSUE_REGISTRY[code];
  return [info.severity, ...(info.also ?? [])];
}
