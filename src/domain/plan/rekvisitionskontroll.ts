import { a1, a1Range, columnLetter } from "../model";
import type { CellStyle, ParsedWorkbook, PlanCell, SheetPlan } from "../model";
import type { Bedomning, RekvisitionKontroll, RekvisitionskontrollResultat } from "../compute/rekvisitioner/rekvisitionskontroll";
import { COLORS, FIRST_DATA_ROW, flagText, FORMAT, HEADER_ROW, sumCell, tableName, titleRows, titleStyles } from "./common";
import { kvotColorRules } from "./kvot-colors";
import { reportSheetName } from "./sheet-names";
import { formatPercentShort, formatSv } from "../text/format";

/**
 * Sheet "Rekvisitionskontroll ÅÅÅÅ-MM-DD" for the attest folder: one row per claim and a Summa row.
 * Columns, the attest decision first: A Insats, B Period, C Bedömning, D Att betala ut = `=MIN(E6,J6)` (0 when
 * the claim needs action), E Belopp, F Inkommen, G Kostnadsslag (Σ), H Beviljad budget (year), I Tidigare
 * utbetalt, J Högst att betala ut = `=MAX(0,H6-I6)`, K Periodiserad budget t.o.m. the period's end,
 * L Förbrukningskvot efter = `=IF(K6=0,"",(I6+E6)/K6)`, M Flagga, N Anmärkningar (each failed check in words), O Källa.
 * Amounts are KRONOR shown as whole kronor (`#,##0`): a payment is attested to the krona, not in tkr.
 * Printed on A4 landscape, one page wide, header row repeated, print area = title rows to the Summa row.
 */

export const REKVISITIONSKONTROLL_KIND = "rekvisitionskontroll";

const COL = {
  insats: 0,
  period: 1,
  bedomning: 2,
  attBetala: 3,
  belopp: 4,
  inkommen: 5,
  slag: 6,
  budget: 7,
  tidigare: 8,
  hogst: 9,
  pbudget: 10,
  kvot: 11,
  flagga: 12,
  anm: 13,
  kalla: 14,
} as const;
const NCOLS = 15;
const HEADERS = [
  "Insats",
  "Period",
  "Bedömning",
  "Att betala ut (kr)",
  "Belopp (kr)",
  "Inkommen",
  "Kostnadsslag summa (kr)",
  "Beviljad budget året (kr)",
  "Tidigare utbetalt (kr)",
  "Högst att betala ut (kr)",
  "Periodiserad budget t.o.m. perioden (kr)",
  "Förbrukningskvot efter rekvisitionen",
  "Flagga",
  "Anmärkningar",
  "Källa",
];
const WIDTHS = [160, 55, 125, 85, 80, 70, 80, 85, 80, 85, 95, 80, 130, 300, 110];

const VERDICT_FILL: Record<Bedomning, { fill: string; fontColor: string }> = {
  Godkänd: { fill: "#C6EFCE", fontColor: "#006100" },
  "Godkänd med anmärkning": { fill: COLORS.lagFill, fontColor: COLORS.lagText },
  "Åtgärd krävs": { fill: COLORS.hogFill, fontColor: COLORS.hogText },
};

export interface RekvisitionPlanOptions {
  fran: string;
  till: string;
  idag: string;
}

function note(r: RekvisitionskontrollResultat): string {
  const a = r.antal;
  return (
    `${r.rader.length} rekvisitioner: ${a.Godkänd} godkända, ${a["Godkänd med anmärkning"]} godkända med anmärkning, ${a["Åtgärd krävs"]} kräver åtgärd. ` +
    `Belopp i kronor. Kvot = (tidigare utbetalt + belopp) / periodiserad budget; hög över ${formatPercentShort(r.kvotHog)}, låg under ${formatPercentShort(r.kvotLag)}.`
  );
}

function num(v: number | null): PlanCell {
  return v === null ? "" : v;
}

