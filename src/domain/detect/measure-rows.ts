import { columnLetter } from "../model/address";
import type { CellValue, RawSheet } from "../model/raw";
import type { ColumnMapping, SheetKind } from "../model/mapping";
import { normalizeHeader } from "../text/header";
import { parseSvNumber } from "../text/sv-number";
import { exportPeriod } from "./export-period";
import { isMeasureColumn, measureCell, sheetYearHint } from "./measure-cell";
import { pivotUnit } from "./pivot-unit";

/**
 * Recognises a table with the measure written on each row (the task's pattern "Projekt | Avser | Belopp" with the rows
 * "Jobbstöd | Budget | 1 640" and "Jobbstöd | Utfall | 1 512"; "Insats | Typ | Belopp tkr" with Typ Budget/Utfall/
 * Prognos; a long ekonomisystem export "Projekt | Period | Mått | Belopp"; English "Project | Measure | Amount" with
 * Actual/Budget). The mapping it gives:
 * - `matt` = the column whose every cell is a measure cell (measure-cell.ts) — budget, utfall or prognos, perhaps with
 *   a period ("Utfall jan-jun 2024") — naming at least two measures on repeated rows;
 * - `belopp` = the one amount column (numbers on the measure rows; several: the one headed Belopp/Amount/Summa/Värde,
 *   else the last), with its unit (pivot-unit.ts) and no measure of its own;
 * - `period` = a Period/År/Månad column or one whose cells are periods (2014, 202401, 2024-01, a date);
 * - `post` = the insats: a Projekt/Insats/Post/Område/Project column, else the text column with most names;
 *   `agare`, `kategori` and `konto` (summed over, never the post) by their headers.
 * The reader turns the rows into one row per insats with a column per measure and period (parse/mapped/measure-view.ts).
 */

export interface MeasureRowsLayout {
  headerRow: number;
  kind: SheetKind;
  columns: ColumnMapping[];
}

const POST_RE =
  /^(projekt|proj|insats|post|omrade|verksamhet|aktivitet|kostnadsstalle|kst|ansvar|project|activity|costcent|namn|budgetpost)/;
const AGARE_RE = /^(agare|insatsagare|projektagare|huvudprojektagare|huvudman|kommun|owner)/;
const PERIOD_RE = /^(period|ar|manad|year|month|datum|bokforingsperiod|redovisningsperiod|per|yearmonth|armanad)/;
const KONTO_RE = /^(konto|kto|account)/;
const KATEGORI_RE = /^kategori/;
const AMOUNT_RE = /^(belopp|amount|summa|varde|value|sek|kr|tkr)/;
const MAX_HEADER_SCAN = 15;

function filled(v: CellValue | undefined): boolean {
  return v !== null && v !== undefined && !(typeof v === "string" && v.trim() === "");
}

function isNumber(v: CellValue | undefined): boolean {
  return typeof v === "number" || (typeof v === "string" && parseSvNumber(v).kind === "number");
}

/** Every non-empty cell is a period (a year, ÅÅÅÅMM, 2024-01, a date …). */
function periodContent(sheet: RawSheet, from: number, c: number): boolean {
  let n = 0;
  for (let r = from; r < sheet.values.length; r++) {
    const v = sheet.values[r]?.[c];
    if (!filled(v)) continue;
    if (!exportPeriod(v)) return false;
    n++;
  }
  return n >= 2;
}

export function detectMeasureRows(sheet: RawSheet): MeasureRowsLayout | null {
  const width = Math.max(0, ...sheet.values.map((r) => r?.length ?? 0));
  for (let h = 0; h < Math.min(MAX_HEADER_SCAN, sheet.values.length - 2); h++) {
    const header = sheet.values[h] ?? [];
    if (header.filter((v) => typeof v === "string" && v.trim() !== "").length < 2) continue;
    const yearHint = sheetYearHint(sheet, h);
    let matt = -1;
    for (let c = 0; c < width && matt < 0; c++) if (isMeasureColumn(sheet, h + 1, c, yearHint)) matt = c;
    if (matt < 0) continue;
    const rows: number[] = [];
    for (let r = h + 1; r < sheet.values.length; r++) if (measureCell(sheet.values[r]?.[matt], yearHint)) rows.push(r);
    const norm = (c: number) => normalizeHeader(header[c]);
    const cols = [...Array(width).keys()].filter((c) => c !== matt);
    const konto = cols.find((c) => KONTO_RE.test(norm(c)));
    const periodOf = (named: boolean) =>
      cols.find((c) => c !== konto && (!named || PERIOD_RE.test(norm(c))) && periodContent(sheet, h + 1, c));
    const period = periodOf(true) ?? periodOf(false);
    const numeric = cols.filter(
      (c) => c !== period && c !== konto && rows.filter((r) => isNumber(sheet.values[r]?.[c])).length >= rows.length * 0.8,
    );
    if (numeric.length === 0) continue;
    const amount = numeric.find((c) => AMOUNT_RE.test(norm(c))) ?? numeric[numeric.length - 1];
    const used = new Set([matt, amount, ...(period !== undefined ? [period] : []), ...(konto !== undefined ? [konto] : [])]);
    const textCol = (re: RegExp) => cols.find((c) => !used.has(c) && re.test(norm(c)));
    let post = textCol(POST_RE);
    if (post === undefined) {
      // The column with the most different texts on the measure rows (the insatser's names).
      let best = -1;
      for (let c = 0; c < width; c++) {
        if (used.has(c)) continue;
        const names = new Set(rows.map((r) => sheet.values[r]?.[c]).filter((v) => typeof v === "string" && v.trim() !== ""));
        if (names.size > best) {
          best = names.size;
          post = c;
        }
      }
      if (best <= 0) continue;
    }
    used.add(post!);
    const agare = textCol(AGARE_RE);
    if (agare !== undefined) used.add(agare);
    const kategori = textCol(KATEGORI_RE);
    const col = (c: number, role: string, confidence: number): ColumnMapping => ({
      column: columnLetter(c + sheet.origin.col),
      header: String(header[c] ?? "").trim(),
      role,
      confidence,
    });
    const unit = pivotUnit(
      sheet,
      h,
      [header[amount]],
      rows.map((r) => sheet.values[r]?.[amount]),
    );
    const columns: ColumnMapping[] = [
      col(post!, "post", POST_RE.test(norm(post!)) ? 0.95 : 0.8),
      col(matt, "matt", 0.9),
      { ...col(amount, "belopp", 0.9), factor: unit.factor, unitSource: unit.unitSource },
    ];
    if (period !== undefined) columns.push(col(period, "period", 0.9));
    if (agare !== undefined) columns.push(col(agare, "agare", 0.9));
    if (kategori !== undefined) columns.push(col(kategori, "kategori", 0.9));
    if (konto !== undefined) columns.push(col(konto, "konto", 0.9));
    columns.sort((a, b) => a.column.length - b.column.length || a.column.localeCompare(b.column));
    const kind: SheetKind = rows.some((r) => measureCell(sheet.values[r]?.[matt], yearHint)?.measure === "utfall") ? "utfall" : "budget";
    return { headerRow: h, kind, columns };
  }
  return null;
}
