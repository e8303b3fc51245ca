/**
 * .xlsx host (ExcelJS) shared by the CLI and the browser demo: reads workbooks into RawSheet[]
 * and writes SheetPlans into a workbook. No Node APIs here: bytes in, bytes out.
 */
export { readWorkbookXlsx, readWorkbookSheets, readWorksheet, loadWorkbook, readWorkbookFile, type ReadOptions } from "./read-workbook";
export { readCsv, isCsvFileName, csvToSimSheets } from "./read-csv";
export { writePlansToWorkbook, type XlsxWriteOptions, type XlsxWriteReport } from "./write-plans";
export { writePlansToXlsx } from "./write-plans-to-xlsx";
export { workbookToXlsx } from "./charts/workbook-bytes";
export { xlsxToSimSheets, sheetsToXlsx, simSheetsToWorkbook, type SimSheetData, type SimSheetInput } from "./sim-sheets";
export { REGISTRY_SHEET, readRegistry, type RegistryEntry } from "./registry";
export { uniqueSheetName, sanitizeSheetName, uniqueTableName } from "./sheet-names";
export { dateToSerial } from "./cell-value";
