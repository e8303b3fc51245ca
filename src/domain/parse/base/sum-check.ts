import { CODES } from "../../issues/codes";
import { formatSv, unitLabel } from "../../text/format";
import type { CellReader } from "./cell-read";
import { isExcelError } from "../../text/excel-error";
import { parseSvNumber, writtenDecimals } from "../../text/sv-number";

/**
 * SUMMA_STAMMER_INTE (fel) at the sum cell, both figures in the unit and precision the sum is written in. When the
 * rows give the same amount with the opposite sign ("Totalt 10 238" where the rows add to −10 238), the message says
 * that only the sign is wrong.
 */
export function reportSumMismatch(
  reader: CellReader,
  r: number,
  c: number,
  statedKronor: number,
  rowsKronor: number,
  factor: number,
  teckenfel = false,
): void {
  const d = writtenDecimals(reader.value(r, c));
  const unit = unitLabel(factor);
  if (teckenfel) {
    reader.report(
      "fel",
      CODES.SUMMA_STAMMER_INTE,
      r,
      c,
      `Summaraden säger ${formatSv(statedKronor / factor, d)} ${unit} men raderna ovanför ger ${formatSv(rowsKronor / factor, d)} ${unit} (${reader.label(c)}): ` +
        "beloppet stämmer men tecknet är fel. Rätta tecknet på summaraden; summaraden används inte i beräkningarna.",
    );
    return;
  }
  reader.report(
    "fel",
    CODES.SUMMA_STAMMER_INTE,
    r,
    c,
    `Summaraden säger ${formatSv(statedKronor / factor, d)} ${unit} men raderna ovanför ger ${formatSv(rowsKronor / factor, d)} ${unit} (${reader.label(c)}). ` +
      "Kontrollera summaformeln och raderna; summaraden används inte i beräkningarna.",
  );
}

/**
 * Checks sum rows ("Summa", "S:a", "Totalt") against the data rows above them, per amount column.
 * A sum row agrees when it equals, within half a unit of the precision it is written at (and at least 0,5 kr),
 * one of: (a) the data rows since the previous sum row or group heading; (b) the data rows since the previous
 * sum row; (c) all data rows so far; (d) the previous sum rows plus the data rows after the last of them
 * (a grand total: Uppsala 2024-06-30 "Totalt" −1 480 = 12 050 − 2 711 − 10 329 − 490).
 * Otherwise SUMMA_STAMMER_INTE (fel: a wrong sum in a sheet that goes to the board) at the sum cell, giving both numbers in the written unit.
 * Mölndal 2016: rows add to −17 705 while the total says −17 703 → reported.
 * Values are in kronor with the sign as written (checked before any sign normalization).
 */
export class SumChecker {
  private readonly sinceBoundary: Float64Array;
  private readonly sinceSum: Float64Array;
  private readonly all: Float64Array;
  private readonly sums: Float64Array;
  private readonly taintBoundary: Uint8Array;
  private readonly taintSum: Uint8Array;
  private readonly taintAll: Uint8Array;

  constructor(
    private readonly reader: CellReader,
    /** Amount columns (indexes into the row). */
    private readonly cols: number[],
    /** Unit factor of each column (1000 for tkr). */
    private readonly factors: number[],
  ) {
    const n = cols.length;
    this.sinceBoundary = new Float64Array(n);
    this.sinceSum = new Float64Array(n);
    this.all = new Float64Array(n);
    this.sums = new Float64Array(n);
    this.taintBoundary = new Uint8Array(n);
    this.taintSum = new Uint8Array(n);
    this.taintAll = new Uint8Array(n);
  }

  /** Adds a data row's amount (kronor) of column number `i`; null = unreadable (the check is skipped). */
  add(i: number, kronor: number | null | undefined): void {
    if (kronor === undefined) return;
    if (kronor === null) {
      this.taintBoundary[i] = this.taintSum[i] = this.taintAll[i] = 1;
      return;
    }
    this.sinceBoundary[i] += kronor;
    this.sinceSum[i] += kronor;
    this.all[i] += kronor;
  }

  /** A group heading starts a new block. */
  group(): void {
    this.sinceBoundary.fill(0);
    this.taintBoundary.fill(0);
  }

  /** Checks sum row `r` (reporting SUMMA_STAMMER_INTE where it disagrees), then starts a new block. */
  sumRow(r: number): void {
    this.evaluate(r, true);
    this.sinceBoundary.fill(0);
    this.sinceSum.fill(0);
    this.taintBoundary.fill(0);
    this.taintSum.fill(0);
  }

  /**
   * True when row `r` — a row without a label, only numbers (Uppsala 2021: the total row of "Prognos och
   * utfall budget" has none) — agrees as a sum in every amount column that has a number.
   */
  isUnlabelledTotal(r: number): boolean {
    return this.evaluate(r, false);
  }

  /** Compares every numeric amount cell of row `r` with the candidates; true when at least one cell and all agree. */
  private evaluate(r: number, report: boolean): boolean {
    let any = false;
    let all = true;
    for (let i = 0; i < this.cols.length; i++) {
      const c = this.cols[i];
      const v = this.reader.value(r, c);
      if (report && isExcelError(v)) {
        this.reader.report(
          "varning",
          CODES.EXCEL_FEL,
          r,
          c,
          `Summaraden innehåller felvärdet ${String(v).trim().toUpperCase()}. Rätta summaformeln; summan används inte i beräkningarna.`,
        );
      }
      const p = parseSvNumber(v);
      if (p.kind !== "number") continue;
      any = true;
      const factor = p.unitFactor ?? this.factors[i];
      const written = p.unitFactor !== undefined ? p.value / factor : p.value;
      const kronor = written * factor;
      const d = writtenDecimals(v);
      const tol = Math.max(0.5, 0.5 * 10 ** -d * factor) + 1e-9 * Math.abs(kronor);
      const candidates: number[] = [];
      if (!this.taintBoundary[i]) candidates.push(this.sinceBoundary[i]);
      if (!this.taintSum[i]) candidates.push(this.sinceSum[i], this.sums[i] + this.sinceSum[i]);
      if (!this.taintAll[i]) candidates.push(this.all[i]);
      const agrees = candidates.length === 0 || candidates.some((x) => Math.abs(x - kronor) <= tol);
      if (!agrees) all = false;
      if (!report) continue;
      const motsatt = agrees ? undefined : candidates.find((x) => kronor !== 0 && Math.abs(x + kronor) <= tol);
      if (!agrees)
        reportSumMismatch(
          this.reader,
          r,
          c,
          kronor,
          motsatt ?? (this.taintBoundary[i] ? candidates[0] : this.sinceBoundary[i]),
          factor,
          motsatt !== undefined,
        );
      this.sums[i] += kronor;
    }
    return any && all;
  }
}
