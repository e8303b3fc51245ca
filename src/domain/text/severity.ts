import type { Severity } from "../model/severity";

/**
 * One Swedish name per severity, the same in the pane, the CLI and the Valideringsrapport:
 * fel, varning, information. Counts read "1 fel", "1 varning", "2 varningar", "1 information".
 */

/** The severity as a label in a list or a column: "Fel", "Varning", "Information". */
export const SEVERITY_LABEL: Record<Severity, string> = { fel: "Fel", varning: "Varning", info: "Information" };

/** Headings of groups of issues: "Fel", "Varningar", "Information". */
export const SEVERITY_GROUP: Record<Severity, string> = { fel: "Fel", varning: "Varningar", info: "Information" };

/** "1 fel", "3 fel", "1 varning", "2 varningar", "4 information". */
export function severityCount(severity: Severity, n: number): string {
  if (severity === "varning") return `${n} ${n === 1 ? "varning" : "varningar"}`;
  return `${n} ${severity === "fel" ? "fel" : "information"}`;
}

/** "3 fel, 5 varningar och 2 information" (all three, also when 0). */
export function issueCountText(counts: Record<Severity, number>): string {
  return `${severityCount("fel", counts.fel)}, ${severityCount("varning", counts.varning)} och ${severityCount("info", counts.info)}`;
}

/** "1 blad skrivet", "3 blad skrivna". */
export function sheetsWritten(n: number): string {
  return `${n} blad ${n === 1 ? "skrivet" : "skrivna"}`;
}
