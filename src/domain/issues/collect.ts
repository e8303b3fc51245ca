import { parseA1 } from "../model";
import { maskPersonnummer } from "../text/personnummer";
import { severityOrder, type Issue } from "./issue";
import type { IssueCode } from "./registry";

/**
 * The ONE order of issues, everywhere they are shown (task pane, CLI, JSON, Valideringsrapport):
 * severity (fel, varning, info), sheet name (Swedish collation), then cell by row and column (A10 after A9;
 * a range by its first cell); on one sheet, an issue about the whole sheet (cell "") before those about a cell.
 */
export function compareIssues(a: Issue, b: Issue): number {
  const s = severityOrder[a.severity] - severityOrder[b.severity];
  if (s !== 0) return s;
  const sheet = a.sheet.localeCompare(b.sheet, "sv");
  if (sheet !== 0) return sheet;
  const ca = parseA1(a.cell.split(":")[0] ?? "");
  const cb = parseA1(b.cell.split(":")[0] ?? "");
  if (ca && cb) return ca.row - cb.row || ca.col - cb.col;
  if (ca || cb) return ca ? 1 : -1;
  return a.cell.localeCompare(b.cell);
}

/** Stable sort of issues by `compareIssues`. */
export function sortIssues(issues: readonly Issue[]): Issue[] {
  return issues
    .map((x, i) => [x, i] as const)
    .sort((p, q) => compareIssues(p[0], q[0]) || p[1] - q[1])
    .map((p) => p[0]);
}

/**
 * Findings that another finding at the same cell makes redundant: the driftsredovisning's note on a post without
 * budget (POST_UTAN_BUDGET, info) where validation already reports the cell as a misspelt post (OKAND_POST, fel:
 * "Menade du …?") — one finding there, the one that says what to do.
 */
const SUPERSEDED: readonly { code: IssueCode; by: IssueCode; bySeverity: Issue["severity"] }[] = [
  { code: "POST_UTAN_BUDGET", by: "OKAND_POST", bySeverity: "fel" },
];

export interface CollectOptions {
  /** Masks personnummer-like parts of a message (default: text/personnummer's maskPersonnummer). */
  mask?: (text: string) => string;
}

/**
 * Issues ready to show: superseded findings dropped (see SUPERSEDED), messages masked (personnummer never reach
 * any output; done here once for every consumer), exact duplicates removed, sorted by `compareIssues`.
 */
export function collectIssues(issues: readonly Issue[], options: CollectOptions = {}): Issue[] {
  const mask = options.mask ?? maskPersonnummer;
  let kept = issues;
  for (const rule of SUPERSEDED) {
    const at = new Set(kept.filter((i) => i.code === rule.by && i.severity === rule.bySeverity).map((i) => `${i.sheet}!${i.cell}`));
    if (at.size > 0) kept = kept.filter((i) => i.code !== rule.code || !at.has(`${i.sheet}!${i.cell}`));
  }
  const seen = new Set<string>();
  const unique: Issue[] = [];
  for (const i of kept) {
    const message = mask(i.message);
    const masked = message === i.message ? i : { ...i, message };
    const key = [masked.severity, masked.code, masked.sheet, masked.cell, masked.message].join("\u0000");
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(masked);
  }
  return sortIssues(unique);
}
