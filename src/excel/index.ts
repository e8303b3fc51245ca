/** The Excel host (the only code that names Excel.* and Office.*). */
export { createExcelHost } from "./host";
export type { ExcelHost, ExcelHostOptions } from "./host";
export { ExcelHostError } from "./errors";
export type { ExcelApi } from "./office-api";
export { LEGACY_SETTING_KEY } from "./registry";
export { REGISTER_SHEET } from "../domain/plan/output-registry";
export { TEMP_PREFIX } from "./naming";
export { runDiagnostikChecks, type CheckResult, type CheckStatus } from "./diagnostik";
