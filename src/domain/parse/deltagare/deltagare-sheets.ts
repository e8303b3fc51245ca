import { openForSearch, primarySheetOfKind, sheetsOfKind } from "../../detect/apply";
import type { WorkbookMapping } from "../../model/mapping";
import type { RawSheet } from "../../model/raw";
import { DELTAGARE_KOLUMNER } from "../../template/deltagare";
import { locateTable, normalizeHeader } from "../../text/header";

/**
 * The Deltagare sheet: the one the mapping gives kind Deltagare (whatever its name, see primarySheetOfKind), else
 * — among the sheets the mapping does not give another kind (openForSearch) — one named "Deltagare…", else the
 * first sheet whose header has every required column.
 */
export function findDeltagareSheet(sheets: readonly RawSheet[], mapping?: WorkbookMapping): RawSheet | undefined {
  const mapped = primarySheetOfKind(sheets, mapping, "deltagare");
  if (mapped) return mapped;
  const open = openForSearch(sheets, mapping, "deltagare");
  const byName = open.find((s) => normalizeHeader(s.name).startsWith("deltagare"));
  if (byName) return byName;
  return open.find((s) => {
    const t = locateTable(s, DELTAGARE_KOLUMNER, { minMatches: 4 });
    return t !== null && t.missing.length === 0;
  });
}

/**
 * Every participant sheet of the workbook (one per insats is common): the sheets the mapping gives kind Deltagare,
 * and — among the sheets the mapping does not give another kind — those named "Deltagare…" or whose header has
 * the required columns (Kön and Inskriven). In workbook order.
 */
export function findDeltagareSheets(sheets: readonly RawSheet[], mapping?: WorkbookMapping): RawSheet[] {
  const mapped = new Set(mapping ? sheetsOfKind(sheets, mapping, "deltagare") : []);
  const open = new Set(openForSearch(sheets, mapping, "deltagare"));
  return sheets.filter((s) => {
    if (mapped.has(s)) return true;
    if (!open.has(s)) return false;
    const t = locateTable(s, DELTAGARE_KOLUMNER, { minMatches: 3 });
    if (normalizeHeader(s.name).startsWith("deltagare")) return t !== null;
    return t !== null && t.missing.length === 0;
  });
}
