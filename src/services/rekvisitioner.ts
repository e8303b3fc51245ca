import { BEDOMNINGAR, type Bedomning } from "../domain/compute/rekvisitioner/rekvisitionskontroll";
import { rekvisitionLista } from "../domain/compute/rekvisitioner/lista";
import type { PipelineResult } from "../domain/reports/types";
import { REKVISITIONSKONTROLL_KIND } from "../domain/plan/rekvisitionskontroll";
import type { RekvisitionOk } from "./types";

/**
 * "Kontrollera rekvisitioner" from a pipeline run limited to the Rekvisitionskontroll: every claim with its
 * verdict, reasons and range (rekvisitionLista), the count per verdict, and the issues of the rekvisition
 * sheets that are not about one claim (a missing Belopp column, a wrong sum row). No rekvisitioner → no rows.
 */
export function rekvisitionSvar(result: PipelineResult, syncsRead: number | null): RekvisitionOk {
  const raw = result.results[REKVISITIONSKONTROLL_KIND];
  const rader = raw ? rekvisitionLista(raw) : [];
  const antal = Object.fromEntries(BEDOMNINGAR.map((b) => [b, 0])) as Record<Bedomning, number>;
  for (const r of rader) antal[r.verdict]++;
  const claimMessages = new Set(rader.flatMap((r) => r.reasons));
  const kallor = new Set(raw ? raw.kallor : []);
  const issues = result.issues.filter(
    (i) => (i.code.startsWith("REKV") || kallor.has(i.sheet)) && !claimMessages.has(i.message) && i.severity !== "info",
  );
  return { ok: true, rader, antal, issues, syncsRead };
}
