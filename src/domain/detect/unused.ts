import { issue, type Issue } from "../issues/issue";
import type { RawSheet } from "../model/raw";
import { cellAddress, locateTable, normalizeHeader } from "../text/header";
import { analyzeTable } from "./analyze-table";
import { isOwnOutput } from "./detect-sheet";
import { nameHint, SPEC_KINDS, type SpecKind } from "../template/spec-kinds";
import { KIND_LABEL, SHEET_KINDS, type WorkbookMapping } from "../model/mapping";

/**
 * No sheet that looks like input is left out silently: BLAD_LASES_INTE (info, at the sheet's first cell) says
 * which sheet is not read and why —
 * - a second sheet of a kind only one sheet is read for (Insatser, Budget, Utfall, Inställningar), which the
 *   detection left out (not the user: a sheet the user switched off is not reported);
 * - a sheet the detection could not place (kind "annat") that looks like input: its name suggests a kind
 *   ("Rekv …", "Deltagare …"), its header has columns of a kind Finsam reads, or it is a table with amount
 *   columns (Budget, Utfall, Prognos …). Notes, instructions and the add-in's own output are not reported.
 */

export const BLAD_LASES_INTE = "BLAD_LASES_INTE";

const READ_KINDS = "Insatser, Budget, Utfall, Rekvisitioner, Deltagare, Medlemmar, Inställningar eller Alias";

/** True when a sheet the detection could not place still looks like it was meant as input (see the file comment). */
export function looksLikeInput(sheet: RawSheet): boolean {
  if (isOwnOutput(sheet) || sheet.values.length === 0) return false;
  const name = normalizeHeader(sheet.name);
  if (SHEET_KINDS.some((k) => k !== "annat" && nameHint(name, k) !== null)) return true;
  for (const kind of Object.keys(SPEC_KINDS) as SpecKind[]) {
    const t = locateTable(sheet, SPEC_KINDS[kind], { minMatches: 2 });
    if (t && SPEC_KINDS[kind].some((s) => s.required && t.columns[s.key] !== undefined)) return true;
  }
  const a = analyzeTable(sheet);
  return !!a && a.columns.some((c) => c.role === "belopp" && c.measure !== "ovrigt");
}

/** BLAD_LASES_INTE for every sheet of the mapping that is not read although it looks like input (see the file comment). */
export function unusedSheetIssues(sheets: readonly RawSheet[], mapping: WorkbookMapping): Issue[] {
  const out: Issue[] = [];
  const byName = new Map(sheets.map((s) => [s.name, s]));
  for (const m of mapping.sheets) {
    const sheet = byName.get(m.sheet);
    if (!sheet) continue;
    const at = cellAddress(sheet, 0, 0);
    if (!m.use && !m.corrected && m.kind !== "annat") {
      const primary = mapping.sheets.find((x) => x.kind === m.kind && x.use);
      const label = KIND_LABEL[m.kind];
      const why = primary
        ? `bladet "${primary.sheet}" läses som ${label}, och bara ett sådant blad läses`
        : `bladet är avstängt i mappningen`;
      out.push(
        issue(
          "info",
          BLAD_LASES_INTE,
          m.sheet,
          at,
          `Bladet läses inte som ${label}: ${why}. Välj bladet i mappningen om det är det rätta.`,
        ),
      );
    } else if (m.kind === "annat" && !m.corrected && looksLikeInput(sheet)) {
      out.push(
        issue(
          "info",
          BLAD_LASES_INTE,
          m.sheet,
          at,
          `Bladet läses inte: det känns inte igen som ${READ_KINDS}. Ange i mappningen vad bladet innehåller om det ska läsas.`,
        ),
      );
    }
  }
  return out;
}
