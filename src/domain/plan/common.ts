import { a1, columnLetter } from "../model";
import type { CellStyle, FormulaCell, IsoDate, ParsedWorkbook, PlanCell, SheetPlan } from "../model";
import { formatSv } from "../text/format";

/**
 * Shared layout of every output sheet (domain.md §5):
 *   row 1  "<Rapport> – <Förbund>"
 *   row 2  "Period ÅÅÅÅ-MM-DD – ÅÅÅÅ-MM-DD · Källor: <blad>"
 *   row 3  "Skapad <idag> av Finsam för Excel"
 *   row 4  an optional note (sign convention, thresholds, summary)
 *   row 5  the table header; data from row 6.
 * Amounts in cells are kronor; they are shown in tkr with the scaling format `#,##0,`
 * (the trailing comma divides by 1 000 for display only, so sums stay exact).
 */

export const FORMAT = {
  /** Kronor shown in thousands: 1 326 000 → "1 326". */
  tkr: "#,##0,",
  /** Whole numbers: "1 234". */
  helt: "#,##0",
  /** Ratios: 0,72 → "72%". */
  procent: "0%",
  datum: "yyyy-mm-dd",
} as const;

export const COLORS = {
  titleText: "#1F3864",
  noteText: "#595959",
  headerFill: "#D9E1F2",
  sectionFill: "#EDEDED",
  totalFill: "#DDEBF7",
  hogFill: "#FFC7CE",
  hogText: "#9C0006",
  lagFill: "#FFEB9C",
  lagText: "#9C5700",
} as const;

/** 0-based index of the header row (row 5). */
export const HEADER_ROW = 4;
/** 0-based index of the first data row (row 6). */
export const FIRST_DATA_ROW = 5;

export const APP_NAME = "Finsam för Excel";

export interface TitleInfo {
  /** Report name, e.g. "Förbrukningskvot". */
  rapport: string;
  forbund?: string;
  fran: IsoDate;
  till: IsoDate;
  /** Names of the sheets the figures come from. */
  kallor: readonly string[];
  idag: IsoDate;
  /** Row 4 text, e.g. the sign convention. */
  not?: string;
}

/** Rows 1–4 of a report (row 4 empty when there is no note). */
export function titleRows(info: TitleInfo): PlanCell[][] {
  const titel = info.forbund ? `${info.rapport} – ${info.forbund}` : info.rapport;
  const kallor = info.kallor.length > 0 ? ` · Källor: ${info.kallor.join(", ")}` : "";
  return [[titel], [`Period ${info.fran} – ${info.till}${kallor}`], [`Skapad ${info.idag} av ${APP_NAME}`], [info.not ?? ""]];
}

/** Styles of rows 1–4 and of the header row for a table `columns` wide. */
export function titleStyles(columns: number): CellStyle[] {
  const last = columnLetter(Math.max(columns, 1) - 1);
  return [
    { range: "A1", bold: true, fontSize: 14, fontColor: COLORS.titleText },
    { range: "A2:A3", italic: true, fontColor: COLORS.noteText },
    { range: "A4", italic: true, fontColor: COLORS.noteText },
    { range: `A5:${last}5`, bold: true, fill: COLORS.headerFill, wrap: true },
  ];
}

/** Unit label of amounts: the Inställningar setting (tkr, TSEK), default "tkr". */
export function enhet(base: Pick<ParsedWorkbook, "installningar">): string {
  const e = base.installningar.enhet?.trim();
  return e ? e : "tkr";
}

/** Header of an amount column: "Utfall" + "tkr" → "Utfall (tkr)". */
export function amountHeader(namn: string, unit: string): string {
  return `${namn} (${unit})`;
}

/** Source sheet names for the title row, in the given order, without repeats. */
export function sourceSheetNames(base: Pick<ParsedWorkbook, "sourceSheets">, keys: readonly string[]): string[] {
  const names = keys.map((k) => base.sourceSheets[k]).filter((n): n is string => typeof n === "string" && n !== "");
  return [...new Set(names)];
}

