import { issue, type Issue } from "../issues/issue";
import type { RawSheet } from "../model/raw";
import { normalizeHeader } from "../text/header";
import { detectSheet } from "./detect-sheet";
import { columnIndex, columnLetter } from "../model/address";
import { compareFingerprint, rowIndex } from "./fingerprint";
import type { SheetMapping } from "../model/mapping";

export const LAYOUT_ANDRAD = "LAYOUT_ANDRAD";

/** The column letter whose header cell (on the mapping's header rows) says `key` (normalized). */
function headerColumn(sheet: RawSheet, m: SheetMapping, key: string): string | undefined {
  for (const excel of [m.headerRow, m.extraHeaderRow]) {
    if (!excel) continue;
    const r = rowIndex(sheet, excel);
    const row = r >= 0 ? (sheet.values[r] ?? []) : [];
    const c = row.findIndex((v) => normalizeHeader(v) === key);
    if (c >= 0) return columnLetter(c + sheet.origin.col);
  }
  return undefined;
}

/**
 * A saved sheet mapping checked against the sheet as it is now. When the header cells it was made from still
 * say the same, it is used as saved (with the user's corrections). When they changed — columns inserted, moved
 * or renamed, rows inserted above the header — the sheet is detected again and LAYOUT_ANDRAD (varning) names the
 * changed cells; the user's corrections are carried over to the columns whose header text is still there (now
 * perhaps in another column), and columns whose header is gone are listed, so nothing is silently misread.
 */
export function reconcileSheet(sheet: RawSheet, saved: SheetMapping): { mapping: SheetMapping; issues: Issue[] } {
  const change = compareFingerprint(sheet, saved);
  if (!change) return { mapping: saved, issues: [] };
  const fresh = detectSheet(sheet);
  const lost: string[] = [];
  if (saved.corrected) {
    if (saved.kind !== fresh.kind) fresh.kind = saved.kind;
    for (const old of saved.columns) {
      const key = normalizeHeader(old.header);
      const now = fresh.columns.find((c) => normalizeHeader(c.header) === key);
      if (now) {
        const { column, header } = now;
        Object.assign(now, { ...old, column, header });
        continue;
      }
      const column = key === "" ? undefined : headerColumn(sheet, fresh, key);
      if (column && !fresh.columns.some((c) => c.column === column)) fresh.columns.push({ ...old, column });
      else if (old.role !== "ignorera") lost.push(old.header || old.column);
    }
    fresh.columns.sort((a, b) => columnIndex(a.column) - columnIndex(b.column));
    fresh.corrected = true;
  }
  fresh.use = saved.use;
  const shown = change.changed.slice(0, 3).map((c) => `${c.cell}: "${c.was}" → "${c.now}"`);
  const more = change.changed.length > 3 ? ` och ${change.changed.length - 3} till` : "";
  const lostText = lost.length > 0 ? ` Kolumnerna ${lost.map((l) => `"${l}"`).join(", ")} i den sparade mappningen finns inte längre.` : "";
  const first = change.changed[0]?.cell ?? "";
  return {
    mapping: fresh,
    issues: [
      issue(
        "varning",
        LAYOUT_ANDRAD,
        sheet.name,
        first,
        `Bladets rubriker har ändrats sedan mappningen sparades (${shown.join("; ")}${more}). Bladet har lästs av på nytt${saved.corrected ? " och dina ändringar har flyttats med rubrikerna" : ""}.${lostText} Kontrollera mappningen och spara den igen.`,
      ),
    ],
  };
}
