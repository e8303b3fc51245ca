import type { Issue } from "../../issues/issue";
import type { RawSheet } from "../../model/raw";
import type { BudgetRad, Kostnadsslag, Period, UtfallRad } from "../../model/records";
import { CellReader } from "../base/cell-read";
import { cellAddress } from "../../text/header";
import { parseKostnadsslag } from "../../text/insats-typ";
import { isSumLabel } from "../../text/rows";
import { costsWrittenNegative, negativeCostsInfo } from "../base/sign";
import { findStackedBlocks, type StackedBlock } from "../../detect/stacked-blocks";
import { looksLikeForbundPost, looksLikeIntakt } from "../../template/vocabulary";
import type { SheetMapping } from "../../model/mapping";
import { AmountPlan, type RowAmounts } from "./amounts";
import { mappedColumns, mappedLabels } from "./columns";
import { SumTree } from "./sum-tree";
import { reportSumMismatch } from "../base/sum-check";
import { writtenDecimals } from "../../text/sv-number";
import { emptyRecords, type MappedInsats, type MappedRecords } from "./mapped-records";
import { withoutCode } from "./insats-name";

/**
 * Reads a sheet of stacked per-insats blocks (issue 14 pattern 8; detect/stacked-blocks.ts): every block is one
 * insats named by its title row. Its post rows (Personal, Lokal, Övrigt …) are summed:
 *   budget(insats, år) = Σ the rows' budget for the year, utfall(insats, period, kostnadsslag) = Σ the rows' utfall,
 * with the kostnadsslag from the post's name when it is one (Personal, Lokaler, Övrigt). The block's sum row is
 * checked against its rows (SUMMA_STAMMER_INTE at the cell, as every sum row) and never counted; a second sum row
 * in the last block ("Totalt samtliga insatser") is checked against Σ of every block's rows. An owner written
 * beside the title is the insats' owner. A block whose title
 * is one of the förbund's own posts (Kansli, Styrelse) or an intäkt is read as that post, not as an insats.
 * Costs written negative are read as positive (NEGATIVA_KOSTNADER, info).
 */

/** The mapping reads a stacked-blocks sheet: its header row repeats under a title row (see stacked-blocks.ts). */
export function stackedBlocksOf(sheet: RawSheet, m: SheetMapping): StackedBlock[] | null {
  if (m.kind !== "utfall" && m.kind !== "budget") return null;
  const mc = mappedColumns(sheet, m);
  if (!mc || m.headerRow <= 0) return null;
  return findStackedBlocks(sheet, mc.headerRow);
}

