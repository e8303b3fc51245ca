import { a1Range, parseRange } from "../model";
import type { CellStyle, PlanCell } from "../model";
import { cellText } from "./print-cells";
import { BODY_FONT_SIZE } from "./print-measure";

/**
 * Lines of text that stand alone in column A (title rows, table captions, notes) on a report printed over several
 * page widths (print-layout.ts, column page breaks). Column A prints again at the left of every later page, but
 * the columns that text runs on over (B, C …) do not: left as it is, "Till arbete och/eller studier (avslutade
 * perioden)" prints whole on page 1 and cut off after "Till arbete och/eller studi" on page 2 (and a PDF of it
 * still holds the hidden rest, over the page's own text). So each such row
 * - moves from column A to B, merged over the rest of page 1's columns, centred and wrapped there: column A of
 *   that row is empty, so the repeated column A prints nothing of it on a later page;
 * - is repeated, when it is bold (a heading, or the "Preliminär" banner), at the first column of every later page
 *   whose columns hold the table it heads, merged over that page's columns and centred: "Till arbete och/eller
 *   studier (avslutade perioden) (forts.)", the sheet title as "Uppföljning deltagare (forts.)" (without the
 *   förbund), the banner without its "· Skapad …".
 * The same holds on screen: with column A frozen, scrolling right to the next page's columns shows the heading again.
 */

export interface ColumnPage {
  /** First and last column (0-based) of the page's own columns; column A is repeated before them on later pages. */
  col1: number;
  col2: number;
}

export interface ContinuationInput {
  rows: PlanCell[][];
  widths: readonly number[];
  pages: readonly ColumnPage[];
  /** Every style of the plan so far (the repeated headings take the font, colour and fill of their row's A cell). */
  styles: readonly CellStyle[];
  /** Font of a cell after every style. */
  font: (row: number, col: number) => { bold: boolean; size: number };
  /** Rows inside an Excel table: left as they are (Excel tables hold no merged cells). */
  inTable: (row: number) => boolean;
  /** Rows of table headers and their last rows (a heading belongs to the table below it). */
  headers: readonly { row: number; col2: number; last: number }[];
}

export interface Continuation {
  rows: PlanCell[][];
  merges: string[];
  styles: CellStyle[];
  /** Merged rows and the width in points their text wraps in, by "row:col" of the merge's first cell. */
  mergedWidths: Map<string, number>;
}

/** " (forts.)": the heading continues from the page before. */
export const FORTSATTNING = " (forts.)";

const covers = (range: string, r: number, c: number) => {
  const g = parseRange(range.replace(/\$/g, ""));
  return g !== null && r >= g.row1 && r <= g.row2 && c >= g.col1 && c <= g.col2;
};

export function spanOverColumnPages(input: ContinuationInput): Continuation {
  const { widths, pages, font } = input;
  const rows = input.rows.map((r) => [...r]);
  const merges: string[] = [];
  const styles: CellStyle[] = [];
  const mergedWidths = new Map<string, number>();
  if (pages.length < 2) return { rows, merges, styles, mergedWidths };
  const span = (c1: number, c2: number) => widths.slice(c1, c2 + 1).reduce((a, b) => a + b, 0);
  const first = pages[0];
  // Page 1 must hold column A and at least one more column for the lines to move to.
  if (first.col2 < 1) return { rows, merges, styles, mergedWidths };
  const empty = (r: number) => (input.rows[r] ?? []).every((c) => cellText(c) === "");
  const aloneInA = (r: number) => {
    const row = input.rows[r] ?? [];
    return cellText(row[0]) !== "" && row.slice(1).every((c) => cellText(c) === "");
  };
  const inTable = input.inTable;
  // The rows a line belongs to: its block of non-empty rows; the title rows belong to the first table.
  const firstTable = input.headers.length > 0 ? Math.min(...input.headers.map((h) => h.row)) : 0;
  const block = (r: number): [number, number] => {
    if (r < firstTable) {
      const h = input.headers.find((x) => x.row === firstTable)!;
      return [firstTable, h.last];
    }
    let start = r;
    while (start > 0 && !empty(start - 1)) start--;
    let end = r;
    while (end + 1 < input.rows.length && !empty(end + 1)) end++;
    return [start, end];
  };
  const holds = (r1: number, r2: number, skip: number, p: ColumnPage) => {
    for (let r = r1; r <= r2; r++) {
      if (r === skip) continue;
      const row = input.rows[r] ?? [];
      for (let c = p.col1; c <= p.col2; c++) if (cellText(row[c]) !== "") return true;
    }
    return false;
  };

  input.rows.forEach((row, r) => {
    if (!aloneInA(r) || inTable(r)) return;
    const text = cellText(row[0]);
    const f = font(r, 0);
    const own = input.styles.filter((s) => covers(s.range, r, 0));
    // Moved from column A to B, merged over the rest of page 1 and centred there, in its own font and fill.
    rows[r][0] = null;
    while (rows[r].length < 2) rows[r].push(null);
    rows[r][1] = text;
    const range = a1Range(r, 1, r, first.col2);
    if (first.col2 > 1) merges.push(range);
    for (const st of own) styles.push({ ...st, range });
    styles.push({ range, horizontalAlignment: "Center", wrap: true });
    mergedWidths.set(`${r}:1`, span(1, first.col2));
    // Only bold lines repeat: headings (the title, table captions: larger than the body text) marked "(forts.)",
    // and the "Preliminär — arbetsboken har N fel …" banner up to its first " · " (without "Skapad …"), whose fill
    // runs over the later pages anyway. The period and the notes print once, on page 1.
    if (!f.bold) return;
    const heading = f.size > BODY_FONT_SIZE;
    // A heading again on every later page that prints its table.
    const [b1, b2] = block(r);
    const repeated = !heading ? text.split(" · ")[0] : r === 0 ? `${text.split(" – ")[0]}${FORTSATTNING}` : `${text}${FORTSATTNING}`;
    for (const p of pages.slice(1)) {
      if (!holds(b1, b2, r, p)) continue;
      while (rows[r].length <= p.col1) rows[r].push(null);
      rows[r][p.col1] = repeated;
      if (p.col2 > p.col1) merges.push(a1Range(r, p.col1, r, p.col2));
      const range = a1Range(r, p.col1, r, p.col2);
      for (const s of own) styles.push({ ...s, range });
      styles.push({ range, horizontalAlignment: "Center", wrap: true });
      mergedWidths.set(`${r}:${p.col1}`, span(p.col1, p.col2));
    }
  });
  return { rows, merges, styles, mergedWidths };
}
