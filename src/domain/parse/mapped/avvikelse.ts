import type { CellReader } from "../base/cell-read";
import { formatSv, unitLabel } from "../../text/format";
import type { ColumnMapping } from "../../model/mapping";
import { CODES } from "../../issues/codes";
import type { Kategori } from "../../model/records";

export const AVVIKELSE_STAMMER_INTE = "AVVIKELSE_STAMMER_INTE" as const;

/**
 * Checks a table's own avvikelse column (domain.md §3.2). The convention is inferred from the data rows:
 * Utfall − Budget (Uppsala: Jobbcentrum −955 − (−1 326) = 371), Budget − Utfall (costs written positive, or a
 * column headed "Budget − utfall"), or "positive = better than budget" with costs written positive (intäkter
 * Utfall − Budget, kostnader Budget − Utfall, by the row's kategori); the one most rows follow wins (ties in that order).
 * - Each data row that follows neither, beyond one written unit, is AVVIKELSE_STAMMER_INTE (varning) at its
 *   avvikelse cell.
 * - Each sum row's avvikelse must be the sum row's OWN Utfall − Budget (in the inferred convention), not the sum of
 *   the avvikelser above it: Uppsala 2024-06-30 as published prints Summa intäkter 32 where 12 094 − 12 050 = 44 and
 *   Totalt 848 where −620 − (−1 480) = 860 (it leaves the unbudgeted 12 tkr out) → SUMMA_STAMMER_INTE (fel) at the
 *   sum row's avvikelse cell. A rounded table is tolerated: |stated − computed| ≤ max(1, n × 0,5) written units, n =
 *   the data rows the sum covers (a tkr table typed from kronor: 42 against 40 over four rows is rounding).
 * An avvikelse column is paired with the utfall and budget columns of its own period, or with the only utfall/budget
 * pair of the table (pairAvvikelse).
 */
export interface AmountCol {
  c: number;
  col: ColumnMapping;
  factor: number;
}

/** A sum row and the number of data rows it covers (SumTree.sum). */
export interface SumRow {
  r: number;
  rows: number;
}

export interface AvvikelsePair {
  av: AmountCol;
  u: AmountCol;
  b: AmountCol;
}

function samePeriod(a: ColumnMapping, b: ColumnMapping): boolean {
  return (
    (a.period?.label ?? (a.year !== undefined ? String(a.year) : "")) === (b.period?.label ?? (b.year !== undefined ? String(b.year) : ""))
  );
}

/** Each avvikelse column with the utfall and budget columns it is checked against (none when the table has no such pair). */
export function pairAvvikelse(amounts: readonly AmountCol[]): AvvikelsePair[] {
  const utfall = amounts.filter((a) => a.col.measure === "utfall");
  const budget = amounts.filter((a) => a.col.measure === "budget");
  const pairs: AvvikelsePair[] = [];
  for (const av of amounts.filter((a) => a.col.measure === "avvikelse")) {
    let u = utfall.find((x) => samePeriod(x.col, av.col));
    let b = budget.find((x) => samePeriod(x.col, av.col));
    if ((!u || !b) && utfall.length === 1 && budget.length >= 1) {
      u = utfall[0];
      b = budget.find((x) => samePeriod(x.col, u!.col)) ?? (budget.length === 1 ? budget[0] : undefined);
    }
    if (u && b) pairs.push({ av, u, b });
  }
  return pairs;
}

interface Figures {
  a: number;
  u: number;
  b: number;
  /** Both the utfall and the budget cell are filled (a sum row is only checked then). */
  filled: boolean;
}

/** The row's avvikelse, utfall and budget in kronor; null when the avvikelse is empty or a figure cannot be read (reported where it is read). */
function figures(reader: CellReader, r: number, p: AvvikelsePair): Figures | null {
  const raw = reader.value(r, p.av.c);
  if (raw === null || raw === "") return null;
  const issuesBefore = reader.issues.length;
  const a = reader.amount(r, p.av.c, p.av.factor);
  const u = reader.amount(r, p.u.c, p.u.factor) ?? 0;
  const b = reader.amount(r, p.b.c, p.b.factor) ?? 0;
  reader.issues.length = issuesBefore;
  if (typeof a !== "number" || u === null || b === null) return null;
  const blank = (c: number) => {
    const v = reader.value(r, c);
    return v === null || (typeof v === "string" && v.trim() === "");
  };
  return { a, u, b, filled: !blank(p.u.c) && !blank(p.b.c) };
}