/** `=SUM(C6:C17)` over 0-based rows r1..r2 of column col, with its cached value. */
export function sumCell(col: number, r1: number, r2: number, value: number): FormulaCell {
  return { formula: `=SUM(${a1(r1, col)}:${a1(r2, col)})`, value };
}

/** `=SUM(C10,C15,C30)` over single cells, with its cached value. */
export function sumOfCells(col: number, rows: readonly number[], value: number): FormulaCell {
  return { formula: `=SUM(${rows.map((r) => a1(r, col)).join(",")})`, value };
}

/** `=IF(E6=0,"",F6/E6)`: a ratio that stays empty when the denominator is 0 (cached "" then). */
export function ratioCell(row: number, numCol: number, denCol: number, value: number | undefined): FormulaCell {
  const num = a1(row, numCol);
  const den = a1(row, denCol);
  return { formula: `=IF(${den}=0,"",${num}/${den})`, value: value ?? "" };
}

/** The report plans' table names: the one sanitiser, plan/table-names.ts ("Förbrukningskvot", "2024-06-30" → "Forbrukningskvot_2024_06_30"). */
export { toTableName as tableName } from "./table-names";

/** Swedish label of a flag: "hög" → "Hög förbrukning". */
export function flagText(flagga: "hög" | "låg" | undefined): string {
  if (flagga === "hög") return "Hög förbrukning";
  if (flagga === "låg") return "Låg förbrukning";
  return "";
}

/** Kronor as whole units of thousands for notes: −1 480 000 → "−1 480 tkr". */
export function amountText(kronor: number, unit: string): string {
  return `${formatSv(kronor / 1000)} ${unit}`;
}

/** Banner text of a report written while the workbook has fel: "Preliminär — arbetsboken har 1 fel, se Valideringsrapport". */
export function bannerText(antalFel: number): string {
  return `Preliminär — arbetsboken har ${antalFel} fel, se Valideringsrapport`;
}

/**
 * The plan with its row 3 ("Skapad … av Finsam för Excel") turned into the banner row while the workbook has fel
 * (issue 13): A3 = the banner in bold red followed by the "Skapad …" text, in one cell (nothing spills over other
 * cells in print). Rows keep their positions, so every formula stays valid. Plans without the standard title rows, and runs without fel, are returned unchanged.
 */
export function withBanner(plan: SheetPlan, antalFel: number): SheetPlan {
  if (antalFel <= 0) return plan;
  const row3 = plan.rows[2];
  if (!row3 || typeof row3[0] !== "string" || !row3[0].startsWith("Skapad ")) return plan;
  const rows = plan.rows.slice();
  rows[2] = [`${bannerText(antalFel)} · ${row3[0]}`, ...row3.slice(1)];
  const styles = [...(plan.styles ?? []), { range: "A3", bold: true, italic: false, fontColor: COLORS.hogText, fill: COLORS.hogFill }];
  return { ...plan, rows, styles };
}
const MANAD = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"];

function lastDayOfMonth(iso: string): boolean {
  const [y, m, d] = iso.split("-").map(Number);
  return d === new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/**
 * The period in a column header, as the board reads it: 2024-01-01–2024-06-30 → "jan–jun 2024",
 * one month → "jun 2024", across years → "jul 2023–jun 2024"; dates that are not whole months stay dates.
 */
export function periodHeader(fran: IsoDate, till: IsoDate): string {
  if (!fran.endsWith("-01") || !lastDayOfMonth(till)) return `${fran}–${till}`;
  const [fy, fm] = [fran.slice(0, 4), MANAD[Number(fran.slice(5, 7)) - 1]];
  const [ty, tm] = [till.slice(0, 4), MANAD[Number(till.slice(5, 7)) - 1]];
  if (fy !== ty) return `${fm} ${fy}–${tm} ${ty}`;
  return fm === tm ? `${tm} ${ty}` : `${fm}–${tm} ${ty}`;
}
