import type { CellReader } from "../base/cell-read";
import { isExcelError } from "../../text/excel-error";
import { reportSumMismatch } from "../base/sum-check";
import { parseSvNumber, writtenDecimals } from "../../text/sv-number";
import { CODES } from "../../issues/codes";

/**
 * Checks the sum rows of a budget or utfall table that nests its sums (Uppsala 2024 driftsredovisning:
 * "Summa samverkansinsatser" = Individinriktade + Strukturinriktade; "Totalt" = the four group sums;
 * Ekonomisk information: "S:A KOSTNADER" = Förtroendevalda + Förvaltning + Förvaltning ESF + the leading
 * total "Samverkansinsatser" that sums the insatser below it).
 *
 * Items are the data rows and the sums that replaced their rows. A sum row agrees, per column it fills, when it
 * equals within half a unit of its written precision (at least 0,5 kr) either the data rows since the last
 * heading or sum row, or the sum of some run of the latest items; the shortest such run is replaced by the sum
 * row. Otherwise SUMMA_STAMMER_INTE (fel) at the cell — Mölndal 2016: rows −17 705, total −17 703 — and the
 * stated sum replaces the rows since the last heading, so outer sums are still checked against what is written.
 */
export class SumTree {
  private items: (number | undefined)[][] = [];
  /** Per item: how many data rows it stands for (1 for a data row, the rows under it for a sum). */
  private counts: number[] = [];
  private since: number[];
  private tainted: boolean[];
  private blockStart = 0;
  private leads: { start: number; coversTo: number }[] = [];

  constructor(
    private readonly reader: CellReader,
    /** Amount columns (indexes into the row). */
    private readonly cols: number[],
    private readonly factors: number[],
  ) {
    this.since = cols.map(() => 0);
    this.tainted = cols.map(() => false);
  }

  /** A row's amounts in kronor as written; undefined = empty, null = unreadable. */
  private values(r: number): (number | null | undefined)[] {
    return this.cols.map((c, i) => {
      const v = this.reader.value(r, c);
      if (v === null || v === "" || (typeof v === "string" && v.trim() === "")) return undefined;
      if (isExcelError(v)) return null;
      const p = parseSvNumber(v);
      if (p.kind !== "number" || p.unitFactor === 0.01) return p.kind === "empty" ? undefined : null;
      return p.unitFactor !== undefined ? p.value : p.value * this.factors[i];
    });
  }

  heading(): void {
    this.since.fill(0);
    this.tainted.fill(false);
    this.blockStart = this.items.length;
  }

  data(r: number): void {
    const v = this.values(r);
    v.forEach((x, i) => {
      if (x === null) this.tainted[i] = true;
      else if (x !== undefined) this.since[i] += x;
    });
    this.items.push(v.map((x) => (x === null ? undefined : x)));
    this.counts.push(1);
  }

  /** A leading total: checked once its rows are read (see after), replaces them as one item. */
  lead(r: number, coversTo: number): void {
    const v = this.values(r).map((x) => (x === null ? undefined : x));
    this.items.push(v);
    this.counts.push(0);
    this.leads.push({ start: this.items.length, coversTo });
  }

  /** Call after each row: a leading total whose last covered row is `r` replaces the items read since it. */
  after(r: number): void {
    const done = this.leads.filter((l) => l.coversTo === r);
    if (done.length === 0) return;
    this.leads = this.leads.filter((l) => l.coversTo !== r);
    const start = Math.min(...done.map((l) => l.start));
    this.counts[start - 1] += this.counts.splice(start).reduce((a, b) => a + b, 0);
    this.items.splice(start);
    this.blockStart = Math.min(this.blockStart, this.items.length);
  }

  /** True when row r agrees as a sum in at least one column (used for unlabelled total rows). */
  agreesSomewhere(r: number): boolean {
    const v = this.values(r);
    return v.some((x, i) => typeof x === "number" && this.matchesIn(i, x));
  }

  private tolerance(r: number, i: number, kronor: number): number {
    const d = writtenDecimals(this.reader.value(r, this.cols[i]));
    return Math.max(0.5, 0.5 * 10 ** -d * this.factors[i]) + 1e-9 * Math.abs(kronor);
  }

  private suffix(k: number, i: number): number {
    let s = 0;
    for (let j = k; j < this.items.length; j++) s += this.items[j][i] ?? 0;
    return s;
  }

  private matchesIn(i: number, x: number, tol = 0.5 + 1e-9 * Math.abs(x)): boolean {
    if (!this.tainted[i] && Math.abs(this.since[i] - x) <= tol) return true;
    for (let k = this.items.length - 1; k >= 0; k--) if (Math.abs(this.suffix(k, i) - x) <= tol) return true;
    return false;
  }

  /** Checks sum row r; returns the number of data rows it covers (for the rounding tolerance of its avvikelse). */
  sum(r: number): number {
    const v = this.values(r);
    const filledCols = v.map((x, i) => i).filter((i) => typeof v[i] === "number");
    const fits = (k: number) =>
      filledCols.every((i) => Math.abs(this.suffix(k, i) - (v[i] as number)) <= this.tolerance(r, i, v[i] as number));
    let run = filledCols.length > 0 && this.blockStart < this.items.length && fits(this.blockStart) ? this.blockStart : -1;
    for (let k = this.items.length - 1; run < 0 && k >= 0 && filledCols.length > 0; k--) if (fits(k)) run = k;
    const sinceAgrees = filledCols.every(
      (i) => !this.tainted[i] && Math.abs(this.since[i] - (v[i] as number)) <= this.tolerance(r, i, v[i] as number),
    );
    if (run < 0 && !sinceAgrees) {
      for (const i of filledCols) {
        const x = v[i] as number;
        if (this.tainted[i] || this.matchesIn(i, x, this.tolerance(r, i, x))) continue;
        this.report(r, i, x);
      }
      run = Math.min(this.blockStart, this.items.length);
    }
    v.forEach((x, i) => {
      if (x !== null) return;
      const raw = this.reader.value(r, this.cols[i]);
      const code = isExcelError(raw) ? CODES.EXCEL_FEL : CODES.OLASBART_TAL;
      this.reader.report(
        "varning",
        code,
        r,
        this.cols[i],
        `Summaraden innehåller ${String(raw).trim()}, som inte kan läsas som ett tal. Rätta summan; den kontrolleras inte.`,
      );
    });
    let covered = 0;
    if (run >= 0) {
      this.items.splice(run);
      this.items.push(v.map((x) => (x === null ? undefined : x)));
      covered = this.counts.splice(run).reduce((a, b) => a + b, 0);
      this.counts.push(covered);
    }
    this.since.fill(0);
    this.tainted.fill(false);
    this.blockStart = this.items.length;
    return covered;
  }

  /** The candidate sum nearest to what the row says: the rows since the last heading or any run of the latest items. */
  private nearest(i: number, x: number): number {
    let best = this.since[i];
    for (let k = this.items.length - 1; k >= 0; k--) {
      const s = this.suffix(k, i);
      if (Math.abs(s - x) < Math.abs(best - x)) best = s;
    }
    return best;
  }

  private report(r: number, i: number, kronor: number): void {
    reportSumMismatch(this.reader, r, this.cols[i], kronor, this.nearest(i, kronor), this.factors[i]);
  }
}
