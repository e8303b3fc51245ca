import type { IsoDate } from "./raw";

/**
 * Records of the Deltagare sheet (domain.md §2): one row per participant and insats, pseudonymised.
 * One plain object per row with primitive fields only (no per-cell objects), so 100 000 rows stay cheap.
 */

export type Kon = "K" | "M";

/** Reasons for leaving (domain.md §3.6), in the order of the Avslutningsanledningar table. */
export const AVSLUTNINGSORSAKER = [
  "subventionerat_arbete",
  "ej_subventionerat_arbete",
  "eget_foretag",
  "studier",
  "aktivt_arbetssokande",
  "fortsatt_rehabilitering",
  "sjukdom",
  "foraldraledighet",
  "flytt",
  "ovrigt",
] as const;
export type Avslutningsorsak = (typeof AVSLUTNINGSORSAKER)[number];

/** Swedish labels of the reasons, as written in the output tables. */
export const AVSLUTNINGSORSAK_TEXT: Record<Avslutningsorsak, string> = {
  subventionerat_arbete: "Subventionerat arbete",
  ej_subventionerat_arbete: "Ej subventionerat arbete",
  eget_foretag: "Eget företag",
  studier: "Studier",
  aktivt_arbetssokande: "Aktivt arbetssökande",
  fortsatt_rehabilitering: "Fortsatt rehabilitering",
  sjukdom: "Sjukdom",
  foraldraledighet: "Föräldraledighet",
  flytt: "Flytt",
  ovrigt: "Övrigt",
};

/** Reasons that count as "till arbete" (sysselsättningsgrad applies to them). */
export const ARBETE: readonly Avslutningsorsak[] = ["subventionerat_arbete", "ej_subventionerat_arbete", "eget_foretag"];

export const UTBILDNINGAR = ["grundskola", "gymnasium", "eftergymnasial", "saknas", "okand"] as const;
export type Utbildning = (typeof UTBILDNINGAR)[number];

export const UTBILDNING_TEXT: Record<Utbildning, string> = {
  grundskola: "Grundskola",
  gymnasium: "Gymnasium",
  eftergymnasial: "Eftergymnasial",
  saknas: "Saknas",
  okand: "Okänd",
};

export interface DeltagareRad {
  /** 0-based index into sheet.values (for cell addresses via cellAddress). */
  row: number;
  /** Pseudonymised ID as written; "" when missing or when it looks like a personnummer (never kept). */
  id: string;
  /**
   * Key for finding the same participant twice: the ID, or for a personnummer-like ID an opaque
   * hash of its digits (never output). "" when no ID.
   */
  idKey: string;
  /** Insats as written; "" when empty or personnummer-like. */
  insats: string;
  /** Null when missing or unknown (reported); such a row counts in S:a only. */
  kon: Kon | null;
  /** Age at inskrivning in whole years: Ålder as written, or year(inskriven) − Födelseår. */
  alder: number | null;
  inskriven: IsoDate | null;
  utskriven: IsoDate | null;
  /** Null when empty; "okand" when written but not a known reason (reported as DELT_OKANT_VARDE). */
  avslutningsorsak: Avslutningsorsak | "okand" | null;
  anonym: boolean;
  /** Free text (not output). */
  kommun: string;
  /** Free text (not output). */
  forsorjning: string;
  arIOffentligForsorjning: number | null;
  utbildning: Utbildning;
  /** Ja = true, Nej = false, unknown/empty = null. */
  handlingsplan: boolean | null;
  /** Sysselsättningsgrad as a fraction (0,75 = 75 %); null when not given. */
  sysselsattningsgrad: number | null;
  /** True when a date needed for counting is missing or unreadable (reported as fel): the row is not counted. */
  olasbar: boolean;
}

/** The parsed Deltagare sheet. */
export interface DeltagareTabell {
  sheet: string;
  rader: DeltagareRad[];
  /** Column index (into sheet.values rows) of each located column, for cell addresses in validation. */
  columns: Partial<Record<DeltagareKolumn, number>>;
}

export type DeltagareKolumn =
  | "id"
  | "insats"
  | "kon"
  | "fodelsear"
  | "alder"
  | "inskriven"
  | "utskriven"
  | "avslutningsorsak"
  | "anonym"
  | "kommun"
  | "forsorjning"
  | "arOffentligForsorjning"
  | "utbildning"
  | "handlingsplan"
  | "sysselsattningsgrad";
