import { severityOrder, type Issue, type Severity } from "../domain/model";
import type { IssueCounts } from "./types";

export const SEVERITIES: readonly Severity[] = ["fel", "varning", "info"];

/** Number of issues per severity. */
export function countIssues(issues: readonly Issue[]): IssueCounts {
  const counts: IssueCounts = { fel: 0, varning: 0, info: 0 };
  for (const i of issues) counts[i.severity]++;
  return counts;
}

/** Issues grouped by severity (fel, varning, info), each group in sheet then cell order; empty groups omitted. */
export function groupIssues(issues: readonly Issue[]): { severity: Severity; issues: Issue[] }[] {
  const sorted = [...issues].sort(
    (a, b) =>
      severityOrder[a.severity] - severityOrder[b.severity] ||
      a.sheet.localeCompare(b.sheet, "sv") ||
      compareCells(a.cell, b.cell),
  );
  return SEVERITIES.map((severity) => ({ severity, issues: sorted.filter((i) => i.severity === severity) })).filter(
    (g) => g.issues.length > 0,
  );
}

/** A1 order: by row, then column ("B2" < "A10"); non-cells ("" or ranges' first cell) fall back to text order. */
function compareCells(a: string, b: string): number {
  const ra = /^([A-Z]+)(\d+)/.exec(a);
  const rb = /^([A-Z]+)(\d+)/.exec(b);
  if (!ra || !rb) return a.localeCompare(b);
  return Number(ra[2]) - Number(rb[2]) || ra[1].length - rb[1].length || ra[1].localeCompare(rb[1]);
}
