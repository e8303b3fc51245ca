import type { RawSheet } from "../domain/model";
import { findDeltagareSheet } from "../domain/parse/deltagare";
import type { PipelineResult } from "../domain/pipeline-types";
import { BESLUTSUTRYMME_KIND } from "../domain/plan/beslutsutrymme";
import { findMedlemmarSheet, isOwnOutput } from "../domain/reports/bidrag";
import { isRekvisitionSheet } from "../domain/reports/rekvisitioner";
import type { BladRad, BladTyp } from "./types";

const BASE_KINDS: Record<string, BladTyp> = {
  insatser: "insatser",
  budget: "budget",
  utfall: "utfall",
  installningar: "installningar",
};

/** The multi-year sheet the Beslutsutrymme report used, when it is one sheet of the workbook. */
function flerarsSheet(result: PipelineResult, names: ReadonlySet<string>): string | undefined {
  const r = result.results[BESLUTSUTRYMME_KIND] as { model?: { sourceSheet?: unknown } } | null | undefined;
  const name = r?.model?.sourceSheet;
  return typeof name === "string" && names.has(name) ? name : undefined;
}

/**
 * What each read sheet was taken as, in workbook order: the base sheets the parser chose
 * (result.base.sourceSheets), the rekvisition sheets, the Deltagare and Medlemmar sheets the reports read,
 * the multi-year sheet of the Beslutsutrymme report, and sheets the add-in wrote itself ("rapport").
 * A sheet no report uses gets null. The same finders as the report modules, so the list says what the
 * pipeline really did.
 */
export function bladOversikt(sheets: readonly RawSheet[], result: PipelineResult): BladRad[] {
  const kinds = new Map<string, BladTyp>();
  const set = (name: string | undefined, typ: BladTyp) => {
    if (name && !kinds.has(name)) kinds.set(name, typ);
  };
  for (const s of sheets) if (isOwnOutput(s)) set(s.name, "rapport");
  for (const [key, name] of Object.entries(result.base.sourceSheets)) {
    const typ = BASE_KINDS[key];
    if (typ) set(name, typ);
  }
  for (const s of sheets) if (isRekvisitionSheet(s)) set(s.name, "rekvisitioner");
  set(findDeltagareSheet(sheets)?.name, "deltagare");
  set(findMedlemmarSheet(sheets)?.name, "medlemmar");
  set(flerarsSheet(result, new Set(sheets.map((s) => s.name))), "flerarsprognos");
  return sheets.map((s) => ({ namn: s.name, typ: kinds.get(s.name) ?? null }));
}

/** Report kinds that produced a sheet in this run (the Valideringsrapport left out), in plan order. */
export function reportKindsWithPlans(result: PipelineResult): string[] {
  return [...new Set(result.plans.map((p) => p.kind).filter((k) => k !== "valideringsrapport"))];
}
