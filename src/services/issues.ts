import { compareIssues, severityOrder, type Issue, type Severity } from "../domain/issues";
import type { IssueCounts } from "./types";

export const SEVERITIES: readonly Severity[] = ["fel", "varning", "info"];

/** Number of issues per severity. */
export function countIssues(issues: readonly Issue[]): IssueCounts {
  const counts: IssueCounts = { fel: 0, varning: 0, info: 0 };
  for (const i of issues) counts[i.severity]++;
  return counts;
}

/** Issues grouped by severity (fel, varning, info), each group in the one issue order (domain/issues/collect.ts: sheet, then cell); empty groups omitted. */
export function groupIssues(issues: readonly Issue[]): { severity: Severity; issues: Issue[] }[] {
  const sorted = [...issues].sort(compareIssues);
  return SEVERITIES.map((severity) => ({ severity, issues: sorted.filter((i) => i.severity === severity) })).filter(
    (g) => g.issues.length > 0,
  );
}

/** Issues of one sheet ("" = about the whole workbook), worst first, with their counts. */
export interface SheetIssueGroup {
  sheet: string;
  issues: Issue[];
  antal: IssueCounts;
}

/**
 * Issues grouped by sheet: sheets with fel first, then varningar, then info only; ties in workbook order
 * (`sheetOrder`, the sheets as read), then by name; issues about the whole workbook ("") last.
 * Within a sheet: fel, varning, info, each in cell order.
 */
export function groupIssuesBySheet(issues: readonly Issue[], sheetOrder: readonly string[] = []): SheetIssueGroup[] {
  const bySheet = new Map<string, Issue[]>();
  for (const i of issues) bySheet.set(i.sheet, [...(bySheet.get(i.sheet) ?? []), i]);
  const position = (s: string) => {
    const p = sheetOrder.indexOf(s);
    return p < 0 ? sheetOrder.length : p;
  };
  const worst = (list: Issue[]) => Math.min(...list.map((i) => severityOrder[i.severity]));
  const groups = [...bySheet].map(([sheet, list]) => ({
    sheet,
    issues: groupIssues(list).flatMap((g) => g.issues),
    antal: countIssues(list),
    worst: worst(list),
  }));
  groups.sort(
    (a, b) =>
      Number(a.sheet === "") - Number(b.sheet === "") ||
      a.worst - b.worst ||
      position(a.sheet) - position(b.sheet) ||
      a.sheet.localeCompare(b.sheet, "sv"),
  );
  return groups.map(({ sheet, issues: list, antal }) => ({ sheet, issues: list, antal }));
}

/** The issues whose severity is in `severities` and, when `sheet` is given, that are on that sheet. */
export function filterIssues(issues: readonly Issue[], severities: ReadonlySet<Severity>, sheet: string | null): Issue[] {
  return issues.filter((i) => severities.has(i.severity) && (sheet === null || i.sheet === sheet));
}
