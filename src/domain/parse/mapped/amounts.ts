import { issue, type Issue } from "../../issues/issue";
import type { Kostnadsslag, Period } from "../../model/records";
import type { CellReader } from "../base/cell-read";
import { readYear } from "../base/budget";
import { readKostnadsslag, readRange } from "../base/utfall";
import { CODES } from "../../issues/codes";
import type { AmountCol } from "./avvikelse";
import type { MappedColumns } from "./columns";
import { overlaps, planUtfallColumns, splitUtfall, wholeMonths, yearlyFromPeriod, type UtfallPlanItem } from "../../detect/periods";

/**
 * The figures of one row of a mapped table:
 * - budget per year: a whole-year column ("Budget 2024", "ack 2021 Budget" at year end, "Prel 2025"), else the
 *   longest part-year budget column of that year made yearly (× 12 / months: "Budget 2024-06-30" × 2,
 *   "Aktuell budget jan-aug" × 12/8) — but part-year columns that together cover the year ("Budget H1 2021 |
 *   Budget H2 2021", Q1…Q4) are summed and each kept as a period budget — else the Budget column of a long
 *   layout with its År column;
 * - prognos per year likewise (a prognos without budget gives budget 0, as "Prognostiserade ej nyttjade medel");
 * - utfall per period: wide columns made non-overlapping (periods.ts), or the Utfall column of a long layout
 *   with its Period or Från/Till columns.
 */

export interface RowAmounts {
  r: number;
  /** Column index → kronor as written (sign kept); undefined empty, null unreadable (reported). */
  values: Map<number, number | null | undefined>;
}

export interface YearAmounts {
  ar: number;
  budget?: number;
  prognos?: number;
  /** Column of the budget (or prognos) cell, for issues. */
  c: number;
  /** Budget given per period that together cover the year (halvår, kvartal): one BudgetRad with `period` each. */
  perioder?: { period: Period; budget: number; c: number }[];
}

export interface UtfallAmount {
  period: Period;
  value: number;
  kostnadsslag?: Kostnadsslag;
}

export class AmountPlan {
  private readonly utfallWide: AmountCol[];
  private readonly utfallLong: AmountCol[];
  private readonly plan: UtfallPlanItem[];
  private warnedNoPeriod = false;

  constructor(
    private readonly mc: MappedColumns,
    private readonly figures: readonly AmountCol[],
    private readonly reader: CellReader,
    private readonly issues: Issue[],
  ) {
    this.utfallWide = figures.filter((f) => f.col.measure === "utfall" && f.col.period !== undefined);
    this.utfallLong = figures.filter((f) => f.col.measure === "utfall" && f.col.period === undefined);
    this.plan = planUtfallColumns(this.utfallWide.map((f) => f.col.period!));
    for (const p of this.plan) {
      if (!p.skipped) continue;
      const f = this.utfallWide[p.index];
      issues.push(
        issue(
          "info",
          "UTFALL_OVERLAPPAR",
          reader.sheet.name,
          reader.address(mc.headerRow, f.c),
          `Kolumnen ${reader.label(f.c)} (${f.col.period!.label}) överlappar en annan utfallskolumn utan att ligga inuti den och används inte. Ändra i mappningen om den ska användas.`,
        ),
      );
    }
  }

  private yearOfRow(r: number): number | undefined {
    const c = this.mc.keys.ar;
    return c === undefined ? undefined : (readYear(this.reader, r, c) ?? undefined);
  }