function dataRow(rad: RekvisitionKontroll, row: number): PlanCell[] {
  const hasBudget = rad.budgetAr !== null && rad.ackumulerat !== null;
  const cells: PlanCell[] = new Array<PlanCell>(NCOLS).fill("");
  cells[COL.insats] = rad.insatsId ?? rad.insats;
  cells[COL.period] = rad.period;
  cells[COL.inkommen] = rad.inkommen ?? "";
  cells[COL.belopp] = num(rad.belopp);
  cells[COL.slag] = num(rad.kostnadsslagSumma);
  cells[COL.budget] = num(rad.budgetAr);
  cells[COL.tidigare] = num(rad.ackumulerat);
  cells[COL.hogst] = hasBudget
    ? { formula: `=MAX(0,${a1(row, COL.budget)}-${a1(row, COL.tidigare)})`, value: rad.hogstAttBetala ?? 0 }
    : "";
  cells[COL.attBetala] =
    rad.bedomning !== "Åtgärd krävs" && hasBudget
      ? { formula: `=MIN(${a1(row, COL.belopp)},${a1(row, COL.hogst)})`, value: rad.attBetala }
      : rad.attBetala;
  cells[COL.pbudget] = num(rad.periodiseradBudget);
  if (rad.periodiseradBudget !== null) {
    const [d, g, j] = [a1(row, COL.belopp), a1(row, COL.tidigare), a1(row, COL.pbudget)];
    cells[COL.kvot] = { formula: `=IF(${j}=0,"",(${g}+${d})/${j})`, value: rad.kvotEfter ?? "" };
  }
  cells[COL.flagga] = rad.flagga ? flagText(rad.flagga) : rad.periodiseradBudget === 0 ? "Ingen budget i perioden" : "";
  cells[COL.bedomning] = rad.bedomning;
  cells[COL.anm] = rad.anmarkningar
    .filter((a) => a.severity !== "info")
    .map((a) => a.message)
    .join(" ");
  cells[COL.kalla] = rad.cell ? `${rad.sheet}!${rad.cell}` : rad.sheet;
  return cells;
}

/** Builds the Rekvisitionskontroll sheet from a computed result (see the file comment for the layout). */
export function planRekvisitionskontroll(
  r: RekvisitionskontrollResultat,
  base: ParsedWorkbook,
  options: RekvisitionPlanOptions,
): SheetPlan {
  const rows: PlanCell[][] = titleRows({
    rapport: "Rekvisitionskontroll",
    forbund: base.installningar.forbund,
    fran: options.fran,
    till: options.till,
    kallor: [...r.kallor, ...(base.sourceSheets.insatser ? [base.sourceSheets.insatser] : [])],
    idag: options.idag,
    not: note(r),
  });
  rows.push([...HEADERS]);
  const styles: CellStyle[] = titleStyles(NCOLS);
  r.rader.forEach((rad, i) => rows.push(dataRow(rad, FIRST_DATA_ROW + i)));
  const last = FIRST_DATA_ROW + Math.max(r.rader.length, 1) - 1;
  const total = last + 1;
  if (r.rader.length === 0) rows.push(["Inga rekvisitioner."]);
  const summa: PlanCell[] = new Array<PlanCell>(NCOLS).fill("");
  summa[COL.insats] = "Summa";
  summa[COL.belopp] = sumCell(COL.belopp, FIRST_DATA_ROW, last, r.summaBelopp);
  summa[COL.attBetala] = sumCell(COL.attBetala, FIRST_DATA_ROW, last, r.summaAttBetala);
  rows.push(summa);

  const lastCol = columnLetter(NCOLS - 1);
  styles.push(
    { range: a1Range(FIRST_DATA_ROW, COL.attBetala, total, COL.belopp), numberFormat: FORMAT.helt },
    { range: a1Range(FIRST_DATA_ROW, COL.slag, total, COL.pbudget), numberFormat: FORMAT.helt },
    { range: a1Range(FIRST_DATA_ROW, COL.kvot, total, COL.kvot), numberFormat: FORMAT.procent, horizontalAlignment: "Right" },
    { range: a1Range(FIRST_DATA_ROW, COL.anm, last, COL.anm), wrap: true },
    { range: a1Range(FIRST_DATA_ROW, COL.attBetala, total, COL.attBetala), bold: true },
    { range: a1Range(total, 0, total, NCOLS - 1), bold: true, borderTop: true, fill: COLORS.totalFill },
  );
  r.rader.forEach((rad, i) => styles.push({ range: a1(FIRST_DATA_ROW + i, COL.bedomning), bold: true, ...VERDICT_FILL[rad.bedomning] }));
  const kvotRange = a1Range(FIRST_DATA_ROW, COL.kvot, last, COL.kvot);
  return {
    kind: REKVISITIONSKONTROLL_KIND,
    key: REKVISITIONSKONTROLL_KIND,
    name: reportSheetName("Rekvisitionskontroll", options.till),
    rows,
    styles,
    tables: [
      {
        name: tableName("Rekvisitionskontroll", options.till),
        range: a1Range(HEADER_ROW, 0, total, NCOLS - 1),
        style: "TableStyleLight9",
        showTotals: true,
      },
    ],
    conditionalFormats: kvotColorRules(kvotRange, r.kvotHog, r.kvotLag),
    freeze: { rows: HEADER_ROW + 1, columns: 1 },
    columnWidths: WIDTHS,
    pageSetup: {
      orientation: "Landscape",
      paperSize: "A4",
      printArea: `A1:${lastCol}${total + 1}`,
      fitToWidth: true,
      printTitleRows: "$5:$5",
    },
    summary: `${r.rader.length} rekvisitioner: ${r.antal["Åtgärd krävs"]} kräver åtgärd, ${r.antal["Godkänd med anmärkning"]} med anmärkning. Att betala ut totalt ${formatSv(r.summaAttBetala)} kr (cell ${a1(total, COL.attBetala)}).`,
  };
}
