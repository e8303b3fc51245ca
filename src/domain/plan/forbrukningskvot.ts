import { a1, a1Range } from "../model";
import type { CellStyle, InsatsTyp, ParsedWorkbook, PlanCell, SheetPlan } from "../model";
import type { ForbrukningskvotResultat } from "../compute/forbrukningskvot";
import {
  amountHeader,
  COLORS,
  enhet,
  FIRST_DATA_ROW,
  flagText,
  FORMAT,
  HEADER_ROW,
  percentText,
  ratioCell,
  sourceSheetNames,
  sumCell,
  tableName,
  titleRows,
  titleStyles,
} from "./common";
import { reportSheetName } from "./sheet-names";

/**
 * Sheet "Förbrukningskvot ÅÅÅÅ-MM-DD": one row per insats and a Totalt row.
 * Columns: A Insats, B Insatsägare, C Typ, D Budget helår, E Periodiserad budget, F Utfall,
 * G Förbrukningskvot = `=IF(E6=0,"",F6/E6)` (cached value), H Flagga.
 * Totals: `=SUM(D6:Dn)` … and the same kvot formula; amounts in kronor shown in tkr (`#,##0,`).
 * Conditional formats: kvot > kvotHog light red, kvot < kvotLag light yellow.
 */

export const FORBRUKNINGSKVOT_KIND = "forbrukningskvot";

const TYP_TEXT: Record<InsatsTyp, string> = { individ: "Individ", struktur: "Struktur", forstudie: "Förstudie", ovrig: "Övrig" };

const COL = { insats: 0, agare: 1, typ: 2, budgetHelar: 3, periodbudget: 4, utfall: 5, kvot: 6, flagga: 7 } as const;
const NCOLS = 8;

export interface PlanOptions {
  idag: string;
}

function note(r: ForbrukningskvotResultat): string {
  const periodisering = r.mode === "dagar" ? "dagar" : "hela månader";
  return (
    `Förbrukningskvot = utfall / periodiserad budget (linjärt över insatsens aktiva ${periodisering}). ` +
    `Hög förbrukning över ${percentText(r.kvotHog)}, låg under ${percentText(r.kvotLag)}.`
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
  rows.push([
    "Insats",
    "Insatsägare",
    "Typ",
    amountHeader(`Budget helår ${r.till.slice(0, 4)}`, unit),
    amountHeader("Periodiserad budget", unit),
    amountHeader("Utfall", unit),
    "Förbrukningskvot",
    "Flagga",
  ]);

  const styles: CellStyle[] = titleStyles(NCOLS);
  const plan: SheetPlan = {
    kind: FORBRUKNINGSKVOT_KIND,
    key: r.till,
    name: reportSheetName("Förbrukningskvot", r.till),
    rows,
    styles,
    freeze: { rows: HEADER_ROW + 1, columns: 1 },
    columnWidths: [210, 140, 70, 100, 100, 100, 95, 190],
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
      rad.agare,
      TYP_TEXT[rad.typ],
      rad.budgetHelar,
      rad.periodiseradBudget,
      rad.utfall,
      ratioCell(row, COL.utfall, COL.periodbudget, rad.kvot),
      rad.flagga ? flagText(rad.flagga) : (rad.not ?? ""),
    ]);
  });
  const last = FIRST_DATA_ROW + r.rader.length - 1;
  const total = last + 1;
  rows.push([
    "Totalt",
    "",
    "",
    sumCell(COL.budgetHelar, FIRST_DATA_ROW, last, r.total.budgetHelar),
    sumCell(COL.periodbudget, FIRST_DATA_ROW, last, r.total.periodiseradBudget),
    sumCell(COL.utfall, FIRST_DATA_ROW, last, r.total.utfall),
    ratioCell(total, COL.utfall, COL.periodbudget, r.total.kvot),
    flagText(r.total.flagga),
  ]);

  const kvotRange = a1Range(FIRST_DATA_ROW, COL.kvot, total, COL.kvot);
  styles.push(
    { range: a1Range(FIRST_DATA_ROW, COL.budgetHelar, total, COL.utfall), numberFormat: FORMAT.tkr },
    { range: kvotRange, numberFormat: FORMAT.procent, horizontalAlignment: "Right" },
    { range: a1Range(total, 0, total, NCOLS - 1), bold: true, borderTop: true },
  );
  plan.tables = [
    { name: tableName("Forbrukningskvot", r.till), range: a1Range(HEADER_ROW, 0, total, NCOLS - 1), style: "TableStyleMedium2", showTotals: true },
  ];
  plan.conditionalFormats = [
    {
      range: kvotRange,
      operator: "GreaterThan",
      formula1: String(r.kvotHog),
      fill: COLORS.hogFill,
      fontColor: COLORS.hogText,
      description: `Hög förbrukning (över ${percentText(r.kvotHog)})`,
    },
    {
      range: kvotRange,
      operator: "LessThan",
      formula1: String(r.kvotLag),
      fill: COLORS.lagFill,
      fontColor: COLORS.lagText,
      description: `Låg förbrukning (under ${percentText(r.kvotLag)})`,
    },
  ];
  const hoga = r.rader.filter((x) => x.flagga === "hög").length;
  const laga = r.rader.filter((x) => x.flagga === "låg").length;
  const totalKvot = r.total.kvot === undefined ? "–" : percentText(r.total.kvot);
  plan.summary = `${r.rader.length} insatser; ${hoga} med hög och ${laga} med låg förbrukning. Totalt ${totalKvot} (cell ${a1(total, COL.kvot)}).`;
  return plan;
}
