/**
 * What a host hands the pure pipeline: one sheet's used range as plain data.
 * Dates arrive as Excel serial numbers (1900 date system) or as text; Excel error
 * values arrive as their text ("#REF!", "#DIV/0!", …); empty cells as "" or null.
 */
export type CellValue = string | number | boolean | null;

export interface RawSheet {
  /** The sheet's name as the user sees it on its tab. */
  name: string;
  /** 0-based row and column of values[0][0] in the sheet (a used range need not start at A1). */
  origin: { row: number; col: number };
  /** Rectangular grid of values, values[r][c]. */
  values: CellValue[][];
  /** Optional formulas for the same grid ("" or null where the cell holds a constant). */
  formulas?: (string | null)[][];
  /** Optional number formats for the same grid (e.g. `#,##0 "kr"`, `0%`). */
  numberFormats?: (string | null)[][];
  /**
   * Set by a host that measured the sheet and did NOT read it because it passes the size limits
   * (issues/limits.ts): its used range (and, from a file, the bytes of its XML). `values` is then empty and the
   * pipeline reports STORLEK_OVER_GRANS for it.
   */
  tooLarge?: { rows: number; columns: number; firstRow?: number; bytes?: number; atLeast?: boolean };
}

/** ISO calendar date "ÅÅÅÅ-MM-DD"; compares correctly as a string. */
export type IsoDate = string;

/** A cell in a user's sheet, kept with every parsed record so issues can point at it. */
export interface CellRef {
  sheet: string;
  /** A1 address, e.g. "C7". */
  cell: string;
}