  budget(a: RowAmounts): YearAmounts[] {
    const byYear = new Map<number, YearAmounts>();
    const at = (ar: number, c: number) => {
      let y = byYear.get(ar);
      if (!y) byYear.set(ar, (y = { ar, c }));
      return y;
    };
    const num = (f: AmountCol) => {
      const v = a.values.get(f.c);
      return typeof v === "number" ? v : undefined;
    };
    for (const measure of ["budget", "prognos"] as const) {
      const cols = this.figures.filter((f) => f.col.measure === measure);
      const yearly = new Set(cols.filter((f) => f.col.year !== undefined).map((f) => f.col.year!));
      for (const f of cols) {
        const v = num(f);
        if (v === undefined || f.col.year === undefined) continue;
        const y = at(f.col.year, f.c);
        if (y[measure] === undefined) y[measure] = v;
        if (measure === "budget") y.c = f.c;
      }
      const parts = cols.filter(
        (f) => f.col.year === undefined && f.col.period !== undefined && f.col.period.from.slice(0, 4) === f.col.period.to.slice(0, 4),
      );
      const partLen = (f: AmountCol) => Date.parse(f.col.period!.to) - Date.parse(f.col.period!.from);
      // Per year: the non-overlapping part columns, longest first ("Budget H1 2021", "Budget H2 2021"; Q1…Q4).
      const chosen = new Map<number, AmountCol[]>();
      for (const f of [...parts].sort((x, z) => partLen(z) - partLen(x))) {
        const v = num(f);
        const ar = Number(f.col.period!.from.slice(0, 4));
        if (v === undefined) continue;
        const list = chosen.get(ar) ?? [];
        if (list.some((g) => overlaps(g.col.period!, f.col.period!))) continue;
        list.push(f);
        chosen.set(ar, list);
      }
      for (const [ar, list] of chosen) {
        const months = list.reduce((m, f) => m + (wholeMonths(f.col.period!) ?? 0), 0);
        const sum = list.reduce((a, f) => a + num(f)!, 0);
        if (yearly.has(ar)) {
          // A Helår column beside Halvår 1 | Halvår 2: the halves are kept as period budgets when they add up to it.
          const y = byYear.get(ar);
          if (measure === "budget" && y?.budget !== undefined && months === 12 && Math.abs(sum - y.budget) < 1) {
            y.perioder = list
              .map((f) => ({ period: f.col.period!, budget: num(f)!, c: f.c }))
              .sort((a, b) => a.period.from.localeCompare(b.period.from));
          }
          continue;
        }
        const y = at(ar, list[0].c);
        if (y[measure] !== undefined) continue;
        if (months === 12) {
          // Parts that cover the year: the year's amount is their sum, and each part is a given period amount
          // (never H2 × 2: issue 14 pattern 4).
          y[measure] = list.reduce((a, f) => a + num(f)!, 0);
          if (measure === "budget")
            y.perioder = list
              .map((f) => ({ period: f.col.period!, budget: num(f)!, c: f.c }))
              .sort((a, b) => a.period.from.localeCompare(b.period.from));
        } else y[measure] = yearlyFromPeriod(num(list[0])!, list[0].col.period!);
        if (measure === "budget") y.c = list[0].c;
      }
      const long = cols.filter((f) => f.col.year === undefined && f.col.period === undefined);
      for (const f of long) {
        const v = num(f);
        if (v === undefined) continue;
        const ar = this.yearOfRow(a.r);
        if (ar === undefined) continue;
        const y = at(ar, f.c);
        if (y[measure] === undefined) y[measure] = v;
      }
    }
    return [...byYear.values()].filter((y) => y.budget !== undefined || y.prognos !== undefined);
  }

  /** Utfall columns of the row whose cell could not be read (the reader reported it and gave null). */
  unreadableUtfall(a: RowAmounts): number[] {
    return [...this.utfallWide, ...this.utfallLong].filter((f) => a.values.get(f.c) === null).map((f) => f.c);
  }

  utfall(a: RowAmounts): UtfallAmount[] {
    const out: UtfallAmount[] = [];
    const values = this.utfallWide.map((f) => {
      const v = a.values.get(f.c);
      return typeof v === "number" ? v : undefined;
    });
    for (const s of splitUtfall(this.plan, values)) out.push({ period: s.period, value: s.value });
    for (const f of this.utfallLong) {
      const v = a.values.get(f.c);
      if (typeof v !== "number") continue;
      const period = this.periodOfRow(a.r, f);
      if (period) out.push({ period, value: v });
    }
    const slag = this.kostnadsslag(a.r);
    if (slag) for (const u of out) u.kostnadsslag = slag;
    return out;
  }

  private periodOfRow(r: number, f: AmountCol): Period | null {
    const { period, fran, till } = this.mc.keys;
    if (period !== undefined) return this.reader.period(r, period, true) ?? null;
    if (fran !== undefined && till !== undefined) return readRange(this.reader, r, fran, till);
    if (!this.warnedNoPeriod) {
      this.warnedNoPeriod = true;
      this.issues.push(
        issue(
          "fel",
          CODES.SAKNAD_KOLUMN,
          this.reader.sheet.name,
          this.reader.address(this.mc.headerRow, f.c),
          `Kolumnen ${this.reader.label(f.c)} har utfall men ingen period: bladet har ingen Period-kolumn och rubriken anger ingen period. Ange perioden i mappningen eller lägg till en kolumn Period; utfallet används inte.`,
        ),
      );
    }
    return null;
  }

  private kostnadsslag(r: number): Kostnadsslag | undefined {
    const c = this.mc.keys.kostnadsslag;
    return c === undefined ? undefined : readKostnadsslag(this.reader, r, c);
  }
}
