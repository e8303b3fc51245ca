import type { Period } from "./records";

/**
 * The mapping of a workbook's own sheets onto what Finsam reads (plain JSON, versioned, saved in the workbook's
 * document settings so the next run is one click). Rows are Excel row numbers (1-based) and columns are letters
 * as the user sees them, so a mapping stays valid when the host's used range starts elsewhere.
 */

export const MAPPING_VERSION = 1;

import type { SheetKind } from "./sheet-kinds";
export { KIND_LABEL, READ_SHEET_KINDS, SHEET_KINDS, type ReadSheetKind, type SheetKind } from "./sheet-kinds";

/** An amount column's content: utfall, budget (year or period), prognos, avvikelse, förbrukningskvot, or other figures. */
export type Measure = "utfall" | "budget" | "prognos" | "avvikelse" | "kvot" | "ovrigt";

/** Where a column's unit factor came from. */
export type UnitSource = "rubrik" | "titel" | "gissad" | "anvandare" | "standard";

export interface ColumnMapping {
  /** Column letter ("C"). */
  column: string;
  /** Header text as written; two header rows joined with " / " ("Q3 - Q4 2021 / Utfall TSEK"). */
  header: string;
  /**
   * Field of the kind ("post", "agare", "period", "insats", "kon" …), "belopp" for an amount column
   * (see measure), or "ignorera".
   */
  role: string;
  /** For role "belopp". */
  measure?: Measure;
  /** Interval the amounts cover (utfall; a budget for part of a year). */
  period?: Period;
  /** Year of a whole-year budget or prognos column ("Budget 2024", "Prel 2025"). */
  year?: number;
  /** Factor to kronor: 1 (kr), 1000 (tkr/TSEK), 1 000 000 (mkr). */
  factor?: number;
  unitSource?: UnitSource;
  /** 0–1: 1 = exact synonym, lower for prefix, content-based or guessed columns. */
  confidence: number;
}

/** Header cells of a sheet when its mapping was made: a changed layout is noticed (LAYOUT_ANDRAD), never misread. */
export interface Fingerprint {
  cells: { cell: string; text: string }[];
}

export interface SheetMapping {
  version: typeof MAPPING_VERSION;
  sheet: string;
  kind: SheetKind;
  /** 0–1. */
  confidence: number;
  /** False for a second sheet of a base kind (only one Insatser, Budget and Utfall sheet is read unless the user says so). */
  use: boolean;
  /** Excel row number of the (last) header row; 0 when the sheet has no header row (Inställningar, Alias). */
  headerRow: number;
  /** 1 or 2: a period row above (or below) the field row. */
  headerRows: number;
  /** Excel row number of a second header row ("Q3 - Q4 2021" above "Utfall TSEK"; "2024-06-30" below "Budget"). */
  extraHeaderRow?: number;
  /** "lang": one row per post and period/year; "bred": one column per period or year. */
  layout: "lang" | "bred";
  columns: ColumnMapping[];
  fingerprint: Fingerprint;
  /** True when the user changed the detected mapping. */
  corrected?: boolean;
  /** Short Swedish notes on what was detected ("Enheten gissad: tkr", "Radpar namn/ägare"). */
  notes?: string[];
}

/** An alternative spelling of an insats: utfall, rekvisitioner and deltagare on `namn` count for `insats`. */
export interface Alias {
  namn: string;
  insats: string;
}

export interface WorkbookMapping {
  version: typeof MAPPING_VERSION;
  sheets: SheetMapping[];
  alias: Alias[];
}