type Konvention = "utfall-budget" | "budget-utfall" | "gynnsam";
type Formel = "Utfall − Budget" | "Budget − Utfall";
const KONVENTIONER: Konvention[] = ["utfall-budget", "budget-utfall", "gynnsam"];

/** The formula a row follows under a convention; undefined when it depends on a kategori the row does not have. */
function formelFor(k: Konvention, kategori: Kategori | undefined): Formel | undefined {
  if (k === "utfall-budget") return "Utfall − Budget";
  if (k === "budget-utfall") return "Budget − Utfall";
  return kategori === "intakt" ? "Utfall − Budget" : kategori === "kostnad" ? "Budget − Utfall" : undefined;
}

const berakna = (formel: Formel, f: Figures): number => (formel === "Utfall − Budget" ? f.u - f.b : f.b - f.u);

/**
 * `kategoriOf` gives a row's kategori (data rows: the row's; sum rows: their heading's) for the "positive = better"
 * convention; without it that convention is not considered.
 */
export function checkAvvikelse(
  reader: CellReader,
  rows: readonly number[],
  amounts: readonly AmountCol[],
  sumRows: readonly SumRow[] = [],
  kategoriOf?: (r: number) => Kategori | undefined,
): void {
  const konventioner = kategoriOf ? KONVENTIONER : KONVENTIONER.slice(0, 2);
  for (const p of pairAvvikelse(amounts)) {
    const unit = unitLabel(p.av.factor);
    const follows = (k: Konvention, r: number, f: Figures, tol: number): boolean => {
      const formel = formelFor(k, kategoriOf?.(r));
      return formel !== undefined && Math.abs(berakna(formel, f) - f.a) <= tol;
    };
    const checks: { r: number; f: Figures }[] = [];
    const antal = new Map<Konvention, number>(konventioner.map((k) => [k, 0]));
    for (const r of rows) {
      const f = figures(reader, r, p);
      if (!f) continue;
      const tol = p.av.factor + 1e-9 * Math.abs(f.a);
      for (const k of konventioner) if (follows(k, r, f, tol)) antal.set(k, antal.get(k)! + 1);
      checks.push({ r, f });
    }
    const sums = sumRows.map((s) => ({ ...s, f: figures(reader, s.r, p) }));
    if (konventioner.every((k) => antal.get(k) === 0)) {
      // No data row decides: the sum rows' own figures do (a table of sums only).
      for (const s of sums) {
        if (!s.f) continue;
        const tol = Math.max(1, 0.5 * s.rows) * p.av.factor + 1e-9 * Math.abs(s.f.a);
        for (const k of konventioner) if (follows(k, s.r, s.f, tol)) antal.set(k, antal.get(k)! + 1);
      }
    }
    const konvention = konventioner.reduce((best, k) => (antal.get(k)! > antal.get(best)! ? k : best), konventioner[0]);
    for (const k of checks) {
      const formel = formelFor(konvention, kategoriOf?.(k.r));
      if (!formel || follows(konvention, k.r, k.f, p.av.factor + 1e-9 * Math.abs(k.f.a))) continue;
      reader.report(
        "varning",
        AVVIKELSE_STAMMER_INTE,
        k.r,
        p.av.c,
        `Avvikelsen är ${formatSv(k.f.a / p.av.factor)} ${unit} men ${formel} ger ${formatSv(berakna(formel, k.f) / p.av.factor)} ${unit} (${reader.label(p.av.c)}). ` +
          "Kontrollera raden; Finsam räknar avvikelsen själv.",
      );
    }
    for (const s of sums) {
      if (!s.f?.filled) continue; // a sum row without its own utfall or budget cannot be checked
      const formel = formelFor(konvention, kategoriOf?.(s.r));
      if (!formel) continue;
      const want = berakna(formel, s.f);
      const tol = Math.max(1, 0.5 * s.rows) * p.av.factor + 1e-9 * Math.abs(s.f.a);
      if (Math.abs(s.f.a - want) <= tol) continue;
      const where = `bladet ${reader.sheet.name}, cell ${reader.address(s.r, p.av.c)}`;
      reader.report(
        "fel",
        CODES.SUMMA_STAMMER_INTE,
        s.r,
        p.av.c,
        `Avvikelsen på summaraden är ${formatSv(s.f.a / p.av.factor)} ${unit} men ${formel} ger ${formatSv(want / p.av.factor)} ${unit} (${reader.label(p.av.c)}, ${where}). ` +
          `Summaradens avvikelse ska vara summaradens ${formel}, med alla rader — en post utan budget räknas med budget 0. ` +
          "Rätta summaraden; Finsam räknar avvikelsen själv.",
      );
    }
  }
}
