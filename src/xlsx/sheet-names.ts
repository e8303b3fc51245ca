/**
 * Names for what the .xlsx host creates. Sheet names come from the shared pure rules in
 * src/domain/plan/sheet-names.ts (the Excel host uses the same), re-exported here.
 */
export { uniqueSheetName, toSheetName as sanitizeSheetName } from "../domain/plan/sheet-names";

/** A valid, workbook-unique Excel table name: the one sanitiser, src/domain/plan/table-names.ts. */
export { uniqueTableName } from "../domain/plan/table-names";
