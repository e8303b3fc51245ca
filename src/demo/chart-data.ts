import { parseRange, type CellValue } from "../domain/model";

/**
 * The data behind a chart of the simulated workbook, read the way Excel reads a chart's source range:
 * the range holds a header row and a category column. seriesBy "Columns": the first row names the series
 * (one per further column) and the first column holds the categories; "Rows": the other way round.
 */

/** A chart as the simulated workbook's snapshot describes it. */
export interface ChartSource {
  type: string;
  /** "'Uppföljning deltagare 2024-H1'!A98:C106" */
  source: string;
  seriesBy: string;
  title: string;
  /** Top-left cell, e.g. "R6"; null when not placed. */
  anchor: string | null;
  /** Size in points. */
  width: number;
  height: number;
}

export interface ChartSheet {
  name: string;
  values: CellValue[][];
  numberFormats?: (string | null)[][];
}

export interface ChartSeries {
  name: string;
  values: (number | null)[];
}

export interface ChartData {
  title: string;
  type: string;
  categories: string[];
  series: ChartSeries[];
  /** Number format of the first value cell (the axis and labels use it), or null. */
  format: string | null;
  /** 0-based anchor cell, or null. */
  anchor: { row: number; col: number } | null;
  /** Size in CSS pixels (points × 4/3). */
  width: number;
  height: number;
}

/** "'It''s here'!A1:C3" → sheet "It's here" and the range part; null without "!". */
export function splitSource(source: string): { sheet: string; range: string } | null {
  const bang = source.lastIndexOf("!");
  if (bang < 0) return null;
  let sheet = source.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, range: source.slice(bang + 1).replace(/\$/g, "") };
}

const text = (v: CellValue | undefined): string => (v === null || v === undefined ? "" : String(v));
const num = (v: CellValue | undefined): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);

/** The chart's categories and series from its source range; null when the source sheet or range is missing. */
export function chartData(chart: ChartSource, sheets: readonly ChartSheet[]): ChartData | null {
  const src = splitSource(chart.source);
  const sheet = src && sheets.find((s) => s.name === src.sheet);
  const rect = src && parseRange(src.range);
  if (!sheet || !rect) return null;
  const cell = (r: number, c: number) => sheet.values[r]?.[c];
  const rows = Array.from({ length: rect.row2 - rect.row1 + 1 }, (_, i) => rect.row1 + i);
  const cols = Array.from({ length: rect.col2 - rect.col1 + 1 }, (_, i) => rect.col1 + i);
  const byRows = chart.seriesBy === "Rows";
  // Categories run along the first row (by rows) or down the first column (by columns).
  const catCells = byRows ? cols.slice(1).map((c) => [rect.row1, c] as const) : rows.slice(1).map((r) => [r, rect.col1] as const);
  const seriesHeads = byRows ? rows.slice(1).map((r) => [r, rect.col1] as const) : cols.slice(1).map((c) => [rect.row1, c] as const);
  const categories = catCells.map(([r, c]) => text(cell(r, c)));
  const series = seriesHeads.map(([hr, hc], si) => ({
    name: text(cell(hr, hc)) || `Serie ${si + 1}`,
    values: catCells.map(([cr, cc]) => (byRows ? num(cell(hr, cc)) : num(cell(cr, hc)))),
  }));
  // The first value cell is below and right of the header corner in both orientations.
  const format = sheet.numberFormats?.[rect.row1 + 1]?.[rect.col1 + 1] ?? null;
  const anchor = chart.anchor ? parseRange(chart.anchor) : null;
  return {
    title: chart.title,
    type: chart.type,
    categories,
    series,
    format: format && format !== "General" ? format : null,
    anchor: anchor ? { row: anchor.row1, col: anchor.col1 } : null,
    width: Math.round((chart.width * 4) / 3),
    height: Math.round((chart.height * 4) / 3),
  };
}

/** Round axis ticks from 0 (or below) to the data's maximum: 0, step, 2·step … with step 1, 2, 2,5 or 5 × 10ⁿ. */
export function axisTicks(min: number, max: number, count = 4): number[] {
  const lo = Math.min(0, min);
  const hi = Math.max(0, max);
  if (hi === lo) return [0];
  const raw = (hi - lo) / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  const ticks: number[] = [];
  for (let t = Math.floor(lo / step) * step; t <= hi + step * 1e-9; t += step) ticks.push(Math.round(t / step) * step);
  if (ticks[ticks.length - 1] < hi) ticks.push(ticks[ticks.length - 1] + step);
  return ticks;
}
