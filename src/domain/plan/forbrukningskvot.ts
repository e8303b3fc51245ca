import { a1, a1Range } from "../model";
import type { CellStyle, InsatsTyp, ParsedWorkbook, PlanCell, SheetPlan } from "../model";
import type { ForbrukningskvotResultat } from "../compute/forbrukningskvot";
import {
  amountHeader,
  enhet,
  FIRST_DATA_ROW,
  flagText,
  FORMAT,
  HEADER_ROW,
  ratioCell,
  sourceSheetNames,
  sumCell,
  tableName,
  titleRows,
  titleStyles,
} from "./common";
import { kvotColorRules } from "./kvot-colors";
import { reportSheetName } from "./sheet-names";
import { formatPercentShort } from "../text/format";

/**
 * Sheet "Förbrukningskvot ÅÅÅÅ-MM-DD": one row per insats and a Totalt row.
 * Columns (key columns first, so the printed page and the grid beside the pane lead with the answer):
 * A Insats, B Förbrukningskvot = `=IF(G6=0,"",H6/G6)` (cached value), C Flagga, D Insatsägare, E Typ,
 * F Budget helår, G Periodiserad budget, H Utfall. Jobbcentrum (Uppsala jan–jun 2024) reads 72 %, Totalt 93 %.
 * Totals: `=SUM(F6:Fn)` … and the same kvot formula; amounts in kronor shown in tkr (`#,##0,`).
 * Conditional formats: kvot > kvotHog light red, kvot < kvotLag light yellow.
 * Utfall that could not be tied to an insats is its own row "Utfall som inte kunnat knytas till en insats" (budget 0,
 * no kvot) above Totalt and counts in the total, as in the driftsredovisning. Optional columns, only when some insats
 * has them: "Kvot <annan version>" (the kvot on the other budget version) and "Kvot hela insatsperioden" (definition C).
 */

export const FORBRUKNINGSKVOT_KIND = "forbrukningskvot";

const TYP_TEXT: Record<InsatsTyp, string> = { individ: "Individ", struktur: "Struktur", forstudie: "Förstudie", ovrig: "Övrig" };

const COL = { insats: 0, kvot: 1, flagga: 2, agare: 3, typ: 4, budgetHelar: 5, periodbudget: 6, utfall: 7 } as const;
const NCOLS = 8;
const EJ_KNUTET = "Utfall som inte kunnat knytas till en insats";

export interface PlanOptions {
  idag: string;
}

function note(r: ForbrukningskvotResultat): string {
  const periodisering = r.mode === "dagar" ? "dagar" : "hela månader";
  return (
    `Förbrukningskvot = utfall / periodiserad budget (${r.version === "reviderad" ? "reviderad" : "beviljad"} budget, linjärt över insatsens aktiva ${periodisering}). ` +
    `Hög förbrukning över ${formatPercentShort(r.kvotHog)}, låg under ${formatPercentShort(r.kvotLag)}.`
  );
}

