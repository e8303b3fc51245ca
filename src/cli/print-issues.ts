import type { Issue, Severity } from "../domain/issues";
import { countIssues, groupIssues } from "../services/issues";
import { issueCountText, SEVERITY_GROUP } from "../domain/text/severity";

/** Swedish text output of the CLI: issues grouped by severity, and a one-paragraph summary. */

const RUBRIK: Record<Severity, string> = SEVERITY_GROUP;

/** A sheet name as Excel writes it in a reference: quoted when it holds spaces or punctuation. */
export function sheetRef(sheet: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** "Utfall!C30", "Utfall" (no cell) or "Arbetsboken" (no sheet). */
export function issueLocation(i: Issue): string {
  if (!i.sheet) return "Arbetsboken";
  return i.cell ? `${sheetRef(i.sheet)}!${i.cell}` : sheetRef(i.sheet);
}

/** Issues grouped by severity, one line each: "  Utfall!C30: message". Empty string when there are none. */
export function formatIssues(issues: readonly Issue[]): string {
  const lines: string[] = [];
  for (const group of groupIssues(issues)) {
    lines.push(`${RUBRIK[group.severity]} (${group.issues.length}):`);
    for (const i of group.issues) lines.push(`  ${issueLocation(i)}: ${i.message}`);
    lines.push("");
  }
  return lines.join("\n");
}

function plural(n: number, en: string, flera: string): string {
  return `${n} ${n === 1 ? en : flera}`;
}

/** "2 fel, 1 varning och 3 information." — or "Inga fel eller varningar." */
export function formatCounts(issues: readonly Issue[]): string {
  const c = countIssues(issues);
  if (c.fel + c.varning + c.info === 0) return "Inga fel eller varningar.";
  return `${issueCountText(c)}.`;
}

export interface Summary {
  issues: readonly Issue[];
  output: string;
  written: { name: string }[];
  replaced: string[];
  notes: string[];
  json?: string;
}

/** The closing summary: counts, the sheets written (and replaced), notes, and what exit 1 means. */
export function formatSummary(s: Summary): string {
  const lines = [`Sammanfattning: ${formatCounts(s.issues)}`];
  if (s.written.length === 0) lines.push(`Inga rapporter kunde skrivas till ${s.output}.`);
  else {
    lines.push(`Skrev ${plural(s.written.length, "blad", "blad")} till ${s.output}:`); // "Skrev 1 blad", "Skrev 8 blad"
    for (const w of s.written) lines.push(`  ${w.name}`);
  }
  if (s.replaced.length > 0) lines.push(`Ersatte tidigare rapportblad: ${s.replaced.join(", ")}.`);
  for (const n of s.notes) lines.push(`Obs: ${n}`);
  if (s.json) lines.push(`JSON skrevs till ${s.json}.`);
  if (countIssues(s.issues).fel > 0) {
    lines.push("Arbetsboken har fel: rätta dem (se Valideringsrapport) och kör igen. Siffror som bygger på felaktiga celler kan vara fel.");
  }
  return `${lines.join("\n")}\n`;
}
