import type { ColumnMapping } from "../model/mapping";
import type { RawSheet } from "../model/raw";
import { parseSvNumber } from "../text/sv-number";

/**
 * Columns computed from other columns, recognised by their content (issue 14 pattern 2), so they are never read
 * as utfall:
 * - a ratio column ("Förbrukat" holding 0,72 or 72 %) beside amounts in kronor or tkr → kvot (the kvot is checked
 *   against utfall / budget by the report, never summed);
 * - a row total beside month or quarter columns ("Summa utfall" = Σ Jan…Jun on every row, or on most rows under a
 *   total's header) → ovrigt; each row where it differs from Σ of the months is RADSUMMA_STAMMER_INTE at that cell
 *   (parse/mapped/row-totals.ts);
 * - a difference column under a neutral header ("Diff", "Kvar") = one amount column minus another on every row
 *   → avvikelse.
 */

export interface AmountColumn {
  col: ColumnMapping;
  c: number;
}

function numbers(sheet: RawSheet, from: number, c: number): (number | undefined)[] {
  const out: (number | undefined)[] = [];
  for (let r = from; r < sheet.values.length; r++) {
    const v = sheet.values[r]?.[c];
    if (typeof v === "number") out.push(v);
    else {
      const p = parseSvNumber(v ?? null);
      out.push(p.kind === "number" ? p.value : undefined);
    }
  }
  return out;
}

/** Headers of a row total ("Summa utfall", "Totalt", "S:a", "Ack. utfall", "Total", "Helår" beside its quarters). */
export const ROW_TOTAL_HEADER = /^(summa|s:a|totalt?|ack\.?\b|ackumulerat|sum\b|hel[åa]r\b|hela [åa]ret)/i;

const close = (a: number, b: number) => Math.abs(a - b) <= Math.max(1, Math.abs(b) * 1e-6);

/** Rows where every given column has a number. */
function rowsWith(cols: (number | undefined)[][]): number[] {
  const n = Math.max(0, ...cols.map((c) => c.length));
  const out: number[] = [];
  for (let r = 0; r < n; r++) if (cols.every((c) => c[r] !== undefined)) out.push(r);
  return out;
}

/** `ownPeriod`: columns whose header itself names a period ("Jan 2024", "Q1 2024"), not one taken from the title. */
export function markDerivedColumns(
  sheet: RawSheet,
  dataStart: number,
  amounts: readonly AmountColumn[],
  ownPeriod: ReadonlySet<number>,
): void {
  const values = new Map(amounts.map((a) => [a.c, numbers(sheet, dataStart, a.c)]));
  const money = amounts.filter((a) => a.col.measure === "utfall" || a.col.measure === "budget");
  const magnitude = (c: number) => {
    const xs = (values.get(c) ?? [])
      .filter((x): x is number => x !== undefined && x !== 0)
      .map(Math.abs)
      .sort((a, b) => a - b);
    return xs.length === 0 ? 0 : xs[Math.floor(xs.length / 2)];
  };
  // Ratio columns.
  for (const a of money) {
    const xs = (values.get(a.c) ?? []).filter((x): x is number => x !== undefined);
    if (xs.length < 2 || !xs.every((x) => Math.abs(x) <= 5) || xs.every((x) => Number.isInteger(x))) continue;
    if (!money.some((o) => o !== a && magnitude(o.c) >= 50)) continue;
    a.col.measure = "kvot";
    delete a.col.period;
    delete a.col.year;
  }
  // Row totals of period columns.
  const periodic = amounts.filter((a) => a.col.measure === "utfall" && a.col.period !== undefined && ownPeriod.has(a.c));
  if (periodic.length >= 2) {
    for (const a of amounts) {
      if (a.col.measure !== "utfall" || periodic.includes(a)) continue;
      const own = values.get(a.c) ?? [];
      const parts = periodic.map((p) => values.get(p.c) ?? []);
      const rows = rowsWith([own]);
      if (rows.length === 0) continue;
      const agree = rows.filter((r) =>
        close(
          own[r]!,
          parts.reduce((s, p) => s + (p[r] ?? 0), 0),
        ),
      ).length;
      // Σ of the period columns on every row, or on most rows (≥ 2 and at least half) under a total's header: a
      // row where it differs is then a finding at that cell (parse/mapped/row-totals.ts), never read as utfall.
      const sums = agree === rows.length || (agree >= 2 && agree * 2 >= rows.length && ROW_TOTAL_HEADER.test(a.col.header.trim()));
      if (!sums) continue;
      a.col.measure = "ovrigt";
      delete a.col.period;
      delete a.col.year;
      a.col.confidence = Math.min(a.col.confidence, 0.85);
    }
  }
  // Differences under neutral headers: a = x − y on every row.
  for (const a of amounts) {
    if ((a.col.measure !== "utfall" && a.col.measure !== "budget" && a.col.measure !== "ovrigt") || ownPeriod.has(a.c)) continue;
    const own = values.get(a.c) ?? [];
    for (const x of money) {
      if (x === a || a.col.measure === "avvikelse") continue;
      for (const y of money) {
        if (y === x || y === a) continue;
        const xs = values.get(x.c) ?? [];
        const ys = values.get(y.c) ?? [];
        const rows = rowsWith([own, xs, ys]);
        if (rows.length < 2 || !rows.every((r) => close(own[r]!, xs[r]! - ys[r]!))) continue;
        if (a.c < Math.max(x.c, y.c)) continue;
        a.col.measure = "avvikelse";
        delete a.col.period;
        delete a.col.year;
      }
    }
  }
}
