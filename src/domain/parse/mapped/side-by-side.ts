import { issue, type Issue } from "../../issues/issue";
import type { CellValue, RawSheet } from "../../model/raw";
import type { SheetMapping } from "../../model/mapping";
import { rowIndex } from "../../detect/fingerprint";
import { cellAddress, normalizeHeader } from "../../text/header";

/**
 * Two tables side by side on one sheet ("Insats | Belopp" for the budget in A–B, an empty column or two, "Insats |
 * Belopp" for the utfall in E–F; unseen.ts u08). Finsam reads one table per sheet: read as one, the right table's
 * name column became a second utfall column. Recognised on the mapping's header row: runs of columns separated by
 * columns empty from the header down, two runs of at least two header cells each, and a header text written in both
 * (a separator column inside one table repeats no header). TABELLER_BREDVID (fel) names both tables' first header
 * cells; the sheet is not read.
 */
export function sideBySideIssue(sheet: RawSheet, m: SheetMapping): Issue | undefined {
  if (m.headerRow <= 0) return undefined;
  const hr = rowIndex(sheet, m.headerRow);
  const header = sheet.values[hr];
  if (!header) return undefined;
  const width = Math.max(0, ...sheet.values.map((r) => r?.length ?? 0));
  const blank = (v: CellValue | undefined) => v === null || v === undefined || (typeof v === "string" && v.trim() === "");
  const emptyColumn = (c: number) => sheet.values.slice(hr).every((row) => blank(row?.[c]));
  const runs: number[][] = [];
  let run: number[] = [];
  for (let c = 0; c <= width; c++) {
    if (c === width || emptyColumn(c)) {
      if (run.length > 0) runs.push(run);
      run = [];
    } else run.push(c);
  }
  const named = runs.map((r) => r.filter((c) => !blank(header[c]))).filter((r) => r.length >= 2);
  if (named.length < 2) return undefined;
  const texts = named.map((r) => new Set(r.map((c) => normalizeHeader(header[c]))));
  for (let a = 0; a < named.length; a++)
    for (let b = a + 1; b < named.length; b++) {
      if (![...texts[a]].some((t) => texts[b].has(t))) continue;
      const left = cellAddress(sheet, hr, named[a][0]);
      const right = cellAddress(sheet, hr, named[b][0]);
      return issue(
        "fel",
        "TABELLER_BREDVID",
        sheet.name,
        right,
        `Bladet "${sheet.name}" har två tabeller bredvid varandra, från ${left} och från ${right}. Finsam läser en tabell per blad, så bladet används inte: ` +
          `flytta tabellen från ${right} till ett eget blad (t.ex. "Utfall"), så läses båda.`,
      );
    }
  return undefined;
}
