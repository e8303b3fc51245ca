/**
 * Start-up against the real Office.js (loaded from Microsoft's CDN by taskpane.html and
 * commands.html). Besides host.ts's `Excel` argument, this is the only code that names Office.*.
 * Minimum: ExcelApi 1.9 (page layout and suspendScreenUpdatingUntilNextSync); delayForCellEdit
 * (ExcelApi 1.11) is ignored by older Excel versions.
 */
import { createExcelHost, type ExcelHost } from "./host";

export const REQUIRED_EXCEL_API = "1.9";

/** Waits for Office.js to initialise; rejects (in Swedish) when the page runs outside Office. */
export async function whenOfficeReady(): Promise<{ host: Office.HostType; platform: Office.PlatformType }> {
  if (typeof Office === "undefined")
    throw new Error("Office.js kunde inte laddas. Öppna Finsam för Excel från fliken Start i Excel, eller prova webbdemon.");
  return Office.onReady();
}

/** True for a dark "#RRGGBB" background (relative luminance below one half). */
export function isDarkColor(color: string | undefined): boolean {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color ?? "");
  if (!m) return false;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h, 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}

/** The Excel host over the real Office.js and whether Office uses a dark theme. */
export async function bootOffice(): Promise<{ host: ExcelHost; dark: boolean }> {
  const info = await whenOfficeReady();
  if (info.host !== Office.HostType.Excel) throw new Error("Finsam för Excel fungerar bara i Excel.");
  if (!Office.context.requirements.isSetSupported("ExcelApi", REQUIRED_EXCEL_API))
    throw new Error(
      `Den här Excel-versionen är för gammal för Finsam för Excel (kräver ExcelApi ${REQUIRED_EXCEL_API}: Excel 2021, Microsoft 365 eller Excel på webben).`,
    );
  const theme = Office.context.officeTheme as Office.OfficeTheme | undefined;
  return { host: createExcelHost(Excel), dark: theme?.isDarkTheme ?? isDarkColor(theme?.bodyBackgroundColor) };
}

/** Where the pane runs, for the Diagnostik report: platform, Office version and the supported ExcelApi sets. */
export function officeEnvironment(): { plattform: string; version: string; kravset: string[] } {
  const diag = Office.context.diagnostics as Office.ContextInformation | undefined;
  const kravset: string[] = [];
  for (let minor = 1; minor <= 20; minor++)
    if (Office.context.requirements.isSetSupported("ExcelApi", `1.${minor}`)) kravset.push(`ExcelApi 1.${minor}`);
  return { plattform: String(diag?.platform ?? "okänd"), version: diag?.version ?? "okänd", kravset };
}

/** The real Excel namespace, for the Diagnostik checks. */
export const realExcel = (): typeof Excel => Excel;
