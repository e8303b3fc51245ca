import { a1Range } from "../model";
import { sortIssues } from "../issues/collect";
import type { CellStyle, ParsedWorkbook, PlanCell, SheetPlan } from "../model";
import type { Issue, Severity } from "../issues";
import { COLORS, FIRST_DATA_ROW, HEADER_ROW, tableName, titleRows, titleStyles } from "./common";
import { reportSheetName } from "./sheet-names";
import { maskPersonnummer as maskPnrInText } from "../text/personnummer";
import { issueCountText, SEVERITY_LABEL } from "../text/severity";

/**
 * Sheet "Valideringsrapport": every issue with Allvarlighet, Blad, Cell, Meddelande and (last) Kod,
 * sorted fel → varning → info, then by sheet and by cell (row, then column); row 4 summarises
 * "3 fel, 5 varningar och 2 information". One Excel table over the list. Values that look like
 * personnummer are masked in messages, so they are never copied to the output.
 */

export const VALIDERINGSRAPPORT_KIND = "valideringsrapport";
/** There is one Valideringsrapport per workbook: every run replaces it. */
export const VALIDERINGSRAPPORT_KEY = "senaste";

const SEVERITY_TEXT: Record<Severity, string> = SEVERITY_LABEL;
const NCOLS = 5;

/** "3 fel, 5 varningar och 2 information" (singular "1 varning"). */
export function issueSummary(issues: readonly Issue[]): string {
  const n = (s: Severity) => issues.filter((i) => i.severity === s).length;
  return issueCountText({ fel: n("fel"), varning: n("varning"), info: n("info") });
}

const PERSONNUMMER = /\b(?:19|20)?\d{2}(?:0[1-9]|1[0-2])(?:[0-2]\d|3[01]|[6-8]\d|9[01])[-+ ]?\d{4}\b/g;

/**
 * Replaces anything that looks like a personnummer or samordningsnummer by "[personnummer dolt]": this pattern,
 * then the parser's detector (which also finds one glued to letters, "A19121212-1212", where \b fails).
 */
export function maskPersonnummer(text: string): string {
  return maskPnrInText(text.replace(PERSONNUMMER, "[personnummer dolt]"));
}

export interface ValideringsrapportOptions {
  fran: string;
  till: string;
  idag: string;
}

/** Builds the Valideringsrapport sheet; `issues` need not be sorted. */
export function planValideringsrapport(
  issues: readonly Issue[],
  base: ParsedWorkbook | null,
  options: ValideringsrapportOptions,
): SheetPlan {
  const sorted = sortIssues(issues);
  const kallor = base ? [...new Set(Object.values(base.sourceSheets).filter((s): s is string => !!s))] : [];
  const rows: PlanCell[][] = titleRows({
    rapport: "Valideringsrapport",
    forbund: base?.installningar.forbund,
    fran: options.fran,
    till: options.till,
    kallor,
    idag: options.idag,
    not: issueSummary(sorted),
  });
  // The internal code last: the ekonom reads severity, place and message; the code is for support.
  rows.push(["Allvarlighet", "Blad", "Cell", "Meddelande", "Kod"]);
  for (const i of sorted) rows.push([SEVERITY_TEXT[i.severity], i.sheet, i.cell, maskPersonnummer(i.message), i.code]);
  if (sorted.length === 0) rows.push(["", "", "", "Inga fel, varningar eller information hittades.", ""]);
  const last = rows.length - 1;

  const styles: CellStyle[] = [
    ...titleStyles(NCOLS),
    { range: "A4", bold: true },
    { range: a1Range(FIRST_DATA_ROW, 3, last, 3), wrap: true },
  ];
  let start = FIRST_DATA_ROW;
  for (let r = FIRST_DATA_ROW; r <= last; r++) {
    const sev = sorted[r - FIRST_DATA_ROW]?.severity;
    if (r < last && sorted[r + 1 - FIRST_DATA_ROW]?.severity === sev) continue;
    if (sev === "fel") styles.push({ range: a1Range(start, 0, r, 0), bold: true, fontColor: COLORS.hogText });
    if (sev === "varning") styles.push({ range: a1Range(start, 0, r, 0), fontColor: COLORS.lagText });
    start = r + 1;
  }

  return {
    kind: VALIDERINGSRAPPORT_KIND,
    key: VALIDERINGSRAPPORT_KEY,
    name: reportSheetName("Valideringsrapport"),
    rows,
    styles,
    tables: [{ name: tableName("Valideringsrapport"), range: a1Range(HEADER_ROW, 0, last, NCOLS - 1), style: "TableStyleLight9" }],
    freeze: { rows: HEADER_ROW + 1 },
    columnWidths: [80, 110, 60, 520, 190],
    pageSetup: { orientation: "Landscape", paperSize: "A4", fitToWidth: true, printTitleRows: "$5:$5" },
    summary: issueSummary(sorted),
  };
}
