import { a1, a1Range, isFormulaCell, parseA1, parseRange } from "../model";
import type { CellStyle, ChartPlan, PageSetupPlan, PlanCell, SheetPlan } from "../model";
import { HEADER_ROW } from "./common";

/**
 * Print layout of a report sheet, derived from the plan itself so every report and every host
 * prints the same way (issue 17, "board-ready reports"):
 * - one named font (Arial, metric-compatible with Liberation Sans where LibreOffice prints),
 *   body 10 pt; bold or italic without a font name prints in a serif fallback;
 * - the title rows 1–4 merged across the table width and wrapped, so a long note neither
 *   widens the printed range nor runs under the header;
 * - row heights from the wrapped text: lines × font size × 1,275 (Excel's 12,75 pt row for 10 pt);
 * - columns at least as wide as the longest word of their header (no header broken mid-word);
 * - headers right-aligned over columns that hold numbers;
 * - A4, portrait when the table fits, else landscape; fit to one page wide only while the
 *   printed font stays ≥ 8 pt (scale ≥ 8 / 10), else a fixed 80 % and the first column repeated;
 * - a text column right after a right-aligned number column ("Not" after "Andel av årsbudget") starts one
 *   letter in (text format TEXT_INDENT_FORMAT), so it does not read as the numbers' continuation;
 * - charts print with the report: a chart beside the printed columns moves below the printed rows (one under
 *   the other, no wider than the printed columns) and the print area reaches down over it;
 * - print area = the table columns, print titles, a page break before a table or chart that would be split (and,
 *   in a table longer than a page, before one of its sub-headings), a footer with förbund and period,
 *   "Skapad …" and "Sida x av y".
 */

export const PRINT_FONT = "Arial";
/** Body font size of reports in points. */
export const BODY_FONT_SIZE = 10;
/** No report prints smaller than this (points on paper). */
export const MIN_PRINTED_FONT_SIZE = 8;
/** Row height per line of text: Excel's default row is 12,75 pt for a 10 pt font. */
const LINE_FACTOR = 1.275;
/** Inner cell padding (left + right) in points. */
const CELL_PADDING = 6;
/** A4 in points (210 × 297 mm). */
const A4 = { width: 595.3, height: 841.9 };
/**
 * Height of a row without a set height: the sheet's default row (15 pt, Calibri 11), which LibreOffice prints as
 * it is; Excel fits such a row to its 10 pt text (12,75 pt), so the estimate errs on the safe side.
 */
const DEFAULT_ROW_HEIGHT = 15;
/**
 * Text format that starts a text one "M" in (Excel's "_M" = a space as wide as M, ≈ 8 pt at 10 pt), the same
 * device as the "_(@_)" of Excel's accounting format: the column reads as separate from the numbers on its left.
 */
export const TEXT_INDENT_FORMAT = "_M@";
const MARGINS = { left: 0.5, right: 0.5, top: 0.6, bottom: 0.7, header: 0.3, footer: 0.3 };

export interface PrintInfo {
  forbund?: string;
  fran: string;
  till: string;
  idag: string;
}

/** Advance width of one character in em for Arial/Liberation Sans (grouped, rounded up). */
function charEm(ch: string): number {
  if (ch === " ") return 0.278;
  if ("iljI.,:;'|!".includes(ch)) return 0.278;
  if ("ftr()[]-/".includes(ch)) return 0.333;
  if ("mwMW%@".includes(ch)) return 0.86;
  if (/[A-ZÅÄÖÉ]/.test(ch)) return 0.7;
  return 0.556;
}

/**
 * Safety margin on measured text: column widths are stored in digits of the workbook's default font, so a
 * printer without Calibri (LibreOffice with Carlito or Liberation Sans Narrow) draws them up to ≈ 8 % narrower.
 */
const WIDTH_MARGIN = 1.1;

/** Width of `text` in points at `size` pt (bold ≈ 6 % wider). */
export function textWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += charEm(ch);
  return em * size * (bold ? 1.06 : 1) * WIDTH_MARGIN;
}

