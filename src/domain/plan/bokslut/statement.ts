import { a1, a1Range } from "../../model";
import type { CellStyle, PlanCell, SheetPlan } from "../../model";
import { COLORS, FIRST_DATA_ROW, FORMAT, HEADER_ROW, sumOfCells, tableName, titleRows, titleStyles } from "../common";
import { reportSheetName } from "../sheet-names";

/**
 * A bokslut statement sheet (Resultaträkning, Balansräkning, Kassaflödesanalys): title rows, a header on row 5,
 * one line per post. A sum line is `=SUM(<its lines>)` per amount column with the computed value cached, so the
 * ekonom can trace every total in Excel. Amounts are kronor shown whole ("#,##0": a bokslut is read in kronor).
 */

export interface StatementLine {
  label: string;
  /** One value per amount column; undefined = empty cell. */
  values: (number | undefined)[];
  kind?: "section" | "sum" | "total";
  /** Indices (into the lines) this sum line adds up. */
  sumOf?: number[];
}

export interface StatementSpec {
  kind: string;
  rapport: string;
  key: string;
  forbund?: string;
  fran: string;
  till: string;
  kalla: string;
  idag: string;
  not: string;
  headers: string[];
  lines: StatementLine[];
  /** Format of the amount columns (default whole kronor). */
  numberFormat?: string;
  summary?: string;
}

export function planStatement(spec: StatementSpec): SheetPlan {
  const ncols = spec.headers.length;
  const rows: PlanCell[][] = titleRows({
    rapport: spec.rapport,
    ...(spec.forbund ? { forbund: spec.forbund } : {}),
    fran: spec.fran,
    till: spec.till,
    kallor: [spec.kalla],
    idag: spec.idag,
    not: spec.not,
  });
  rows.push(spec.headers);
  const styles: CellStyle[] = [...titleStyles(ncols)];
  spec.lines.forEach((line, i) => {
    const r = FIRST_DATA_ROW + i;
    const cells: PlanCell[] = [line.label];
    line.values.forEach((raw, c) => {
      const v = raw === 0 ? 0 : raw; // −0 (a negated empty sum) is written as 0
      if (v === undefined) cells.push("");
      else if (line.sumOf && line.sumOf.length > 0)
        cells.push(
          sumOfCells(
            c + 1,
            line.sumOf.map((j) => FIRST_DATA_ROW + j),
            v,
          ),
        );
      else cells.push(v);
    });
    rows.push(cells);
    const last = ncols - 1;
    if (line.kind === "section") styles.push({ range: a1Range(r, 0, r, last), bold: true, fill: COLORS.sectionFill });
    if (line.kind === "sum") styles.push({ range: a1Range(r, 0, r, last), bold: true, borderTop: true });
    if (line.kind === "total") styles.push({ range: a1Range(r, 0, r, last), bold: true, borderTop: true, fill: COLORS.totalFill });
  });
  const lastRow = FIRST_DATA_ROW + spec.lines.length - 1;
  // Only the amount columns: a text column beside them (Kontroller bokslut's Resultat) keeps its own format, so the
  // print layout starts it one letter in from the numbers.
  const amountColumns = Math.max(1, ...spec.lines.map((l) => l.values.length));
  styles.push({
    range: a1Range(FIRST_DATA_ROW, 1, Math.max(lastRow, FIRST_DATA_ROW), Math.min(amountColumns, ncols - 1)),
    numberFormat: spec.numberFormat ?? FORMAT.helt,
  });
  return {
    kind: spec.kind,
    key: spec.key,
    name: reportSheetName(spec.rapport, spec.till),
    rows,
    styles,
    tables: [
      {
        name: tableName(spec.rapport, spec.till),
        range: a1Range(HEADER_ROW, 0, Math.max(lastRow, HEADER_ROW + 1), ncols - 1),
        style: "TableStyleLight9",
      },
    ],
    freeze: { rows: HEADER_ROW + 1, columns: 1 },
    columnWidths: [300, ...spec.headers.slice(1).map(() => 110)],
    pageSetup: { orientation: "Portrait", paperSize: "A4", fitToWidth: true },
    ...(spec.summary ? { summary: spec.summary } : {}),
  };
}

/** The A1 address of line i's amount column c (0 = first amount column). */
export const lineCell = (i: number, c: number): string => a1(FIRST_DATA_ROW + i, c + 1);
