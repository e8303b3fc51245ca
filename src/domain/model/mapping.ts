/**
 * The mapping of a workbook's own sheets onto what Finsam reads (plain JSON, versioned, saved in the workbook's
 * document settings so the next run is one click). Rows are Excel row numbers (1-based) and columns are letters
 * as the user sees them, so a mapping stays valid when the host's used range starts elsewhere.
 */

export { MAPPING_VERSION } from "./mapping-version";

export { KIND_LABEL, READ_SHEET_KINDS, SHEET_KINDS, type ReadSheetKind, type SheetKind } from "./sheet-kinds";

/** The mapping's types are inferred from its zod schema (model/mapping-schema.ts), the one source. */
export type { Alias, ColumnMapping, Fingerprint, Measure, RowMark, SheetMapping, UnitSource, WorkbookMapping } from "./mapping-schema";