/**
 * Number of lines `text` takes when wrapped at word boundaries into `width` points: each line
 * break of the text starts a line; a word longer than the width is broken over several lines.
 */
export function wrappedLines(text: string, width: number, size: number, bold = false): number {
  const inner = Math.max(width - CELL_PADDING, size);
  const space = textWidth(" ", size, bold);
  let lines = 0;
  for (const paragraph of text.split(/\r?\n/)) {
    let line = 0;
    let count = 1;
    for (const word of paragraph.split(/ +/).filter((w) => w !== "")) {
      const w = textWidth(word, size, bold);
      if (line === 0) {
        count += Math.max(0, Math.ceil(w / inner) - 1);
        line = w > inner ? w % inner : w;
      } else if (line + space + w <= inner) line += space + w;
      else {
        count += Math.ceil(w / inner);
        line = w > inner ? w % inner : w;
      }
    }
    lines += count;
  }
  return Math.max(lines, 1);
}

/** Row height in points for `lines` lines at `size` pt. */
export function rowHeightFor(lines: number, size: number): number {
  return Math.ceil(lines * size * LINE_FACTOR * 4) / 4;
}

function cellText(c: PlanCell | undefined): string {
  const v = c !== undefined && c !== null && isFormulaCell(c) ? c.value : c;
  if (v === null || v === undefined) return "";
  return typeof v === "number" ? String(v) : String(v);
}

function isNumberCell(c: PlanCell | undefined): boolean {
  if (c === undefined || c === null) return false;
  if (isFormulaCell(c)) return typeof c.value === "number" || c.value === "";
  return typeof c === "number";
}

/** Font and wrap of each cell after every style (later styles win), by "row:col". */
interface CellFormat {
  bold: boolean;
  size: number;
  wrap: boolean;
  numberFormat?: string;
}

function resolveFormats(plan: SheetPlan, width: number): Map<string, CellFormat> {
  const out = new Map<string, CellFormat>();
  const rowCount = plan.rows.length;
  for (const s of plan.styles ?? []) {
    if (s.bold === undefined && s.fontSize === undefined && s.wrap === undefined && s.numberFormat === undefined) continue;
    const cols = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/.exec(s.range.trim());
    const r = cols ? parseRange(`${cols[1]}1:${cols[2]}${Math.max(1, rowCount)}`) : parseRange(s.range.replace(/\$/g, ""));
    if (!r) continue;
    for (let row = r.row1; row <= Math.min(r.row2, rowCount - 1); row++)
      for (let col = r.col1; col <= Math.min(r.col2, width - 1); col++) {
        const k = `${row}:${col}`;
        const f = out.get(k) ?? { bold: false, size: BODY_FONT_SIZE, wrap: false };
        if (s.bold !== undefined) f.bold = s.bold;
        if (s.fontSize !== undefined) f.size = s.fontSize;
        if (s.wrap !== undefined) f.wrap = s.wrap;
        if (s.numberFormat !== undefined) f.numberFormat = s.numberFormat;
        out.set(k, f);
      }
  }
  return out;
}

/** Rows of the plan that are a table header (the first row of each table), or row 5 without tables. */
function headerRows(plan: SheetPlan): { row: number; col1: number; col2: number; last: number }[] {
  const tables = (plan.tables ?? []).map((t) => parseRange(t.range.replace(/\$/g, ""))).filter((r) => r !== null);
  if (tables.length > 0) return tables.map((r) => ({ row: r.row1, col1: r.col1, col2: r.col2, last: r.row2 }));
  const header = plan.rows[HEADER_ROW] ?? [];
  return header.length > 0 ? [{ row: HEADER_ROW, col1: 0, col2: header.length - 1, last: plan.rows.length - 1 }] : [];
}

