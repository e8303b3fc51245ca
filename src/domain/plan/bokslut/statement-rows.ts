import type { StatementLine } from "./statement";

/**
 * A statement as a row list: `[key, label, kind?, sumOf?]`. `key` names the row's amounts in the computed statement
 * (null for a section heading); a sum or total row adds up the rows whose keys are in `sumOf`, so the sheet's SUM
 * formula and the computed total follow the same table. Labels may hold {resultat}, {fran} and {till}.
 */
export type StatementRow<K extends string> = readonly [key: K | null, label: string, kind?: StatementLine["kind"], sumOf?: readonly K[]];

export interface RowContext {
  resultat: string;
  fran: string;
  till: string;
}

/** The statement lines of a row list; `amounts` gives one value per amount column for a key. */
export function statementLines<K extends string>(
  rows: readonly StatementRow<K>[],
  ctx: RowContext,
  amounts: (key: K) => (number | undefined)[],
): StatementLine[] {
  const index = new Map<K, number>();
  rows.forEach(([key], i) => key !== null && index.set(key, i));
  return rows.map(([key, label, kind, sumOf]) => ({
    label: label.replace(/\{(resultat|fran|till)\}/g, (_, k: keyof RowContext) => ctx[k]),
    values: key === null ? [] : amounts(key),
    ...(kind ? { kind } : {}),
    ...(sumOf ? { sumOf: sumOf.map((k) => index.get(k) ?? -1) } : {}),
  }));
}