export function readStackedBlocks(sheet: RawSheet, m: SheetMapping, blocks: readonly StackedBlock[], issues: Issue[]): MappedRecords {
  const out = emptyRecords();
  const mc = mappedColumns(sheet, m)!;
  const post = mc.keys.post ?? mc.keys.kostnadsslag ?? 0;
  const reader = new CellReader(sheet, issues, mappedLabels(sheet, m));
  const figures = mc.amounts.filter((a) => a.col.measure === "utfall" || a.col.measure === "budget" || a.col.measure === "prognos");
  const plan = new AmountPlan(mc, figures, reader, issues);
  const rowsOf = new Map<StackedBlock, RowAmounts[]>();
  const values: number[] = [];
  // Σ of every block's rows per column (kronor as written), for a grand total after the last block.
  const all = figures.map(() => 0);
  for (const b of blocks) {
    const sums = new SumTree(
      reader,
      figures.map((a) => a.c),
      figures.map((a) => a.factor),
    );
    const rows: RowAmounts[] = [];
    let summed = false;
    for (let r = b.from; r < b.to; r++) {
      const row = sheet.values[r] ?? [];
      const name = reader.text(r, post) ?? "";
      const hasFigures = figures.some((a) => row[a.c] !== null && row[a.c] !== undefined && row[a.c] !== "");
      if (!hasFigures) continue;
      const first = row.map((v) => (typeof v === "string" ? v.trim() : "")).find((t) => t !== "") ?? "";
      if (isSumLabel(first) || name === "") {
        // The block's own sum, then (after the last block) a total of all blocks ("Totalt samtliga insatser").
        if (summed) checkGrandTotal(reader, r, figures, all);
        else sums.sum(r);
        summed = true;
        continue;
      }
      sums.data(r);
      const a: RowAmounts = { r, values: new Map(figures.map((f) => [f.c, reader.amount(r, f.c, f.factor)])) };
      figures.forEach((f, k) => {
        const v = a.values.get(f.c);
        if (typeof v === "number") all[k] += v;
      });
      for (const f of figures) {
        const v = a.values.get(f.c);
        if (typeof v === "number" && f.col.measure !== "prognos") values.push(v);
      }
      rows.push(a);
    }
    rowsOf.set(b, rows);
  }
  const flip = values.length > 0 && costsWrittenNegative(values, new Array<1>(values.length).fill(1));
  if (flip) {
    const f = figures[0];
    issues.push(negativeCostsInfo(sheet.name, cellAddress(sheet, mc.headerRow, f.c), reader.label(f.c)));
  }
  const sign = (v: number) => (flip ? -v : v);
  for (const b of blocks) {
    const name = withoutCode(b.title);
    const source = { sheet: sheet.name, cell: cellAddress(sheet, b.titleRow, b.titleCol) };
    const kategori = looksLikeIntakt(name) ? "intakt" : "kostnad";
    const insats = kategori === "kostnad" && !looksLikeForbundPost(name);
    if (insats) {
      const ins: MappedInsats = {
        insats: name,
        typ: /^f(ö|o)rstudie/i.test(name) ? "forstudie" : "individ",
        agare: b.agare ?? "",
        start: "",
        slut: "",
        budgetPerAr: {},
        source,
        datesGiven: false,
      };
      if (ins.typ === "individ") out.typDefaulted++;
      out.insatser.push(ins);
    }
    const budget = new Map<string, BudgetRad>();
    const utfall = new Map<string, UtfallRad>();
    for (const a of rowsOf.get(b) ?? []) {
      const slag: Kostnadsslag | undefined = parseKostnadsslag(reader.text(a.r, post) ?? "");
      for (const y of plan.budget(a)) {
        const parts: { budget: number; period?: Period }[] = y.perioder ?? [{ budget: y.budget ?? 0 }];
        parts.forEach((p, k) => {
          const key = `${y.ar}\u0000${p.period?.label ?? ""}`;
          let rad = budget.get(key);
          if (!rad) {
            rad = { post: name, kategori, ar: y.ar, budget: 0, source };
            if (p.period) rad.period = p.period;
            budget.set(key, rad);
          }
          rad.budget += sign(p.budget);
          if (y.prognos !== undefined && k === 0) rad.prognos = (rad.prognos ?? 0) + sign(y.prognos);
        });
      }
      for (const c of plan.unreadableUtfall(a))
        out.olasbartUtfall.push({ post: name, source: { sheet: sheet.name, cell: cellAddress(sheet, a.r, c) } });
      for (const u of plan.utfall(a)) {
        const key = `${u.period.label}\u0000${slag ?? ""}`;
        let rad = utfall.get(key);
        if (!rad) {
          rad = { post: name, period: u.period, utfall: 0, source };
          if (slag) rad.kostnadsslag = slag;
          utfall.set(key, rad);
        }
        rad.utfall += sign(u.value);
      }
    }
    out.budget.push(...budget.values());
    out.utfall.push(...utfall.values());
  }
  return out;
}

/** A total of all blocks after the last one: SUMMA_STAMMER_INTE (fel) in each column where it differs from Σ of every block's rows. */
function checkGrandTotal(reader: CellReader, r: number, figures: readonly { c: number; factor: number }[], all: readonly number[]): void {
  figures.forEach((f, k) => {
    const v = reader.amount(r, f.c, f.factor);
    if (typeof v !== "number") return;
    const tol = Math.max(0.5, 0.5 * 10 ** -writtenDecimals(reader.value(r, f.c)) * f.factor) + 1e-9 * Math.abs(v);
    if (Math.abs(v - all[k]) > tol) reportSumMismatch(reader, r, f.c, v, all[k], f.factor);
  });
}
