import { issue, type Issue, type Severity } from "./issue";
import type { IssueCode } from "./registry";
import { DELT_CODES, MAX_ISSUES_PER_CODE } from "../text/deltagare-koder";

/**
 * Collects the issues of one Deltagare sheet. Two guards keep a 100 000-row sheet readable:
 * - `unknownValue` reports one issue per column and distinct value (with "på N rader" added at the end);
 * - `finish` lists at most MAX_ISSUES_PER_CODE issues per code and summarises the rest in one info issue.
 */
export class DeltagareIssues {
  private readonly list: Issue[] = [];
  private readonly unknown = new Map<string, { index: number; count: number }>();

  constructor(readonly sheet: string) {}

  add(severity: Severity, code: IssueCode, cell: string, message: string): void {
    this.list.push(issue(severity, code, this.sheet, cell, message));
  }

  /** One DELT_OKANT_VARDE per column and written value; later rows only raise the count. */
  unknownValue(column: string, written: string, cell: string, message: string): void {
    this.once("varning", DELT_CODES.DELT_OKANT_VARDE, `${column}\u0001${written}`, cell, message);
  }

  /** One issue per code and key (the first cell); later occurrences only raise the count shown in the message. */
  once(severity: Severity, code: IssueCode, key: string, cell: string, message: string): void {
    const k = `${code}\u0001${key}`;
    const seen = this.unknown.get(k);
    if (seen) {
      seen.count++;
      return;
    }
    this.unknown.set(k, { index: this.list.length, count: 1 });
    this.add(severity, code, cell, message);
  }

  /** The issues, capped per code. */
  finish(): Issue[] {
    for (const { index, count } of this.unknown.values()) {
      if (count > 1) {
        const i = this.list[index];
        this.list[index] = { ...i, message: `${i.message} Samma sak gäller ${count} rader.` };
      }
    }
    return capIssues(this.list, this.sheet);
  }
}

/** Keeps the first `max` issues of each code; one info issue per capped code tells how many more there are. */
export function capIssues(issues: Issue[], sheet: string, max = MAX_ISSUES_PER_CODE): Issue[] {
  const counts = new Map<string, number>();
  const out: Issue[] = [];
  for (const i of issues) {
    const n = (counts.get(i.code) ?? 0) + 1;
    counts.set(i.code, n);
    if (n <= max) out.push(i);
  }
  for (const [code, n] of counts) {
    if (n > max) {
      out.push(
        issue(
          "info",
          DELT_CODES.DELT_FLER_AV_SAMMA,
          sheet,
          "",
          `${n - max} fler problem av samma slag (${code}) visas inte en och en; rätta de listade först och kör igen.`,
        ),
      );
    }
  }
  return out;
}
