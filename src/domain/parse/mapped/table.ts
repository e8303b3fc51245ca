import { issue, type Issue } from "../../issues/issue";
import type { RawSheet } from "../../model/raw";
import type { BudgetRad, Kategori, Period, UtfallRad } from "../../model/records";
import { excelRow } from "../../detect/fingerprint";
import { CellReader } from "../base/cell-read";
import { cellAddress } from "../../text/header";
import { costsWrittenNegative, negativeCostsInfo } from "../base/sign";
import { CODES } from "../../issues/codes";
import { checkNegativeBudget } from "../base/row-rules";
import { checkAvvikelse, pairAvvikelse, type SumRow } from "./avvikelse";
import { mappedColumns, mappedLabels } from "./columns";
import { splitOwnerName } from "../../text/owner";
import { realignShiftedRows } from "./row-shift";
import { SumTree } from "./sum-tree";
import { scanTable, type Entry } from "../../detect/table-scan";
import { disambiguate, emptyRecords, initialContext, readInsats, type MappedRecords, type Row } from "./mapped-records";

export type { MappedInsats, MappedRecords } from "./mapped-records";
import type { SheetMapping } from "../../model/mapping";
import { AmountPlan, type RowAmounts } from "./amounts";
import { looksLikeForbundPost } from "../../template/vocabulary";
import { withoutCode } from "./insats-name";
import { checkRowTotals } from "./row-totals";
import { resultSignIssue, type SignRow } from "./result-sign";
import { measurePerRowIssue } from "./measure-per-row";
import { measureView } from "./measure-view";
import { transposedView } from "./transposed-view";
import { gruppOf, INTAKT, kategoriOf, SAMVERKAN } from "./row-kategori";
import { kontoBlocks } from "./konto-blocks";

/**
 * Reads a budget, utfall or insatser sheet in the förbund's own layout through its mapping: rows are scanned
 * (headings, pairs, sum rows checked by SumTree, leading totals), each data row gives
 * - an insats when the sheet is an Insatser sheet, or when the row has an owner (column, "Kommun, Namn" text or
 *   the row below its name) or stands under a samverkansinsats heading — typ from the Typ column or the heading
 *   (Individinriktade, Strukturinriktade, Förstudie), else Individ; Inriktning from the column or, when every
 *   insats stands under one, the nearest other heading (Mölndal's areas);
 * - budget rows and utfall rows from its amount columns (mapped-amounts.ts), kronor, costs positive
 *   (NEGATIVA_KOSTNADER when the sheet writes them negative).
 * Rows whose figures stand one column right of their headers are read realigned (row-shift.ts).
 * Kategori: the Kategori column, else the Intäkter/Kostnader heading, else kostnad for insatser, else
 * intäkt for names like Medlemsavgifter/ESF-medel, else kostnad. When only the names decide and the result's sign
 * depends on them: RESULTAT_BYTER_TECKEN (result-sign.ts). A row-total column beside period columns is checked
 * row by row (row-totals.ts).
 */

/**
 * `costRowsAreInsatser`: the workbook has no Insatser sheet, so a cost row that is not one of the förbund's own
 * posts (looksLikeForbundPost, or under an Administrativa/Förbundsgemensamma/Övriga heading) is an insats too —
 * Mölndal's areas, Skellefteå's projekt, a kansli's plain post | budget | utfall list (issue 14 pattern 1).
 */
export function readMappedTable(sheet: RawSheet, m: SheetMapping, issues: Issue[], costRowsAreInsatser = false): MappedRecords {
  // The two pivot layouts are read as the wide table they stand for (pivot-view.ts), every address the user's own.
  if (m.columns.some((c) => c.role === "matt")) {
    const view = m.columns.some((c) => c.role === "insatskolumn") ? transposedView(sheet, m, issues) : measureView(sheet, m, issues);
    if (!view) return emptyRecords();
    const out = readTable(view.sheet, view.mapping, issues, costRowsAreInsatser, view.cell);
    out.olasbartUtfall.push(...view.olasbartUtfall);
    issues.push(...view.findings);
    return out;
  }
  return readTable(sheet, m, issues, costRowsAreInsatser);
}

