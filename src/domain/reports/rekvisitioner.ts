import type { RawSheet } from "../model";
import type { Issue } from "../issues";
import type { ModuleOutput, PipelineContext, ReportModule } from "./types";
import { computeRekvisitionskontroll } from "../compute/rekvisitioner/rekvisitionskontroll";
import { insatsNameResolver, workbookAliases } from "../parse/alias";
import { openForSearch, sheetsOfKind } from "../detect/apply";
import type { WorkbookMapping } from "../model/mapping";
import { normalizeHeader } from "../text/header";
import { parseRekvisitionBlankett } from "../parse/rekvisitioner/blankett";
import { cellText, parseRekvisitionerLista, type Rekvisition } from "../parse/rekvisitioner/rekvisitioner";
import { planRekvisitionskontroll, REKVISITIONSKONTROLL_KIND } from "../plan/rekvisitionskontroll";

/**
 * Report module "Rekvisitionskontroll" (domain.md §3.4). Reads every rekvisition sheet — the list layout and
 * the one-sheet-per-claim form — checks all claims together (so duplicates are found across sheets) and plans
 * the sheet "Rekvisitionskontroll ÅÅÅÅ-MM-DD". Returns null when the workbook has no rekvisitioner.
 */

/** How many top rows may hold a form's title ("Rekvisition av medel …"). */
const TITLE_ROWS = 4;

/** A sheet that the add-in wrote itself (never read back as input). */
function isOwnOutput(name: string): boolean {
  return normalizeHeader(name).startsWith("rekvisitionskontroll");
}

/**
 * A candidate rekvisition sheet: its name starts with "Rekv" ("Rekvisitioner", "Rekv Bryggan Q2"), or one of its
 * first rows begins with the word "Rekvisition" (a form an insats sent under another sheet name).
 */
export function isRekvisitionSheet(sheet: RawSheet): boolean {
  if (isOwnOutput(sheet.name)) return false;
  if (normalizeHeader(sheet.name).startsWith("rekv")) return true;
  for (const row of sheet.values.slice(0, TITLE_ROWS)) {
    const first = row.map(cellText).find((t) => t !== "");
    if (first !== undefined && normalizeHeader(first).startsWith("rekvisition") && !isOwnOutput(first)) return true;
  }
  return false;
}

/**
 * Every claim of the workbook: the sheets the mapping gives kind Rekvisitioner (whatever their names) and the
 * candidate sheets (isRekvisitionSheet) the mapping does not give another kind (openForSearch). A sheet is read as
 * a list when it has a header row with Insats, Period and Belopp, else as a form; the list's issues (a missing
 * Belopp column) are kept when it is not a form either.
 */
export function readRekvisitioner(
  sheets: readonly RawSheet[],
  mapping?: WorkbookMapping,
): { rekvisitioner: Rekvisition[]; issues: Issue[]; sheets: string[] } {
  const rekvisitioner: Rekvisition[] = [];
  const issues: Issue[] = [];
  const found: string[] = [];
  const mapped = new Set(mapping ? sheetsOfKind(sheets, mapping, "rekvisitioner").map((s) => s.name) : []);
  const open = new Set(openForSearch(sheets, mapping, "rekvisitioner"));
  sheets.forEach((sheet, index) => {
    if (isOwnOutput(sheet.name)) return;
    if (!mapped.has(sheet.name) && !(open.has(sheet) && isRekvisitionSheet(sheet))) return;
    const list = parseRekvisitionerLista(sheet, index);
    if (list && list.rekvisitioner.length > 0) {
      rekvisitioner.push(...list.rekvisitioner);
      issues.push(...list.issues);
      found.push(sheet.name);
      return;
    }
    const form = parseRekvisitionBlankett(sheet, index);
    if (form) {
      rekvisitioner.push(form);
      found.push(sheet.name);
    } else if (list) {
      issues.push(...list.issues);
      found.push(sheet.name);
    }
  });
  return { rekvisitioner, issues, sheets: found };
}

export const rekvisitionerModule: ReportModule<"rekvisitionskontroll"> = {
  kind: REKVISITIONSKONTROLL_KIND,
  label: "Rekvisitionskontroll",
  run(ctx: PipelineContext): ModuleOutput<"rekvisitionskontroll"> | null {
    const read = readRekvisitioner(ctx.sheets, ctx.mapping);
    if (read.rekvisitioner.length === 0) {
      return read.issues.length === 0 ? null : { result: null, plans: [], issues: read.issues };
    }
    // Names written as an alias or as the Insatsnamn count for the insats ("Individ -samverkansteam").
    const resolve = insatsNameResolver(ctx.base.insatser, workbookAliases(ctx.sheets, ctx.mapping));
    for (const k of read.rekvisitioner) k.insats = resolve(k.insats) ?? k.insats;
    const { result, issues } = computeRekvisitionskontroll(read.rekvisitioner, ctx.base);
    const { fran, till, idag } = ctx.options;
    return { result, plans: [planRekvisitionskontroll(result, ctx.base, { fran, till, idag })], issues: [...read.issues, ...issues] };
  },
};
