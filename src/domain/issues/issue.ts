import type { IssueCode } from "./registry";

export type { IssueCode };

import type { Severity } from "../model/severity";

/** The severity type lives in model/ (text/ names severities too); re-exported here with the Issue type. */
export type { Severity };

/**
 * A validation issue. Results and issues are data: a function that meets bad input
 * returns an Issue with the cell address; it never throws.
 */
export interface Issue {
  severity: Severity;
  /** Stable machine-readable code from the registry (issues/registry.ts), e.g. "SAKNAD_KOLUMN". */
  code: IssueCode;
  /** Sheet name the issue is about ("" for workbook-wide issues). */
  sheet: string;
  /** A1 address or range ("" when not about one cell). */
  cell: string;
  /** Swedish message that says what is wrong and what to do. */
  message: string;
}

export function issue(severity: Severity, code: IssueCode, sheet: string, cell: string, message: string): Issue {
  return { severity, code, sheet, cell, message };
}

export const severityOrder: Record<Severity, number> = { fel: 0, varning: 1, info: 2 };

export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((i) => i.severity === "fel");
}
