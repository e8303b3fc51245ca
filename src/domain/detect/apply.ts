import type { Issue } from "../issues/issue";
import type { RawSheet } from "../model/raw";
import { normalizeHeader } from "../text/header";
import { reconcileMapping } from "./detect-workbook";
import { withStandardHeader } from "./standard-header";
import type { SheetKind, SheetMapping, WorkbookMapping } from "../model/mapping";

/**
 * Applies a (possibly user-corrected) mapping for the report modules:
 * - the mapping is checked against the sheets as they are now (LAYOUT_ANDRAD for a changed layout, which is
 *   then detected again — never read with a stale mapping);
 * - the sheets of the record kinds the modules read themselves (Deltagare, Rekvisitioner, Medlemmar) get their
 *   header row renamed in place to the standard column names the mapping gives, so the modules' parsers read the
 *   förbund's own column names; values and positions are untouched, so their issues point at the user's cells.
 * Base sheets are read by parseBase(sheets, mapping) from the ORIGINAL sheets: pass it `mapping` from here.
 */

const REWRITTEN: readonly SheetKind[] = ["deltagare", "rekvisitioner", "medlemmar"];

export interface AppliedMapping {
  /** Every sheet, in order; record-kind sheets with standard header names. */
  sheets: RawSheet[];
  /** The mapping reconciled with the sheets (save it back when it changed). */
  mapping: WorkbookMapping;
  issues: Issue[];
}

export function applyMapping(sheets: readonly RawSheet[], mapping: WorkbookMapping): AppliedMapping {
  const { mapping: m, issues } = reconcileMapping(sheets, mapping);
  const byName = new Map<string, SheetMapping>(m.sheets.map((s) => [s.sheet, s]));
  const out = sheets.map((sheet) => {
    const sm = byName.get(sheet.name);
    if (!sm || !REWRITTEN.includes(sm.kind) || !sm.use) return sheet;
    return withStandardHeader(sheet, sm);
  });
  return { sheets: out, mapping: m, issues };
}

/** The sheets the mapping gives a kind (in workbook order), e.g. the Medlemmar sheet whatever its name. */
export function sheetsOfKind(sheets: readonly RawSheet[], mapping: WorkbookMapping, kind: SheetKind): RawSheet[] {
  const names = new Set(mapping.sheets.filter((s) => s.kind === kind && s.use).map((s) => s.sheet));
  return sheets.filter((s) => names.has(s.name));
}

/**
 * The sheet a module reads when only one sheet of the kind is read (Deltagare, Medlemmar): among the sheets the
 * mapping uses as that kind, the one named exactly after the kind, else the most confident, else undefined.
 */
export function primarySheetOfKind(
  sheets: readonly RawSheet[],
  mapping: WorkbookMapping | undefined,
  kind: SheetKind,
): RawSheet | undefined {
  if (!mapping) return undefined;
  const of = mapping.sheets.filter((s) => s.kind === kind && s.use && sheets.some((x) => x.name === s.sheet));
  if (of.length === 0) return undefined;
  const exact = of.find((s) => normalizeHeader(s.sheet) === kind);
  const best = exact ?? of.reduce((a, b) => (b.confidence > a.confidence ? b : a));
  return sheets.find((s) => s.name === best.sheet);
}

/** Confidence from which a detected kind keeps a sheet out of the other modules' own name-based searches. */
const CLAIMED = 0.9;

/**
 * The sheets a module's own (name- or content-based) search may still consider for `kind` when the mapping gives
 * it none: every sheet except those the mapping gives another kind by the user's correction or by a confident
 * detection (≥ 0,9: the Insatser sheet, a published K/M/S:a table). Without a mapping, every sheet.
 */
export function openForSearch(sheets: readonly RawSheet[], mapping: WorkbookMapping | undefined, kind: SheetKind): RawSheet[] {
  if (!mapping) return [...sheets];
  const claimed = new Set(
    mapping.sheets.filter((s) => s.kind !== kind && s.kind !== "annat" && (s.corrected || s.confidence >= CLAIMED)).map((s) => s.sheet),
  );
  const off = new Set(mapping.sheets.filter((s) => s.corrected && s.kind === "annat").map((s) => s.sheet));
  return sheets.filter((s) => !claimed.has(s.name) && !off.has(s.name));
}