function readTable(
  sheet: RawSheet,
  m: SheetMapping,
  issues: Issue[],
  costRowsAreInsatser: boolean,
  /** For a pivoted copy: the user's cell of each cell of the copy. */
  actualCell?: (r: number, c: number) => [number, number],
): MappedRecords {
  const out = emptyRecords();
  const mc = mappedColumns(sheet, m);
  if (!mc || mc.keys.post === undefined) {
    issues.push(
      issue(
        "fel",
        CODES.SAKNAD_KOLUMN,
        sheet.name,
        cellAddress(sheet, mc?.headerRow ?? 0, 0),
        "Ingen kolumn är mappad som Post/Insats. Ange i mappningen vilken kolumn som har posternas eller insatsernas namn; bladet används inte förrän dess.",
      ),
    );
    return out;
  }
  // Budget and utfall in one column, the measure written on each row: a fel, and nothing read (measure-per-row.ts).
  const perRow = measurePerRowIssue(sheet, mc);
  if (perRow) {
    issues.push(perRow);
    return out;
  }
  // Rows whose figures stand one column right of their headers (owner only on insats rows) are read realigned.
  const realigned = actualCell ? null : realignShiftedRows(sheet, mc);
  const work = realigned?.sheet ?? sheet;
  const reader = new CellReader(work, issues, mappedLabels(sheet, m), realigned?.actual, actualCell);
  const figures = mc.amounts.filter(
    (a) => a.col.measure === "utfall" || a.col.measure === "budget" || a.col.measure === "prognos" || a.col.measure === "avvikelse",
  );
  // An avvikelse column with its utfall and budget is checked row by row against them (avvikelse.ts), not as a sum.
  const paired = new Set(pairAvvikelse(figures).map((p) => p.av.c));
  const summed = figures.filter((a) => !paired.has(a.c));
  const sums = new SumTree(
    reader,
    summed.map((a) => a.c),
    summed.map((a) => a.factor),
  );
  const sumRows: SumRow[] = [];
  /** Kategori of each data row and of each sum row under an Intäkter/Kostnader heading (the avvikelse convention). */
  const kategoriByRow = new Map<number, Kategori>();
  const otherKeys = Object.entries(mc.keys)
    .filter(([k]) => k !== "post" && k !== "agare")
    .map(([, c]) => c);
  const postHeader = m.columns.find((c) => c.role === "post")?.header ?? "";
  const entries = scanTable(
    work,
    mc.dataStart,
    { post: mc.keys.post, agare: mc.keys.agare ?? realigned?.agareCol, amounts: figures.map((a) => a.c), keys: otherKeys },
    initialContext(postHeader),
  );
  const rows: Row[] = [];
  // The user's row marks (mapping.rows): "ignorera" rows are skipped, "summa" rows are checked as sums, never read as data.
  const marks = new Map((m.rows ?? []).map((x) => [x.row, x.as]));
  // Konto rows under each insats with a "Summa <insats>" row (konto-blocks.ts): the Summa row is the insats' data.
  const blocks = kontoBlocks(entries);
  for (const scanned of entries) {
    const mark = marks.get(excelRow(sheet, scanned.r)) ?? marks.get(excelRow(sheet, scanned.nameRow));
    if (mark === "ignorera") continue;
    let e: Entry = mark === "summa" && scanned.type === "data" ? { ...scanned, type: "sum" } : scanned;
    if (e.type === "data" && blocks?.parts.has(e.r)) {
      sums.data(e.r);
      sums.after(e.r);
      continue;
    }
    const blockName = e.type === "sum" ? blocks?.totals.get(e.r) : undefined;
    if (blockName !== undefined) {
      sumRows.push({ r: e.r, rows: sums.sum(e.r) });
      const { grupp: _heading, ...ctx } = e.ctx;
      e = { ...e, type: "data", name: blockName, ctx };
    }
    if (e.type === "heading") sums.heading();
    else if (e.type === "leadtotal") sums.lead(e.r, e.coversTo!);
    else if (e.type === "sum") {
      if (e.name === "" && !sums.agreesSomewhere(e.r)) {
        reader.report(
          "fel",
          CODES.SAKNAT_VARDE,
          e.r,
          mc.keys.post,
          "Raden har belopp men inget namn. Skriv postens eller insatsens namn; raden används inte.",
        );
        sums.data(e.r);
      } else {
        sumRows.push({ r: e.r, rows: sums.sum(e.r) });
        if (e.ctx.kategori) kategoriByRow.set(e.r, e.ctx.kategori);
      }
    } else if (e.type === "data") {
      if (blockName === undefined) sums.data(e.r);
      let name = withoutCode(e.name);
      let agare = e.agare;
      if (agare === undefined && mc.keys.agare === undefined) {
        const split = splitOwnerName(name);
        if (split) ({ namn: name, agare } = split);
      }
      const grupp = mc.keys.grupp !== undefined ? gruppOf(reader, e.r, mc.keys.grupp) : undefined;
      const costPost =
        costRowsAreInsatser &&
        !e.ctx.forbund &&
        !looksLikeForbundPost(name) &&
        kategoriOf(reader, e, mc.keys.kategori, false, name, true) === "kostnad";
      // Under a samverkansinsats heading too, a kansli post is not an insats (Skellefteå's "Inhyrd och tillfällig personal …" after "Summa projekt").
      const underHeading = e.ctx.insats && !(agare === undefined && looksLikeForbundPost(name));
      // A Grupp column the user mapped decides: Samverkansinsats rows are insatser, Förtroendevalda, Förvaltning and Intäkt rows are not.
      const insats =
        m.kind === "insatser" ||
        (grupp !== undefined ? grupp !== "intakt" && SAMVERKAN.has(grupp) : agare !== undefined || underHeading || costPost);
      rows.push({
        e,
        name,
        ...(agare !== undefined ? { agare } : {}),
        ...(grupp !== undefined && grupp !== "intakt" ? { grupp } : {}),
        insats,
        kategori: grupp !== undefined && INTAKT.has(grupp) ? "intakt" : kategoriOf(reader, e, mc.keys.kategori, insats, name),
      });
      if (!insats && mc.keys.kategori === undefined && !e.ctx.kategori) out.kategoriGuessed++;
    }
    sums.after(e.r);
  }
  disambiguate(rows);
  for (const row of rows) kategoriByRow.set(row.e.r, row.kategori);

  const plan = new AmountPlan(mc, figures, reader, issues);
  const amounts: RowAmounts[] = rows.map((row) => ({
    r: row.e.r,
    values: new Map(figures.map((a) => [a.c, reader.amount(row.e.r, a.c, a.factor)])),
  }));
  const costValues: number[] = [];
  rows.forEach((row, i) => {
    if (row.kategori !== "kostnad") return;
    for (const a of figures) {
      const v = amounts[i].values.get(a.c);
      if (a.col.measure !== "avvikelse" && typeof v === "number") costValues.push(v);
    }
  });
  const flip = costValues.length > 0 && costsWrittenNegative(costValues, new Array<1>(costValues.length).fill(1));
  checkAvvikelse(
    reader,
    rows.map((r) => r.e.r),
    figures,
    sumRows,
    (r) => kategoriByRow.get(r),
  );
  if (flip) {
    const first = figures.find((a) => a.col.measure !== "avvikelse") ?? figures[0];
    issues.push(negativeCostsInfo(sheet.name, reader.address(mc.headerRow, first.c), reader.label(first.c)));
  } else {
    // One column written negative beside positive ones (a budget typed positive by the kansli, utfall pasted from
    // the ekonomisystem negative): that column's costs are read as positive, as when the whole sheet is negative.
    for (const a of figures) {
      if (a.col.measure === "avvikelse") continue;
      const col = rows.map((row, i) => (row.kategori === "kostnad" ? amounts[i].values.get(a.c) : undefined));
      const vals = col.filter((v): v is number => typeof v === "number");
      if (vals.length === 0 || !costsWrittenNegative(vals, new Array<1>(vals.length).fill(1))) continue;
      col.forEach((v, i) => typeof v === "number" && amounts[i].values.set(a.c, Math.abs(v)));
      issues.push(negativeCostsInfo(sheet.name, reader.address(mc.headerRow, a.c), reader.label(a.c)));
    }
  }
  const sign = (row: Row, v: number) => (flip && row.kategori === "kostnad" ? Math.abs(v) : v);
  const grupper = rows.filter((r) => r.insats).map((r) => r.e.ctx.grupp);
  const inriktningFromHeadings = grupper.length > 0 && grupper.every((g) => g !== undefined);

  rows.forEach((row, i) => {
    const nameCell = { sheet: sheet.name, cell: reader.address(row.e.nameRow, mc.keys.post) };
    const a = amounts[i];
    if (row.insats) {
      const ins = readInsats(reader, row, mc.keys, nameCell, inriktningFromHeadings, out);
      if (!ins) return;
      if (m.kind === "insatser") {
        for (const b of plan.budget(a)) {
          if (b.budget === undefined) continue;
          ins.budgetPerAr[b.ar] = sign(row, b.budget);
          out.budgetYears.add(b.ar);
          checkNegativeBudget(reader, a.r, b.c, ins.budgetPerAr[b.ar], ins.insats);
        }
      }
      out.insatser.push(ins);
    }
    if (m.kind !== "insatser") {
      for (const b of plan.budget(a)) {
        const parts: { budget: number; c: number; period?: Period }[] = b.perioder ?? [{ budget: b.budget ?? 0, c: b.c }];
        parts.forEach((part, k) => {
          const rad: BudgetRad = { post: row.name, kategori: row.kategori, ar: b.ar, budget: sign(row, part.budget), source: nameCell };
          if (part.period) rad.period = part.period;
          if (row.grupp) rad.grupp = row.grupp;
          if (b.prognos !== undefined && k === 0) rad.prognos = sign(row, b.prognos);
          checkNegativeBudget(reader, a.r, part.c, rad.budget, rad.post);
          if (row.agare) out.agareOf.set(rad, row.agare);
          out.budget.push(rad);
        });
      }
      for (const c of plan.unreadableUtfall(a))
        out.olasbartUtfall.push({ post: row.name, source: { sheet: sheet.name, cell: reader.address(a.r, c) } });
      for (const u of plan.utfall(a)) {
        const rad: UtfallRad = { post: row.name, period: u.period, utfall: sign(row, u.value), source: nameCell };
        if (u.kostnadsslag) rad.kostnadsslag = u.kostnadsslag;
        if (row.agare) out.agareOf.set(rad, row.agare);
        out.utfall.push(rad);
      }
    }
  });
  checkRowTotals(
    reader,
    mc,
    rows.map((row) => row.e.r),
  );
  if (m.kind !== "insatser" && !flip) {
    const useUtfall = out.utfall.length > 0;
    const total = new Map<string, number>();
    for (const x of useUtfall ? out.utfall : out.budget)
      total.set(x.post, (total.get(x.post) ?? 0) + ("utfall" in x ? x.utfall : x.budget));
    const signRows: SignRow[] = rows.map((row) => ({
      name: row.name,
      kategori: row.kategori,
      certain: mc.keys.kategori !== undefined || row.e.ctx.kategori !== undefined,
      amount: total.get(row.name) ?? 0,
      cell: reader.address(row.e.nameRow, mc.keys.post!),
    }));
    const unitCol = figures.find((a) => a.col.measure === (useUtfall ? "utfall" : "budget"));
    const found = resultSignIssue(sheet.name, signRows, unitCol?.factor ?? 1);
    if (found) issues.push(found);
  }
  return out;
}
