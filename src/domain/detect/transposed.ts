import { columnLetter } from "../model/address";
import type { CellValue, RawSheet } from "../model/raw";
import type { ColumnMapping, SheetKind } from "../model/mapping";
import { isSumLabel } from "../text/rows";
import { parseSvNumber } from "../text/sv-number";
import { parseColumnHeader } from "./column-header";
import { measureCell, sheetYearHint } from "./measure-cell";
import { pivotUnit } from "./pivot-unit";
import { headingKind, isResultLabel } from "../template/vocabulary";
import { normalizeHeader } from "../text/header";

/**
 * Recognises a transposed table — one column per insats, one row per measure — the way some kansli keep it:
 * "Post | Jobbstöd | Bryggan | Unga vuxna | Summa" over the rows "Budget" and "Utfall" (or "Budget 2024" and
 * "Utfall jan–jun 2024", "Budget H1 2024" …). Needs a label column whose cells below the header are measure cells
 * (measure-cell.ts) on at least two rows naming budget and utfall (or prognos), nothing left of it on those rows, and
 * at least two columns whose header is a name (no measure, no period) with numbers on the measure rows. The mapping:
 * - `matt` = the label column (each of its measure rows is a measure, with the period the cell states);
 * - `insatskolumn` = each name column: one insats, named by its header, with the unit of the sheet (pivot-unit.ts);
 * - `radsumma` = a Summa/Totalt/Total column: checked against the insats columns row by row (RADSUMMA_STAMMER_INTE),
 *   never an insats.
 * Rows between the header and the measure rows labelled Ägare/Insatsägare/Kommun give the insatser's owners.
 * The reader turns it into one row per insats (parse/mapped/transposed-view.ts).
 */

export interface TransposedLayout {
  headerRow: number;
  kind: SheetKind;
  columns: ColumnMapping[];
}

const MAX_HEADER_SCAN = 15;
const MAX_LABEL_COL = 3;
/** A transposed table has a handful of measure rows: only this many rows under the header are looked at (large exports stay fast). */
const MAX_ROWS = 40;

function filled(v: CellValue | undefined): boolean {
  return v !== null && v !== undefined && !(typeof v === "string" && v.trim() === "");
}

function isNumber(v: CellValue | undefined): boolean {
  return typeof v === "number" || (typeof v === "string" && parseSvNumber(v).kind === "number");
}

/** Period words without a year ("Q1", "Halvår 2", "T3", "Helår", "Ack"): columns of periods, not insatser. */
const PERIOD_WORD =
  /^(q|kv|kvartal|h|halvar|t|tertial)[1-4]$|^(helar|ack|ackumulerat|hittills|ytd|fy|jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)/;

/**
 * A header cell that names an insats: text with a letter, no measure word, no period or year of its own, and not a
 * summary column of a result table (Intäkter, Kostnader, Resultat: "| Intäkter | Kostnader | Resultat" over the rows
 * Budget and Utfall is the förbund's summary, not insatser as columns).
 */
function isNameHeader(v: CellValue | undefined, yearHint: number | undefined): boolean {
  if (typeof v !== "string" || !/\p{L}/u.test(v)) return false;
  const n = normalizeHeader(v);
  if (PERIOD_WORD.test(n) || isResultLabel(v)) return false;
  const kind = headingKind(v);
  if (kind === "intakt" || kind === "kostnad") return false;
  const info = parseColumnHeader(v, yearHint);
  return info.measure === undefined && !info.hasPeriod;
}

export function detectTransposed(sheet: RawSheet): TransposedLayout | null {
  const width = Math.max(0, ...sheet.values.map((r) => r?.length ?? 0));
  for (let h = 0; h < Math.min(MAX_HEADER_SCAN, sheet.values.length - 2); h++) {
    const header = sheet.values[h] ?? [];
    const yearHint = sheetYearHint(sheet, h);
    for (let label = 0; label <= Math.min(MAX_LABEL_COL, width - 3); label++) {
      const measureRows: number[] = [];
      const measures = new Set<string>();
      for (let r = h + 1; r < Math.min(sheet.values.length, h + 1 + MAX_ROWS); r++) {
        const row = sheet.values[r] ?? [];
        const m = measureCell(row[label], yearHint);
        if (!m || row.slice(0, label).some(filled)) continue;
        measureRows.push(r);
        measures.add(m.measure);
      }
      if (measureRows.length < 2 || measures.size < 2) continue;
      const names: number[] = [];
      let sum: number | undefined;
      for (let c = label + 1; c < width; c++) {
        const hasNumbers = measureRows.some((r) => isNumber(sheet.values[r]?.[c]));
        if (!hasNumbers) continue;
        const text = header[c];
        if (typeof text === "string" && isSumLabel(text)) sum ??= c;
        else if (isNameHeader(text, yearHint)) names.push(c);
      }
      if (names.length < 2) continue;
      const col = (c: number, role: string, confidence: number): ColumnMapping => ({
        column: columnLetter(c + sheet.origin.col),
        header: String(header[c] ?? "").trim(),
        role,
        confidence,
      });
      const unit = pivotUnit(
        sheet,
        h,
        measureRows.map((r) => sheet.values[r]?.[label]),
        measureRows.flatMap((r) => names.map((c) => sheet.values[r]?.[c])),
      );
      const columns: ColumnMapping[] = [col(label, "matt", 0.9)];
      for (const c of names) columns.push({ ...col(c, "insatskolumn", 0.85), factor: unit.factor, unitSource: unit.unitSource });
      if (sum !== undefined) columns.push({ ...col(sum, "radsumma", 0.9), factor: unit.factor, unitSource: unit.unitSource });
      columns.sort((a, b) => a.column.length - b.column.length || a.column.localeCompare(b.column));
      const kind: SheetKind = measures.has("utfall") ? "utfall" : "budget";
      return { headerRow: h, kind, columns };
    }
  }
  return null;
}
