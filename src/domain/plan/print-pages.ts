import { a1, parseA1 } from "../model";
import type { ChartPlan, SheetPlan } from "../model";
import { cellText } from "./print-cells";
import { MIN_PRINTED_FONT_SIZE, PRINT_FONT } from "./print-measure";

/** The page of a printed report (print-layout.ts): A4 and margins, the footer, charts placed for print, page breaks. */

/** A4 in points (210 × 297 mm). */
export const A4 = { width: 595.3, height: 841.9 };
/**
 * Height of a row without a set height: the sheet's default row (15 pt, Calibri 11), which LibreOffice prints as
 * it is; Excel fits such a row to its 10 pt text (12,75 pt), so the estimate errs on the safe side.
 */
export const DEFAULT_ROW_HEIGHT = 15;
export const MARGINS = { left: 0.5, right: 0.5, top: 0.6, bottom: 0.7, header: 0.3, footer: 0.3 };

export function printableWidth(paper: number): number {
  return paper - (MARGINS.left + MARGINS.right) * 72;
}

/** Default column width in points when the plan gives none (Excel's 8,43 characters ≈ 48 pt). */
export const DEFAULT_COLUMN_WIDTH = 48;

/**
 * Footer in the report font, at a size that prints ≥ 8 pt at `scale` (Excel header/footer codes). The size code
 * comes first and the font name last: every digit after "&" belongs to the size, so a text starting with a digit
 * right after "&8" ("2024-01-01 – …" without a förbund) would become size 82024 and print "-01-01 – …".
 */
export function footerFont(scale: number): string {
  return `&${Math.ceil(MIN_PRINTED_FONT_SIZE / scale)}&"${PRINT_FONT},Regular"`;
}

export function escapeFooter(s: string): string {
  return s.replace(/&/g, "&&");
}

/** Office.js's size of a chart without one: 360 × 216 pt. */
const DEFAULT_CHART = { width: 360, height: 216 };

/**
 * The plan's charts placed for print: a chart whose anchor lies inside the printed columns and fits them stays;
 * every other chart moves below the last printed row (a blank row before each), at column A, keeping its size.
 * Returns the charts, the row blocks the moved charts cover with the blank row above each (0-based, inclusive) and the number of columns
 * the print must span to hold them (columns right of the table count as Excel's default 48 pt).
 */
export function printedCharts(
  charts: readonly ChartPlan[],
  widths: readonly number[],
  lastRow: number,
): { charts: ChartPlan[]; blocks: { start: number; end: number }[]; columns: number } {
  const colWidth = (c: number) => widths[c] ?? DEFAULT_COLUMN_WIDTH;
  const out: ChartPlan[] = [];
  const blocks: { start: number; end: number }[] = [];
  let columns = widths.length;
  let next = lastRow + 2;
  for (const ch of charts) {
    const at = parseA1(ch.anchor.replace(/\$/g, ""));
    const w = ch.width ?? DEFAULT_CHART.width;
    const h = ch.height ?? DEFAULT_CHART.height;
    if (at && at.col < widths.length && widths.slice(at.col).reduce((a, b) => a + b, 0) >= w) {
      out.push(ch);
      continue;
    }
    let cols = 0;
    for (let sum = 0; sum < w; cols++) sum += colWidth(cols);
    columns = Math.max(columns, cols);
    const rows = Math.ceil(h / DEFAULT_ROW_HEIGHT);
    out.push({ ...ch, anchor: a1(next, 0) });
    // The block starts at the blank row above the chart: a page break there keeps the chart's top edge off the
    // foot of the page before (LibreOffice draws a chart touching a page on that page too).
    blocks.push({ start: next - 1, end: next + rows - 1 });
    next += rows + 1;
  }
  return { charts: out, blocks, columns };
}

/**
 * Rows before which a page break keeps a table (with its caption above and note rows below) on
 * one page, when it fits on one page; a table longer than a page is broken before the last of its
 * sub-headings that still fits (so no heading is left at the foot of a page), or where the page is full — but
 * never right before its last row, which would print alone (a Summa without its rows) on the next page.
 * Heights on paper = row heights × scale; rows without a height count as the sheet's default row.
 */
export function pageBreaks(
  plan: SheetPlan,
  headers: { row: number; last: number }[],
  chartBlocks: { start: number; end: number }[],
  heights: Record<number, number>,
  scale: number,
  paperHeight: number,
  isSubHeading: (row: number) => boolean,
): number[] {
  // Printed smaller than 100 %, 4 % of the page is kept free: LibreOffice scales rows in whole device units and
  // printed Resultat at 85 % two rows short of the estimate (a third page of two rows).
  const usable = ((paperHeight - (MARGINS.top + MARGINS.bottom) * 72) / scale - 20) * (scale < 1 ? 0.96 : 1);
  const h = (r: number) => heights[r] ?? DEFAULT_ROW_HEIGHT;
  const empty = (r: number) => (plan.rows[r] ?? []).every((c) => cellText(c) === "");
  const blocks = headers.map((t) => {
    let start = t.row;
    while (start > 0 && !empty(start - 1)) start--;
    let end = t.last;
    while (end + 1 < plan.rows.length && !empty(end + 1)) end++;
    return { start, end, header: t.row };
  });
  blocks.push(...chartBlocks.map((c) => ({ ...c, header: c.start })));
  const several = blocks.length > 1;
  const breaks: number[] = [];
  let pageStart = 0;
  let used = 0;
  let row = 0;
  const breakAt = (r: number) => {
    breaks.push(r);
    pageStart = r;
    used = 0;
  };
  for (const b of blocks) {
    for (; row < b.start; row++) used += h(row);
    let size = 0;
    for (let r = b.start; r <= b.end; r++) size += h(r);
    if (size <= usable) {
      // Never before the first block: the title rows stay with the first table.
      if (several && used + size > usable && b.start > pageStart && b !== blocks[0]) breakAt(b.start);
      used += size;
      row = b.end + 1;
      continue;
    }
    // Longer than a page: fill pages, each broken before its last sub-heading that fits.
    let heading = -1;
    for (let r = b.start; r <= b.end; r++) {
      if (r > b.header + 1 && r > pageStart && isSubHeading(r)) heading = r;
      if (used + h(r) > usable && r > pageStart) {
        let at = heading > pageStart && heading <= r ? heading : r;
        // The table's last row (its Summa) never starts a page alone: the row above goes with it.
        if (at === b.end && at - 1 > pageStart && at - 1 > b.header + 1) at--;
        breakAt(at);
        for (let k = at; k < r; k++) used += h(k);
        heading = -1;
      }
      used += h(r);
    }
    row = b.end + 1;
  }
  return breaks;
}