/** Builds the Förbrukningskvot sheet from a computed result. */
export function planForbrukningskvot(r: ForbrukningskvotResultat, base: ParsedWorkbook, options: PlanOptions): SheetPlan {
  const unit = enhet(base);
  const rows: PlanCell[][] = titleRows({
    rapport: "Förbrukningskvot",
    forbund: base.installningar.forbund,
    fran: r.fran,
    till: r.till,
    kallor: sourceSheetNames(base, ["insatser", "budget", "utfall"]),
    idag: options.idag,
    not: note(r),
  });
  const annan = r.rader.find((x) => x.annanVersion)?.annanVersion?.version;
  const hela = r.rader.some((x) => x.helaPerioden);
  const VERSION_TEXT = { beviljad: "beviljad", reviderad: "reviderad" } as const;
  rows.push([
    "Insats",
    "Förbrukningskvot",
    "Flagga",
    "Insatsägare",
    "Typ",
    amountHeader(`Budget helår ${r.till.slice(0, 4)}`, unit),
    amountHeader("Periodiserad budget", unit),
    amountHeader("Utfall", unit),
    ...(annan ? [`Kvot på ${VERSION_TEXT[annan]} budget`] : []),
    ...(hela ? ["Kvot hela insatsperioden"] : []),
  ]);
  const extra = (rad?: ForbrukningskvotResultat["rader"][number]): PlanCell[] => [
    ...(annan ? [rad?.annanVersion?.kvot ?? ""] : []),
    ...(hela ? [rad?.helaPerioden?.kvot ?? ""] : []),
  ];

  const styles: CellStyle[] = titleStyles(NCOLS);
  const plan: SheetPlan = {
    kind: FORBRUKNINGSKVOT_KIND,
    key: r.till,
    name: reportSheetName("Förbrukningskvot", r.till),
    rows,
    styles,
    freeze: { rows: HEADER_ROW + 1, columns: 1 },
    columnWidths: [210, 95, 190, 140, 70, 100, 100, 100],
    pageSetup: { orientation: "Landscape", paperSize: "A4", fitToWidth: true, printTitleRows: "$5:$5" },
  };

  if (r.rader.length === 0) {
    rows.push(["Inga insatser är aktiva eller har utfall i perioden."]);
    plan.summary = "Inga insatser i perioden.";
    return plan;
  }

  r.rader.forEach((rad, i) => {
    const row = FIRST_DATA_ROW + i;
    rows.push([
      rad.insats,
      ratioCell(row, COL.utfall, COL.periodbudget, rad.kvot),
      [rad.flagga ? flagText(rad.flagga) : "", rad.not ?? "", rad.periodbudget ? "egen periodbudget" : ""].filter(Boolean).join("; "),
      rad.agare,
      TYP_TEXT[rad.typ],
      rad.budgetHelar,
      rad.periodiseradBudget,
      rad.utfall,
      ...extra(rad),
    ]);
  });
  if (r.ejKnutet) {
    const row = rows.length;
    const namn = r.ejKnutet.poster.map((p) => `"${p.post}"${p.liknarInsats ? ` (menade du ${p.liknarInsats}?)` : ""}`).join(", ");
    rows.push([
      EJ_KNUTET,
      ratioCell(row, COL.utfall, COL.periodbudget, undefined),
      `Bokat på ${namn}`,
      "",
      "",
      0,
      0,
      r.ejKnutet.utfall,
      ...extra(),
    ]);
  }
  const last = rows.length - 1;
  const total = last + 1;
  rows.push([
    "Totalt",
    ratioCell(total, COL.utfall, COL.periodbudget, r.total.kvot),
    flagText(r.total.flagga),
    "",
    "",
    sumCell(COL.budgetHelar, FIRST_DATA_ROW, last, r.total.budgetHelar),
    sumCell(COL.periodbudget, FIRST_DATA_ROW, last, r.total.periodiseradBudget),
    sumCell(COL.utfall, FIRST_DATA_ROW, last, r.total.utfall),
    ...extra(),
  ]);

  const kvotRange = a1Range(FIRST_DATA_ROW, COL.kvot, total, COL.kvot);
  styles.push(
    { range: a1Range(FIRST_DATA_ROW, COL.budgetHelar, total, COL.utfall), numberFormat: FORMAT.tkr },
    { range: kvotRange, numberFormat: FORMAT.procent, horizontalAlignment: "Right" },
    { range: a1Range(FIRST_DATA_ROW, COL.flagga, total, COL.flagga), wrap: true },
    ...(annan || hela
      ? [{ range: a1Range(FIRST_DATA_ROW, NCOLS, total, NCOLS + (annan && hela ? 1 : 0)), numberFormat: FORMAT.procent }]
      : []),
    { range: a1Range(total, 0, total, NCOLS - 1), bold: true, borderTop: true },
  );
  plan.tables = [
    {
      name: tableName("Forbrukningskvot", r.till),
      range: a1Range(HEADER_ROW, 0, total, NCOLS - 1),
      style: "TableStyleMedium2",
      showTotals: true,
    },
  ];
  plan.conditionalFormats = kvotColorRules(kvotRange, r.kvotHog, r.kvotLag);
  const hoga = r.rader.filter((x) => x.flagga === "hög").length;
  const laga = r.rader.filter((x) => x.flagga === "låg").length;
  const ncols = NCOLS + (annan ? 1 : 0) + (hela ? 1 : 0);
  plan.tables[0].range = a1Range(HEADER_ROW, 0, total, ncols - 1);
  if (ncols > NCOLS) plan.columnWidths = [...(plan.columnWidths ?? []), ...Array<number>(ncols - NCOLS).fill(95)];
  const totalKvot = r.total.kvot === undefined ? "–" : formatPercentShort(r.total.kvot);
  plan.summary = `${r.rader.length} insatser; ${hoga} med hög och ${laga} med låg förbrukning. Totalt ${totalKvot} (cell ${a1(total, COL.kvot)}).`;
  return plan;
}
