import type { Issue } from "../issues/issue";
import type { RawSheet } from "../model/raw";
import { normalizeHeader } from "../text/header";
import { detectSheet } from "./detect-sheet";
import { reconcileSheet } from "./reconcile";
import { completeYearFromWorkbook } from "./workbook-year";
import { KIND_LABEL, MAPPING_VERSION, type SheetKind, type SheetMapping, type WorkbookMapping } from "../model/mapping";

/**
 * Detects every sheet of a workbook (detectSheet) and decides which sheet is read for each base kind:
 * only one Insatser, one Budget and one Utfall sheet is read unless the user says otherwise — the sheet named
 * exactly after its kind, else the most confident one; the others are kept with use = false and a note (the
 * example workbook's "Ekonomisk information" looks like a budget too, but its Budget sheet is the budget).
 * With a saved mapping, sheets whose layout is unchanged keep their saved mapping; changed ones are detected
 * again (reconcileMapping reports LAYOUT_ANDRAD); sheets that are new are detected.
 */

const SINGLE_USE: readonly SheetKind[] = ["insatser", "budget", "utfall", "installningar"];
const EXACT: Partial<Record<SheetKind, string[]>> = {
  insatser: ["insatser"],
  budget: ["budget"],
  utfall: ["utfall"],
  installningar: ["installningar"],
};

function choosePrimaries(mappings: SheetMapping[], fixed: Set<SheetMapping>): void {
  for (const kind of SINGLE_USE) {
    const of = mappings.filter((m) => m.kind === kind);
    if (of.length < 2) continue;
    const userChosen = of.filter((m) => fixed.has(m) && m.use);
    const rank = (m: SheetMapping) => (EXACT[kind]?.includes(normalizeHeader(m.sheet)) ? 2 : 0) + m.confidence;
    const primary = userChosen[0] ?? of.reduce((a, b) => (rank(b) > rank(a) ? b : a));
    for (const m of of) {
      if (userChosen.length > 0 && fixed.has(m)) continue;
      m.use = m === primary;
      if (m !== primary) {
        const note = `Bladet "${primary.sheet}" läses som ${KIND_LABEL[kind]}; det här bladet används inte. Välj det i mappningen om det är rätt blad.`;
        m.notes = [...(m.notes ?? []).filter((n) => !n.includes("används inte")), note];
      }
    }
  }
}

/** Reconciles a saved mapping with the workbook as it is now: see the file comment. */
export function reconcileMapping(
  sheets: readonly RawSheet[],
  saved: WorkbookMapping | undefined,
  /** Only these saved sheet mappings are checked against their sheets; the others are kept as saved. */
  check: (m: SheetMapping) => boolean = () => true,
): { mapping: WorkbookMapping; issues: Issue[] } {
  const issues: Issue[] = [];
  const fixed = new Set<SheetMapping>();
  const fresh = new Set<SheetMapping>();
  const mappings = sheets.map((sheet) => {
    const old = saved?.sheets.find((m) => m.sheet === sheet.name);
    if (!old) {
      const m = detectSheet(sheet);
      fresh.add(m);
      return m;
    }
    if (!check(old)) {
      const kept = JSON.parse(JSON.stringify(old)) as SheetMapping;
      fixed.add(kept);
      return kept;
    }
    const r = reconcileSheet(sheet, old);
    issues.push(...r.issues);
    const m: SheetMapping = r.mapping === old ? (JSON.parse(JSON.stringify(old)) as SheetMapping) : r.mapping;
    if (r.mapping === old || old.corrected) fixed.add(m);
    return m;
  });
  choosePrimaries(mappings, fixed);
  issues.push(...completeYearFromWorkbook(sheets, mappings, fresh));
  return { mapping: { version: MAPPING_VERSION, sheets: mappings, alias: saved?.alias ? [...saved.alias] : [] }, issues };
}

/** The mapping of a workbook: every sheet's kind, columns and confidence (see the file comment). */
export function detectWorkbook(sheets: readonly RawSheet[], saved?: WorkbookMapping): WorkbookMapping {
  return reconcileMapping(sheets, saved).mapping;
}
