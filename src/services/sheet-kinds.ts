import type { SheetKind } from "../domain/detect";
import type { RawSheet } from "../domain/model";
import { findDeltagareSheet } from "../domain/parse/deltagare/deltagare-sheets";
import type { PipelineResult } from "../domain/reports/types";
import { BESLUTSUTRYMME_KIND } from "../domain/plan/beslutsutrymme";
import { findMedlemmarSheet, isOwnOutput } from "../domain/reports/bidrag";
import { isRekvisitionSheet } from "../domain/reports/rekvisitioner";
import type { BladRad, BladTyp } from "./types";
import { READ_SHEET_KINDS } from "../domain/model/sheet-kinds";

/** Every kind the sheet overview can show, in order: the domain's kinds that are read, then the pane's own two. */
export const BLAD_TYPER: readonly BladTyp[] = [...READ_SHEET_KINDS, "flerarsprognos", "rapport"];

/** A kind as the pane names it; "annat" is no kind (the sheet is not used). */
const bladTyp = (kind: SheetKind): BladTyp | null => (kind === "annat" ? null : kind);

/** parseBase's source-sheet keys that are sheet kinds (insatser, budget, utfall, installningar). */
const baseKind = (key: string): BladTyp | null => ((READ_SHEET_KINDS as readonly string[]).includes(key) ? (key as BladTyp) : null);

/** The multi-year sheet the Beslutsutrymme report used, when it is one sheet of the workbook. */
function flerarsSheet(result: PipelineResult, names: ReadonlySet<string>): string | undefined {
  const name = result.results[BESLUTSUTRYMME_KIND]?.model.sourceSheet;
  return name !== undefined && names.has(name) ? name : undefined;
}

/**
 * What each read sheet was taken as, in workbook order, most specific first: sheets the add-in wrote itself
 * ("rapport"), the multi-year sheet the Beslutsutrymme report used, then the kind the run's mapping gives a
 * sheet it reads (result.mapping: detected or saved by the user). Without a mapping the same finders as the
 * report modules decide (the base sheets the parser chose, rekvisition, Deltagare and Medlemmar sheets).
 * A sheet no report uses gets null.
 */
export function bladOversikt(sheets: readonly RawSheet[], result: PipelineResult): BladRad[] {
  const kinds = new Map<string, BladTyp>();
  const set = (name: string | undefined, typ: BladTyp | null) => {
    if (name && typ && !kinds.has(name)) kinds.set(name, typ);
  };
  for (const s of sheets) if (isOwnOutput(s)) set(s.name, "rapport");
  set(flerarsSheet(result, new Set(sheets.map((s) => s.name))), "flerarsprognos");
  if (result.mapping) {
    for (const m of result.mapping.sheets) if (m.use) set(m.sheet, bladTyp(m.kind));
  } else {
    for (const [key, name] of Object.entries(result.base.sourceSheets)) set(name, baseKind(key));
    for (const s of sheets) if (isRekvisitionSheet(s)) set(s.name, "rekvisitioner");
    set(findDeltagareSheet(sheets)?.name, "deltagare");
    set(findMedlemmarSheet(sheets)?.name, "medlemmar");
  }
  return sheets.map((s) => ({ namn: s.name, typ: kinds.get(s.name) ?? null }));
}

/** Report kinds that produced a sheet in this run (the Valideringsrapport left out), in plan order. */
export function reportKindsWithPlans(result: PipelineResult): string[] {
  return [...new Set(result.plans.map((p) => p.kind).filter((k) => k !== "valideringsrapport"))];
}
