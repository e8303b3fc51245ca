import type { CellReader } from "../base/cell-read";
import { formatSv, unitLabel } from "../../text/format";
import { writtenDecimals } from "../../text/sv-number";
import { ROW_TOTAL_HEADER } from "../../detect/derived-columns";
import type { MappedColumns } from "./columns";

/**
 * Checks a row-total column beside period columns (issue 14 pattern 2: "Jan 2024 … Jun 2024 | Summa utfall"): the
 * detection read it as a total (derived-columns.ts, measure ovrigt), so the kvot comes from the period columns; on
 * each data row where the total differs from Σ of the period columns by more than rounding, RADSUMMA_STAMMER_INTE
 * (fel) at the total's cell with both figures. Rounding: every written figure may be off by half a unit of its
 * written precision, so the tolerance is (n + 1) × ½ unit for n period columns (at least 0,5 kr each).
 */
export function checkRowTotals(reader: CellReader, mc: MappedColumns, rows: readonly number[]): void {
  const periods = mc.amounts.filter((a) => a.col.measure === "utfall" && a.col.period !== undefined);
  if (periods.length < 2) return;
  const totals = mc.amounts.filter(
    (a) => a.col.measure === "ovrigt" && a.col.period === undefined && ROW_TOTAL_HEADER.test(a.col.header.trim()),
  );
  for (const t of totals) {
    for (const r of rows) {
      const stated = reader.amount(r, t.c, t.factor);
      if (typeof stated !== "number") continue;
      let sum = 0;
      let tol = halfUnit(reader, r, t.c, t.factor);
      let any = false;
      for (const p of periods) {
        const v = reader.amount(r, p.c, p.factor);
        if (typeof v !== "number") continue;
        sum += v;
        tol += halfUnit(reader, r, p.c, p.factor);
        any = true;
      }
      if (!any || Math.abs(sum - stated) <= tol + 1e-9 * Math.abs(stated)) continue;
      const d = writtenDecimals(reader.value(r, t.c));
      const unit = unitLabel(t.factor);
      const first = reader.label(periods[0].c);
      const last = reader.label(periods[periods.length - 1].c);
      reader.report(
        "fel",
        "RADSUMMA_STAMMER_INTE",
        r,
        t.c,
        `${reader.label(t.c)} säger ${formatSv(stated / t.factor, d)} ${unit} men kolumnerna ${first}–${last} ger ${formatSv(sum / t.factor, d)} ${unit} på raden. ` +
          "Förbrukningen räknas på periodkolumnerna; kontrollera radsumman och periodernas belopp.",
      );
    }
  }
}

function halfUnit(reader: CellReader, r: number, c: number, factor: number): number {
  return Math.max(0.5, 0.5 * 10 ** -writtenDecimals(reader.value(r, c)) * factor);
}
