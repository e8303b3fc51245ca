import type { Scenario } from "../domain/compute/what-if";
import type { Issue } from "../domain/issues";
import type { RawSheet } from "../domain/model";
import type { WorkbookMapping } from "../domain/model/mapping";
import { parseBase } from "../domain/parse/base/parse-base";
import { findMedlemmarSheet, nastaArScenarier, sameScenarioName } from "../domain/reports/bidrag";
import { BIDRAG_KIND } from "../domain/plan/bidrag";
import type { PipelineResult } from "../domain/reports/types";
import { joinSv } from "./join-sv";
import { readSavedScenarios } from "./saved-scenarios";

export type ScenarioVal = { ok: true; scenario: Scenario; issues: Issue[] } | { ok: false; error: string };

/**
 * `--scenario <namn>` → the Nästa år scenario the Bidrag report follows (PipelineOptions.nastaAr). The scenarios that
 * exist are the flerårsprognos as it stands (next year's column, "Prel 2025") and the ones the pane saved in the
 * workbook (nastaArScenarier, readSavedScenarios); names compare without case. An unknown name or a workbook without
 * any scenario is a command error (exit 2) in Swedish that lists what exists, or says what to add.
 */
export async function chooseScenario(
  name: string,
  sheets: RawSheet[],
  bytes: Uint8Array,
  till: string,
  mapping?: WorkbookMapping,
): Promise<ScenarioVal> {
  const saved = await readSavedScenarios(bytes);
  const { base } = parseBase(sheets, mapping);
  const found = nastaArScenarier({ sheets, base, mapping }, till, saved.scenarios);
  const scenario = found.scenarier.find((s) => sameScenarioName(s.name, name));
  if (scenario) return { ok: true, scenario, issues: saved.issues };
  if (found.scenarier.length === 0) {
    const why = saved.issues.length > 0 ? ` De sparade scenarierna kunde inte läsas: ${saved.issues.map((i) => i.message).join(" ")}` : "";
    return {
      ok: false,
      error:
        `Arbetsboken har inga Nästa år-scenarier, så scenariot "${name}" kan inte användas. Lägg till en flerårsprognos ` +
        `(ett blad som "Ekonomisk information" med kolumner Budget ${found.ar - 1}, Prognos ${found.ar - 1} och Prel ${found.ar}) ` +
        `eller spara ett scenario under Nästa år i Finsam-fönstret.${why} Inga rapporter skrevs.`,
    };
  }
  const names = found.scenarier.map((s) => `"${s.name}"`);
  return {
    ok: false,
    error:
      `Scenariot "${name}" finns inte i arbetsboken. ` +
      `${names.length === 1 ? "Det scenario som finns är" : "De scenarier som finns är"} ${joinSv(names)}` +
      `${found.flerarsprognos && found.scenarier[0].levers.length === 0 ? ` (${found.scenarier[0].name} är flerårsprognosen på bladet ${found.flerarsprognos})` : ""}. ` +
      "Inga rapporter skrevs.",
  };
}

/**
 * After the run: did it give next year's Bidrag sheet for the scenario (a plan of kind bidrag keyed "ÅÅÅÅ <namn>")?
 * If not — no Medlemmar sheet, a Medlemmar sheet without its columns, no medlemsavgifter for next year in the scenario —
 * a command error naming the reason (nothing is written) instead of a run that silently lacks the sheet asked for.
 */
export function scenarioNotComputed(scenario: Scenario, sheets: readonly RawSheet[], result: PipelineResult): string | null {
  if (result.plans.some((p) => p.kind === BIDRAG_KIND && p.key.endsWith(` ${scenario.name}`))) return null;
  const medlemmar = findMedlemmarSheet(sheets, result.mapping);
  if (!medlemmar) {
    return (
      `Scenariot "${scenario.name}" ger nästa års medlemsbidrag per medlem, men arbetsboken saknar bladet Medlemmar (Medlem, Typ, Invånare). ` +
      "Lägg till bladet (finsam mall skriver mallen) och kör igen. Inga rapporter skrevs."
    );
  }
  const reasons = result.issues
    .filter((i) => i.code === "BIDRAG_NASTA_AR_SAKNAS" || (i.severity === "fel" && i.sheet === medlemmar.name))
    .map((i) => i.message);
  return (
    `Medlemsbidraget per medlem enligt scenariot "${scenario.name}" kunde inte räknas${reasons.length > 0 ? `: ${reasons.join(" ")}` : "."} ` +
    "Inga rapporter skrevs."
  );
}
