/**
 * Reading the förbund's own sheets: detection of each sheet's kind and columns (with confidence), a mapping the
 * user can correct and save in the workbook, detect-sheet.ts has the scores, apply.ts the report modules' sheets. Reading
 * through the mapping is parse/ (parse/mapped/ for base sheets in any layout).
 */
export * from "../model/mapping";
export { detectSheet, detectSheetAs } from "./detect-sheet";
export { detectWorkbook, reconcileMapping } from "./detect-workbook";
export { applyMapping, sheetsOfKind, primarySheetOfKind, openForSearch, type AppliedMapping } from "./apply";
export { unusedSheetIssues, looksLikeInput, BLAD_LASES_INTE } from "./unused";
export { namedKind } from "../template/spec-kinds";
export { serializeMapping, parseMapping, workbookMappingSchema, MAPPING_SETTING_KEY, type MappingParse } from "../model/mapping-schema";
export { correctSheetKind, correctColumn, setSheetUse, addAliases } from "./edit";
export { LAYOUT_ANDRAD } from "./reconcile";
export { KEY_LABEL } from "../template/vocabulary";
export { roleOptions, MEASURE_LABEL, type RoleOption } from "./roles";
