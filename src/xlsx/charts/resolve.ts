import { columnLetter, parseA1, parseRange, type CellValue } from "../../domain/model";
import {
  EMU_PER_POINT,
  type AnchorCell,
  type ChartCellReader,
  type ChartSeriesData,
  type ChartSpec,
  type ResolvedChart,
  type SheetGeometry,
} from "./types";

/** A sheet name as a formula writes it: quoted ('…', inner ' doubled) unless it is a plain word that is no cell address. */
export function sheetRef(name: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^[RrCc]\d*$/.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

/** "'Blad'!$A$1" or "'Blad'!$A$2:$A$9" (absolute, as Excel writes chart references). */
function ref(sheet: string, r1: number, c1: number, r2 = r1, c2 = c1): string {
  const cell = (r: number, c: number) => `$${columnLetter(c)}$${r + 1}`;
  return `${sheetRef(sheet)}!${cell(r1, c1)}${r1 === r2 && c1 === c2 ? "" : `:${cell(r2, c2)}`}`;
}

const text = (v: CellValue | undefined): string => (v === null || v === undefined ? "" : String(v));
const num = (v: CellValue | undefined): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);

/**
 * The end cell of a chart `width` × `height` points placed at the top-left of `from`: whole columns and rows
 * are walked until the size is used up, the rest is the offset into the last one.
 */
export function anchorEnd(from: { row: number; col: number }, width: number, height: number, geo: SheetGeometry): AnchorCell {
  let col = from.col;
  let left = width;
  while (left >= geo.columnWidth(col) && col < 16383) left -= geo.columnWidth(col++);
  let row = from.row;
  let up = height;
  while (up >= geo.rowHeight(row) && row < 1048575) up -= geo.rowHeight(row++);
  return { col, colOff: Math.round(left * EMU_PER_POINT), row, rowOff: Math.round(up * EMU_PER_POINT) };
}

/**
 * A chart's series read the way Excel reads a source range with a header row and a category column:
 * seriesBy "Columns" — the first row names the series (one per further column), the first column holds the
 * categories; "Rows" — the other way round. Values are the cells' (cached) values; null = no number.
 * Returns null when the range or the anchor is no valid address.
 */
export function resolveChart(spec: ChartSpec, read: ChartCellReader, geo: SheetGeometry): ResolvedChart | null {
  const rect = parseRange(spec.range.replace(/\$/g, ""));
  const at = parseA1(spec.anchor.replace(/\$/g, ""));
  if (!rect || !at) return null;
  const cell = (r: number, c: number) => read(spec.sourceSheet, r, c);
  const byRows = spec.seriesBy === "Rows";
  const { row1, col1, row2, col2 } = rect;
  const series: ChartSeriesData[] = [];
  const heads = byRows ? row2 - row1 : col2 - col1;
  for (let i = 1; i <= heads; i++) {
    const [hr, hc] = byRows ? [row1 + i, col1] : [row1, col1 + i];
    const cats = byRows ? { r1: row1, c1: col1 + 1, r2: row1, c2: col2 } : { r1: row1 + 1, c1: col1, r2: row2, c2: col1 };
    const vals = byRows ? { r1: hr, c1: col1 + 1, r2: hr, c2: col2 } : { r1: row1 + 1, c1: hc, r2: row2, c2: hc };
    const n = byRows ? col2 - col1 : row2 - row1;
    const pos = (k: number, base: { r1: number; c1: number }) =>
      (byRows ? [base.r1, base.c1 + k] : [base.r1 + k, base.c1]) as [number, number];
    series.push({
      name: text(cell(hr, hc)?.value) || `Serie ${i}`,
      nameRef: ref(spec.sourceSheet, hr, hc),
      catRef: ref(spec.sourceSheet, cats.r1, cats.c1, cats.r2, cats.c2),
      valRef: ref(spec.sourceSheet, vals.r1, vals.c1, vals.r2, vals.c2),
      categories: Array.from({ length: n }, (_, k) => text(cell(...pos(k, cats))?.value)),
      values: Array.from({ length: n }, (_, k) => num(cell(...pos(k, vals))?.value)),
    });
  }
  const fmt = cell(row1 + 1, col1 + 1)?.numberFormat;
  return {
    type: spec.type,
    title: spec.title,
    series,
    formatCode: fmt && fmt.trim() !== "" ? fmt : "General",
    from: { col: at.col, colOff: 0, row: at.row, rowOff: 0 },
    to: anchorEnd(at, spec.width, spec.height, geo),
  };
}