/** Number of columns that print: the table columns and every cell below the title rows. */
function printWidth(plan: SheetPlan): number {
  let width = plan.columnWidths?.length ?? 0;
  plan.rows.forEach((row, r) => {
    if (r < HEADER_ROW) return;
    for (let c = row.length - 1; c >= 0; c--)
      if (cellText(row[c]) !== "") {
        width = Math.max(width, c + 1);
        break;
      }
  });
  for (const t of plan.tables ?? []) {
    const r = parseRange(t.range.replace(/\$/g, ""));
    if (r) width = Math.max(width, r.col2 + 1);
  }
  return Math.max(width, 1);
}

/** The text a number shows in `format` (close enough to measure its width): 1 326 400 in "#,##0," → "1 326". */
export function shownNumber(v: number, format: string | undefined): string {
  const group = (n: number) =>
    Math.round(Math.abs(n))
      .toString()
      .replace(/\B(?=(\d{3})+(?!\d))/g, " ");
  const sign = v < 0 ? "-" : "";
  if (!format || format === "General") return String(Math.round(v * 100) / 100);
  const pct = /0(?:\.(0+))?%/.exec(format);
  if (pct) return `${sign}${group(v * 100)}${pct[1] ? "," + pct[1] : ""} %`;
  if (/[ymd]{2}/.test(format)) return "2024-06-30";
  const scaled = /0,+(?:[;"]|$)/.test(format) ? v / 1000 ** (/0(,+)/.exec(format)?.[1].length ?? 0) : v;
  const decimals = /\.(0+)/.exec(format)?.[1].length ?? 0;
  return `${sign}${group(scaled)}${decimals ? "," + "0".repeat(decimals) : ""}`;
}

/** Widest the last printed column grows for its text (text there cannot run on past the print area). */
const LAST_COLUMN_MAX = 220;

/** Room for a table's sort/filter button in a header cell, in points. */
const FILTER_BUTTON_ROOM = 16;

function printableWidth(paper: number): number {
  return paper - (MARGINS.left + MARGINS.right) * 72;
}

/** Narrowest a column of wrapped text (Meddelande, Anmärkningar) gets to keep a report on one page width. */
const MIN_WRAP_WIDTH = 150;

/** Default column width in points when the plan gives none (Excel's 8,43 characters ≈ 48 pt). */
const DEFAULT_COLUMN_WIDTH = 48;

/** Footer in the report font, at a size that prints ≥ 8 pt at `scale` (Excel header/footer codes). */
function footerFont(scale: number): string {
  return `&"${PRINT_FONT},Regular"&${Math.ceil(MIN_PRINTED_FONT_SIZE / scale)}`;
}

function escapeFooter(s: string): string {
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
function printedCharts(
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
 * The plan with its print layout (see the file comment). Pure: the same plan and info give
 * the same layout. `info` gives förbund, period and date for the footer.
 */
export function withPrintLayout(plan: SheetPlan, info: PrintInfo): SheetPlan {
  const width = printWidth(plan);
  const lastRow = plan.rows.length - 1;
  const widths = Array.from({ length: width }, (_, c) => plan.columnWidths?.[c] ?? DEFAULT_COLUMN_WIDTH);
  const styles: CellStyle[] = [{ range: a1Range(0, 0, Math.max(lastRow, 0), width - 1), fontName: PRINT_FONT, fontSize: BODY_FONT_SIZE }];
  const headers = headerRows(plan);

  // Headers: wide enough for their longest word, right-aligned over numbers.
  const formats0 = resolveFormats(plan, width);
  // A report already too wide for one page at 8 pt gets no room for the sort/filter buttons in its headers.
  const wide =
    widths.reduce((a, b) => a + b, 0) >
    printableWidth(A4.height) / (MIN_PRINTED_FONT_SIZE / BODY_FONT_SIZE) + widths.length * FILTER_BUTTON_ROOM;
  const headerNeed: number[] = [];
  for (const h of headers) {
    for (let c = h.col1; c <= h.col2 && c < width; c++) {
      const text = cellText(plan.rows[h.row]?.[c]);
      const f = formats0.get(`${h.row}:${c}`) ?? { bold: true, size: BODY_FONT_SIZE, wrap: true };
      const longest = Math.max(0, ...text.split(/\s+/).map((w) => textWidth(w, f.size, true)));
      // A sort/filter button sits in the header cell of a table: keep room for it.
      const room = (plan.tables ?? []).length > 0 && !wide ? FILTER_BUTTON_ROOM : 0;
      // On one line when the plan's width already allowed that ("Prel 2028"), else its longest word.
      const whole = textWidth(text, f.size, true) + CELL_PADDING + room;
      const need = whole <= widths[c] ? whole : longest + CELL_PADDING + room;
      headerNeed[c] = Math.max(headerNeed[c] ?? 0, Math.ceil(need));
      widths[c] = Math.max(widths[c], headerNeed[c]);
      let numbers = 0;
      let texts = 0;
      for (let r = h.row + 1; r <= h.last; r++) {
        const cell = plan.rows[r]?.[c];
        if (isNumberCell(cell)) numbers++;
        else if (cellText(cell) !== "") texts++;
      }
      if (numbers > 0 && numbers >= texts) styles.push({ range: a1(h.row, c), horizontalAlignment: "Right" });
    }
  }

  // A text column right after a right-aligned number column starts one letter in (header and cells).
  const indented = new Set<number>();
  for (const h of headers) {
    const kind = (c: number) => {
      let numbers = 0;
      let texts = 0;
      for (let r = h.row + 1; r <= h.last; r++) {
        const cell = plan.rows[r]?.[c];
        if (isNumberCell(cell)) numbers++;
        else if (cellText(cell) !== "") texts++;
      }
      return numbers > 0 && numbers >= texts ? "numbers" : texts > 0 && numbers === 0 ? "text" : "mixed";
    };
    for (let c = Math.max(h.col1, 1); c <= h.col2 && c < width; c++) {
      if (kind(c) !== "text" || kind(c - 1) !== "numbers") continue;
      const styled = (plan.styles ?? []).some((st) => {
        const r = parseRange(st.range.replace(/\$/g, ""));
        return (
          r !== null &&
          r.col1 <= c &&
          c <= r.col2 &&
          r.row2 >= h.row &&
          r.row1 <= h.last &&
          (st.numberFormat !== undefined || st.horizontalAlignment !== undefined)
        );
      });
      if (styled) continue;
      styles.push({ range: a1Range(h.row, c, h.last, c), numberFormat: TEXT_INDENT_FORMAT });
      indented.add(c);
    }
  }

  // Columns no wider than what they show (unwrapped cells below the title rows), never narrower
  // than their header's longest word: a report prints at a readable size on fewer pages.
  const needed = widths.map(() => 0);
  const isHeader = (r: number, c: number) => headers.some((h) => h.row === r && c >= h.col1 && c <= h.col2);
  plan.rows.forEach((row, r) => {
    if (r < HEADER_ROW) return;
    row.forEach((cell, c) => {
      if (c >= width || isHeader(r, c)) return;
      const f = formats0.get(`${r}:${c}`) ?? { bold: false, size: BODY_FONT_SIZE, wrap: false };
      const v = cell !== null && cell !== undefined && isFormulaCell(cell) ? cell.value : cell;
      if (f.wrap && typeof v !== "number") return;
      const text = typeof v === "number" ? shownNumber(v, f.numberFormat) : cellText(cell);
      if (text === "") return;
      // Text runs over into an empty cell to its right: only text with a neighbour needs its width.
      // (The last printed column has no room to its right: its text counts in full.)
      if (typeof v !== "number" && c < width - 1 && cellText(row[c + 1]) === "") return;
      // Text in the last column of a row may run over into the empty cells to its right: only numbers and
      // text with a neighbour count in full.
      needed[c] = Math.max(needed[c], textWidth(text, f.size, f.bold) + CELL_PADDING + 2);
    });
  });
  needed.forEach((n, c) => {
    if (
      n > 0 &&
      !plan.rows.some(
        (row, r) => r >= HEADER_ROW && (formats0.get(`${r}:${c}`)?.wrap ?? false) && cellText(row[c]) !== "" && !isHeader(r, c),
      )
    )
      // Grows a little for a clipped text (a verdict beside the next column), never past 1,3 × the plan's width.
      widths[c] = Math.max(
        Math.min(Math.ceil(n), Math.max(Math.round(widths[c] * 1.3), c === width - 1 ? LAST_COLUMN_MAX : 0)),
        headerNeed[c] ?? 0,
      );
  });

  for (const c of indented) widths[c] += Math.ceil(textWidth("M", BODY_FONT_SIZE));

  // Columns of wrapped text are elastic: when the table is too wide for one landscape page at 8 pt,
  // they give up width (down to MIN_WRAP_WIDTH) before the report spills onto a second page width.
  const wrapCols = widths
    .map((_, c) => c)
    .filter((c) =>
      plan.rows.some(
        (row, r) => r >= HEADER_ROW && !isHeader(r, c) && (formats0.get(`${r}:${c}`)?.wrap ?? false) && cellText(row[c]) !== "",
      ),
    );
  const maxTotal = printableWidth(A4.height) / (MIN_PRINTED_FONT_SIZE / BODY_FONT_SIZE);
  let excess = widths.reduce((a, b) => a + b, 0) - maxTotal;
  for (const c of [...wrapCols].sort((a, b) => widths[b] - widths[a])) {
    if (excess <= 0) break;
    const give = Math.max(0, Math.min(excess, widths[c] - Math.max(MIN_WRAP_WIDTH, headerNeed[c] ?? 0)));
    widths[c] -= Math.ceil(give);
    excess -= give;
  }

  // Title rows 1–4: merged across the table and wrapped, when only column A holds text there
  // and no table starts above row 5.
  const merges = [...(plan.merges ?? [])];
  const firstTableRow = Math.min(...headers.map((h) => h.row), HEADER_ROW);
  const mergedRows: number[] = [];
  // Merged no wider than the first printed page, so the text never runs over a page edge.
  const firstPage = printableWidth(A4.height) / (MIN_PRINTED_FONT_SIZE / BODY_FONT_SIZE);
  let mergeTo = 0;
  for (let c = 0, sum = 0; c < width && sum + widths[c] <= firstPage; c++) {
    sum += widths[c];
    mergeTo = c;
  }
  const mergeWidth = widths.slice(0, mergeTo + 1).reduce((a, b) => a + b, 0);
  if (mergeTo > 0)
    for (let r = 0; r < Math.min(HEADER_ROW, firstTableRow); r++) {
      const row = plan.rows[r] ?? [];
      if (cellText(row[0]) === "" || row.slice(1).some((c) => cellText(c) !== "")) continue;
      merges.push(a1Range(r, 0, r, mergeTo));
      styles.push({ range: a1(r, 0), wrap: true });
      mergedRows.push(r);
    }

  // Row heights from wrapped text (merged title rows use the whole table width).
  const allStyles = [...(plan.styles ?? []), ...styles.slice(1)];
  const formats = resolveFormats({ ...plan, styles: allStyles }, width);
  const total = widths.reduce((a, b) => a + b, 0);
  const rowHeights: Record<number, number> = { ...(plan.rowHeights ?? {}) };
  plan.rows.forEach((row, r) => {
    let height = 0;
    row.forEach((cell, c) => {
      if (c >= width) return;
      const f = formats.get(`${r}:${c}`) ?? { bold: false, size: BODY_FONT_SIZE, wrap: false };
      const text = cellText(cell);
      if (!f.wrap || text === "") return;
      const w = mergedRows.includes(r) && c === 0 ? mergeWidth : widths[c];
      height = Math.max(height, rowHeightFor(wrappedLines(text, w, f.size, f.bold), f.size));
    });
    if (height > 0) rowHeights[r] = Math.max(height, rowHeightFor(1, BODY_FONT_SIZE));
  });

  // Charts below the printed rows; the print area (rows and columns) and the page breaks include them.
  const placed = printedCharts(plan.charts ?? [], widths, lastRow);
  const lastPrinted = placed.blocks.length > 0 ? placed.blocks[placed.blocks.length - 1].end : Math.max(lastRow, 0);
  const printedTotal = Math.max(
    total,
    Array.from({ length: placed.columns }, (_, c) => widths[c] ?? DEFAULT_COLUMN_WIDTH).reduce((a, b) => a + b, 0),
  );

  // Page: A4, orientation by width, fit to width only while the print stays ≥ 8 pt.
  const printable = (paper: number) => paper - (MARGINS.left + MARGINS.right) * 72;
  const minScale = MIN_PRINTED_FONT_SIZE / BODY_FONT_SIZE;
  const portrait = printedTotal <= printable(A4.width);
  const paperWidth = portrait ? A4.width : A4.height;
  const fitScale = Math.min(1, printable(paperWidth) / printedTotal);
  const fits = fitScale >= minScale;
  const scale = fits ? fitScale : minScale;
  const smallestFont = Math.min(BODY_FONT_SIZE, ...[...formats.values()].map((f) => f.size));
  const single = headers.length === 1 && headers[0].row === HEADER_ROW;
  const pageSetup: PageSetupPlan = {
    ...(plan.pageSetup ?? { paperSize: "A4" }),
    orientation: portrait ? "Portrait" : "Landscape",
    paperSize: "A4",
    printArea: a1Range(0, 0, lastPrinted, Math.max(width, placed.columns) - 1),
    fitToWidth: fits,
    ...(fits ? {} : { scale: Math.round(minScale * 100), printTitleColumns: "$A:$A" }),
    printTitleRows: single ? `$${HEADER_ROW + 1}:$${HEADER_ROW + 1}` : "$1:$1",
    printedFontSize: Math.round(smallestFont * scale * 100) / 100,
    margins: MARGINS,
    footer: {
      left: footerFont(scale) + escapeFooter([info.forbund, `${info.fran} – ${info.till}`].filter(Boolean).join(" · ")),
      center: footerFont(scale) + escapeFooter(`Skapad ${info.idag} av Finsam för Excel`),
      right: `${footerFont(scale)}Sida &P av &N`,
    },
  };
  // A sub-heading inside a table: bold text in the first column only (Resultat's "Max överskott …").
  const isSubHeading = (r: number) => {
    const row = plan.rows[r] ?? [];
    return cellText(row[0]) !== "" && row.slice(1).every((c) => cellText(c) === "") && (formats.get(`${r}:0`)?.bold ?? false);
  };
  const breaks = pageBreaks(plan, headers, placed.blocks, rowHeights, scale, portrait ? A4.height : A4.width, isSubHeading);
  if (breaks.length > 0) pageSetup.rowBreaks = breaks;
  const charts = plan.charts ? { charts: placed.charts } : {};
  return {
    ...plan,
    ...charts,
    styles: [styles[0], ...(plan.styles ?? []), ...styles.slice(1)],
    columnWidths: widths,
    rowHeights,
    merges,
    pageSetup,
  };
}

/**
 * Rows before which a page break keeps a table (with its caption above and note rows below) on
 * one page, when it fits on one page; a table longer than a page is broken before the last of its
 * sub-headings that still fits (so no heading is left at the foot of a page), or where the page is full.
 * Heights on paper = row heights × scale; rows without a height count as the sheet's default row.
 */
function pageBreaks(
  plan: SheetPlan,
  headers: { row: number; last: number }[],
  chartBlocks: { start: number; end: number }[],
  heights: Record<number, number>,
  scale: number,
  paperHeight: number,
  isSubHeading: (row: number) => boolean,
): number[] {
  const usable = (paperHeight - (MARGINS.top + MARGINS.bottom) * 72) / scale - 20;
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
        const at = heading > pageStart && heading <= r ? heading : r;
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
