/**
 * Reading the förbund's own sheets: detection of each sheet's kind and columns (with confidence), a mapping the
 * user can correct and save in the workbook, and parsing through it. See detect-sheet.ts for the scores,
 * mapped-base.ts for parsing base sheets in any layout, apply.ts for the report modules' sheets.
 */
export * from "./types";
export { detectSheet, detectSheetAs } from "./detect-sheet";
export { detectWorkbook, reconcileMapping } from "./detect-workbook";
export { applyMapping, sheetsOfKind, primarySheetOfKind, openForSearch, type AppliedMapping } from "./apply";
export { unusedSheetIssues, looksLikeInput, BLAD_LASES_INTE } from "./unused";
export { missingBaseColumns, heldToTemplate } from "./required-columns";
export { namedKind } from "./spec-kinds";
export { serializeMapping, parseMapping, workbookMappingSchema, MAPPING_SETTING_KEY, type MappingParse } from "./schema";
export { correctSheetKind, correctColumn, setSheetUse, addAliases } from "./edit";
export { parseAliasSheet, aliasIndex, resolveInsatsName, suggestAlias, mergeAliases, workbookAliases, insatsNameResolver, ALIAS_OKAND_INSATS } from "./alias";
export { LAYOUT_ANDRAD } from "./reconcile";
export { DETECT_CODES } from "./mapped-base";
export { AVVIKELSE_STAMMER_INTE } from "./avvikelse";
export { KEY_LABEL } from "./vocabulary";
export { suggestAliasesFor } from "./suggest";
export { roleOptions, MEASURE_LABEL, type RoleOption } from "./roles";
