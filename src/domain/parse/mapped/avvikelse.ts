import type { CellReader } from "../base/cell-read";
import { formatSv, unitLabel } from "../../text/format";
import type { ColumnMapping } from "../../model/mapping";

export const AVVIKELSE_STAMMER_INTE = "AVVIKELSE_STAMMER_INTE";

/**
 * Checks a table's own avvikelse column (domain.md §3.2). The convention is inferred from the rows:
 * Utfall − Budget (Uppsala: Jobbcentrum −955 − (−1 326) = 371) or Budget − Utfall (costs written positive);
 * the one more rows follow wins. Each row that follows neither, beyond one written unit, is
 * AVVIKELSE_STAMMER_INTE (varning) at its avvikelse cell. An avvikelse column is paired with the utfall and
 * budget columns of its own period, or with the only utfall/budget pair of the table.
 */
export interface AmountCol {
  c: number;
  col: ColumnMapping;
  factor: number;
}

function samePeriod(a: ColumnMapping, b: ColumnMapping): boolean {
  return (
    (a.period?.label ?? (a.year !== undefined ? String(a.year) : "")) === (b.period?.label ?? (b.year !== undefined ? String(b.year) : ""))
  );
}

export function checkAvvikelse(reader: CellReader, rows: readonly number[], amounts: readonly AmountCol[]): void {
  const utfall = amounts.filter((a) => a.col.measure === "utfall");
  const budget = amounts.filter((a) => a.col.measure === "budget");
  for (const av of amounts.filter((a) => a.col.measure === "avvikelse")) {
    let u = utfall.find((x) => samePeriod(x.col, av.col));
    let b = budget.find((x) => samePeriod(x.col, av.col));
    if ((!u || !b) && utfall.length === 1 && budget.length >= 1) {
      u = utfall[0];
      b = budget.find((x) => samePeriod(x.col, u!.col)) ?? (budget.length === 1 ? budget[0] : undefined);
    }
    if (!u || !b) continue;
    const checks: { r: number; a: number; d1: boolean; d2: boolean; tol: number }[] = [];
    let n1 = 0;
    let n2 = 0;
    for (const r of rows) {
      const a = reader.value(r, av.c);
      if (a === null || a === "") continue;
      const av1 = reader.amount(r, av.c, av.factor);
      const issuesBefore = reader.issues.length;
      const uv = reader.amount(r, u.c, u.factor) ?? 0;
      const bv = reader.amount(r, b.c, b.factor) ?? 0;
      reader.issues.length = issuesBefore; // unreadable cells are reported where the figures are read
      if (typeof av1 !== "number" || uv === null || bv === null) continue;
      const tol = av.factor + 1e-9 * Math.abs(av1);
      const d1 = Math.abs(uv - bv - av1) <= tol;
      const d2 = Math.abs(bv - uv - av1) <= tol;
      if (d1) n1++;
      if (d2) n2++;
      checks.push({ r, a: av1, d1, d2, tol });
    }
    const utfallMinusBudget = n1 >= n2;
    for (const k of checks) {
      if (utfallMinusBudget ? k.d1 : k.d2) continue;
      const uv = reader.amount(k.r, u.c, u.factor) ?? 0;
      const bv = reader.amount(k.r, b.c, b.factor) ?? 0;
      const expected = utfallMinusBudget ? (uv as number) - (bv as number) : (bv as number) - (uv as number);
      const unit = unitLabel(av.factor);
      reader.report(
        "varning",
        AVVIKELSE_STAMMER_INTE,
        k.r,
        av.c,
        `Avvikelsen är ${formatSv(k.a / av.factor)} ${unit} men ${utfallMinusBudget ? "Utfall − Budget" : "Budget − Utfall"} ger ${formatSv(expected / av.factor)} ${unit} (${reader.label(av.c)}). ` +
          "Kontrollera raden; Finsam räknar avvikelsen själv.",
      );
    }
  }
}
