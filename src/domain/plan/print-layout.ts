import { a1, a1Range, isFormulaCell, parseRange } from "../model";
import type { CellStyle, PageSetupPlan, PlanCell, SheetPlan } from "../model";
import { HEADER_ROW } from "./common";
import { cellText, headerRows, isNumberCell, printWidth, resolveFormats } from "./print-cells";
import {
  BODY_FONT_SIZE,
  CELL_PADDING,
  MIN_PRINTED_FONT_SIZE,
  PRINT_FONT,
  rowHeightFor,
  shownNumber,
  textWidth,
  widestPrintedLine,
  wrappedLines,
  wrapText,
} from "./print-measure";
import { columnBreaks, columnGroups } from "./print-columns";
import { spanOverColumnPages } from "./print-continuation";
import { columnKind, indentTextColumns, TEXT_INDENT_FORMAT, widenForTitle } from "./print-text-columns";
import { A4, DEFAULT_COLUMN_WIDTH, MARGINS, fittedFooter, footerFont, pageBreaks, printableWidth, printedCharts } from "./print-pages";

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

export { TEXT_INDENT_FORMAT };

export interface PrintInfo {
  forbund?: string;
  fran: string;
  till: string;
  idag: string;
}

/** Widest the last printed column grows for its text (text there cannot run on past the print area). */
const LAST_COLUMN_MAX = 220;

/**
 * Least room in points a right-aligned header leaves free at its left, before the header beside it (≈ two spaces at
 * 10 pt): right-aligned headers end at their cell's right edge, so without it "Budget jan–jun" and "Utfall jan–jun"
 * print as one phrase.
 */
const HEADER_GAP = 6;

/** Room for a table's sort/filter button in a header cell, in points. */
const FILTER_BUTTON_ROOM = 16;

/** Narrowest a column of wrapped text (Meddelande, Anmärkningar) gets to keep a report on one page width. */
const MIN_WRAP_WIDTH = 150;

/**
 * Share of a page's width the vertical page breaks fill: LibreOffice draws column widths from the default font's
 * digit width, up to a few per cent wider than planned, and a column that no longer fits would move Excel's or
 * LibreOffice's own break inside a column group.
 */
const PAGE_WIDTH_SAFETY = 0.97;

/** A cell a text cannot run on over: one with a value, or a formula (Excel never runs text over a formula, even one showing ""). */
function stopsOverflow(cell: PlanCell | undefined): boolean {
  return cellText(cell) !== "" || (cell !== undefined && cell !== null && isFormulaCell(cell));
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
  // A row made tall by one wrapped cell (an anmärkning) prints its other cells at the top, beside the first line;
  // header rows keep Excel's bottom, over their numbers.
  styles.push({ range: a1Range(0, 0, Math.max(lastRow, 0), width - 1), verticalAlignment: "Top" });
  for (const h of headers) styles.push({ range: a1Range(h.row, h.col1, h.row, h.col2), verticalAlignment: "Bottom" });

  // Headers: wide enough for their longest word, right-aligned over numbers.
  const formats0 = resolveFormats(plan, width);
  // A report already too wide for one page at 8 pt gets no room for the sort/filter buttons in its headers.
  const wide =
    widths.reduce((a, b) => a + b, 0) >
    printableWidth(A4.height) / (MIN_PRINTED_FONT_SIZE / BODY_FONT_SIZE) + widths.length * FILTER_BUTTON_ROOM;
  const headerNeed: number[] = [];
  const rightHeaders: { row: number; col: number; size: number }[] = [];
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
      if (columnKind(plan, h, c) === "numbers") {
        styles.push({ range: a1(h.row, c), horizontalAlignment: "Right" });
        rightHeaders.push({ row: h.row, col: c, size: f.size });
      }
    }
  }

  // A text column right after a right-aligned number column starts one letter in (header and cells).
  const indented = indentTextColumns(plan, headers, formats0, width, styles);

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
      if (typeof v !== "number" && c < width - 1 && !stopsOverflow(row[c + 1])) return;
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

  // A group label above a table header ("Till arbete, studier eller aktivt arbetssökande") fits over its group's
  // columns: the next group's label would clip it, and the group prints whole on one page.
  const groups = columnGroups(plan, headers);
  for (const g of groups) {
    if (!g.label || g.col2 >= width) continue;
    const f = formats0.get(`${g.label.row}:${g.col1}`) ?? { bold: true, size: BODY_FONT_SIZE };
    const need = textWidth(g.label.text, f.size, f.bold) + CELL_PADDING;
    const have = widths.slice(g.col1, g.col2 + 1).reduce((a, b) => a + b, 0);
    const extra = Math.ceil((need - have) / (g.col2 - g.col1 + 1));
    if (extra > 0) for (let c = g.col1; c <= g.col2; c++) widths[c] += extra;
  }

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
  const beforeShrink = new Map(wrapCols.map((c) => [c, widths[c]]));
  for (const c of [...wrapCols].sort((a, b) => widths[b] - widths[a])) {
    if (excess <= 0) break;
    const give = Math.max(0, Math.min(excess, widths[c] - Math.max(MIN_WRAP_WIDTH, headerNeed[c] ?? 0)));
    widths[c] -= Math.ceil(give);
    excess -= give;
  }

  // A right-aligned header beside another header keeps HEADER_GAP free at its left, its widest wrapped line measured
  // at the column's final width: "Budget jan–jun 2024 (tkr)" never prints against "Utfall jan–jun 2024 (tkr)".
  // Repeated until no column grows: a column that grows for one table's header may unwrap another table's header in it.
  // First as the layout wraps (a must), then as a printer with narrower text may wrap it ("Inkl. sökande K" on one
  // line in LibreOffice) — the latter never pushes a report that fits one page width at 8 pt over it.
  const growHeaders = (widest: (text: string, w: number, size: number) => number, limit: number) => {
    for (let round = 0, grew = true; grew && round < 6; round++) {
      grew = false;
      for (const { row, col, size } of rightHeaders) {
        if (col === 0 || cellText(plan.rows[row]?.[col - 1]) === "") continue;
        const need = Math.ceil(widest(cellText(plan.rows[row]?.[col]), widths[col], size) + CELL_PADDING + HEADER_GAP);
        const total = widths.reduce((a, b) => a + b, 0);
        if (need <= widths[col] || total + need - widths[col] > limit) continue;
        widths[col] = need;
        headerNeed[col] = Math.max(headerNeed[col] ?? 0, need);
        grew = true;
      }
    }
  };
  growHeaders(
    (text, w, size) => Math.max(0, ...wrapText(text, w - CELL_PADDING, size, true).map((l) => textWidth(l, size, true))),
    Infinity,
  );
  const total8pt = widths.reduce((a, b) => a + b, 0);
  growHeaders((text, w, size) => widestPrintedLine(text, w, size, true), total8pt <= maxTotal ? maxTotal : Infinity);

  widenForTitle(plan, widths, formats0, width);

  // A text that still does not fit its column beside a filled cell (or in the last printed column) wraps there
  // rather than print cut off: "Kvarvarande beslutsutrymme" in Beslutsutrymme's Insatsägare column.
  plan.rows.forEach((row, r) => {
    if (r < HEADER_ROW) return;
    row.forEach((cell, c) => {
      if (c >= width || isHeader(r, c) || typeof cell !== "string" || cell === "") return;
      const f = formats0.get(`${r}:${c}`) ?? { bold: false, size: BODY_FONT_SIZE, wrap: false };
      if (f.wrap || (c < width - 1 && !stopsOverflow(row[c + 1]))) return;
      if (textWidth(cell, f.size, f.bold) + CELL_PADDING > widths[c]) styles.push({ range: a1(r, c), wrap: true });
    });
  });

  // Charts below the printed rows; the print area (rows and columns) and the page breaks include them.
  const placed = printedCharts(plan.charts ?? [], widths, lastRow);
  const lastPrinted = placed.blocks.length > 0 ? placed.blocks[placed.blocks.length - 1].end : Math.max(lastRow, 0);
  const printedColumns = Math.max(width, placed.columns);
  const printedWidths = Array.from({ length: printedColumns }, (_, c) => widths[c] ?? DEFAULT_COLUMN_WIDTH);
  const printedTotal = printedWidths.reduce((a, b) => a + b, 0);

  // Page: A4, orientation by width, fit to width only while the print stays ≥ 8 pt.
  const printable = (paper: number) => paper - (MARGINS.left + MARGINS.right) * 72;
  const minScale = MIN_PRINTED_FONT_SIZE / BODY_FONT_SIZE;
  const portrait = printedTotal <= printable(A4.width);
  const paperWidth = portrait ? A4.width : A4.height;
  const fitScale = Math.min(1, printable(paperWidth) / printedTotal);
  const fits = fitScale >= minScale;
  const scale = fits ? fitScale : minScale;

  // Wider than one page at 8 pt: vertical page breaks at column-group edges (or where the page is full), column A
  // repeated on every page. Set even without groups: the lines that stand alone in column A are laid out per page.
  const pageRoom = (printable(paperWidth) / scale) * PAGE_WIDTH_SAFETY;
  const colBreaks = fits ? [] : columnBreaks(printedWidths, groups, pageRoom, printedWidths[0]);
  // Over several page widths after all: a column of wrapped text takes back, from the room left on its own page,
  // the width it gave up (Rekvisitionskontroll's Anmärkningar on page 2: shorter rows, fewer pages).
  [0, ...colBreaks].forEach((start, i, starts) => {
    if (colBreaks.length === 0) return;
    const end = (starts[i + 1] ?? printedColumns) - 1;
    let room = pageRoom - (i > 0 ? printedWidths[0] : 0) - printedWidths.slice(start, end + 1).reduce((a, b) => a + b, 0);
    for (let c = start; c <= end && room > 0; c++) {
      const grow = Math.min(room, (beforeShrink.get(c) ?? 0) - printedWidths[c]);
      if (grow <= 0) continue;
      widths[c] += Math.floor(grow);
      printedWidths[c] = widths[c];
      room -= Math.floor(grow);
    }
  });

  // Title rows 1–4: merged across the table and wrapped, when only column A holds text there
  // and no table starts above row 5.
  const merges = [...(plan.merges ?? [])];
  const firstTableRow = Math.min(...headers.map((h) => h.row), HEADER_ROW);
  // Merged cells whose text wraps in the merge: width in points by "row:col" of the merge's first cell.
  const mergedWidths = new Map<string, number>();
  // Merged no wider than the first printed page, so the text never runs over a page edge.
  const firstPage = printableWidth(A4.height) / (MIN_PRINTED_FONT_SIZE / BODY_FONT_SIZE);
  let mergeTo = 0;
  for (let c = 0, sum = 0; c < Math.min(width, colBreaks[0] ?? width) && sum + widths[c] <= firstPage; c++) {
    sum += widths[c];
    mergeTo = c;
  }
  const mergeWidth = widths.slice(0, mergeTo + 1).reduce((a, b) => a + b, 0);
  if (mergeTo > 0 && colBreaks.length === 0)
    for (let r = 0; r < Math.min(HEADER_ROW, firstTableRow); r++) {
      const row = plan.rows[r] ?? [];
      if (cellText(row[0]) === "" || row.slice(1).some((c) => cellText(c) !== "")) continue;
      merges.push(a1Range(r, 0, r, mergeTo));
      styles.push({ range: a1(r, 0), wrap: true });
      mergedWidths.set(`${r}:0`, mergeWidth);
    }

  const tableRanges = (plan.tables ?? []).map((t) => parseRange(t.range.replace(/\$/g, ""))).filter((t) => t !== null);
  const inExcelTable = (r: number) => tableRanges.some((t) => r >= t.row1 && r <= t.row2);
  // On one page width: a line alone in column A below the title rows (a note under a table, "Rimlighetskontroll av
  // prognosen …") that is wider than the printed columns merges over them and wraps, instead of running off the page.
  if (colBreaks.length === 0 && width > 1) {
    const printedWidth = widths.slice(0, width).reduce((a, b) => a + b, 0);
    plan.rows.forEach((row, r) => {
      // Never inside a table: Excel tables hold no merged cells.
      if (r < Math.min(HEADER_ROW, firstTableRow) || inExcelTable(r)) return;
      const text = cellText(row[0]);
      if (text === "" || row.slice(1).some((c) => stopsOverflow(c))) return;
      const f = formats0.get(`${r}:0`) ?? { bold: false, size: BODY_FONT_SIZE, wrap: false };
      if (f.wrap || textWidth(text, f.size, f.bold) + CELL_PADDING <= printedWidth) return;
      merges.push(a1Range(r, 0, r, width - 1));
      styles.push({ range: a1(r, 0), wrap: true });
      mergedWidths.set(`${r}:0`, printedWidth);
    });
  }

  // Over several page widths: the lines alone in column A centred over page 1 and their headings repeated on
  // the later pages (print-continuation.ts), so column A repeated on page 2 prints nothing cut off.
  const pageStarts = [0, ...colBreaks];
  const continued = spanOverColumnPages({
    inTable: inExcelTable,
    rows: plan.rows,
    widths: printedWidths,
    pages: pageStarts.map((s, i) => ({ col1: s, col2: (pageStarts[i + 1] ?? printedColumns) - 1 })),
    styles: [...(plan.styles ?? []), ...styles.slice(1)],
    font: (r, c) => formats0.get(`${r}:${c}`) ?? { bold: false, size: BODY_FONT_SIZE },
    headers,
  });
  const rows = continued.rows;
  merges.push(...continued.merges);
  styles.push(...continued.styles);
  for (const [k, w] of continued.mergedWidths) mergedWidths.set(k, w);

  // Row heights from wrapped text (merged title rows use the whole table width).
  const allStyles = [...(plan.styles ?? []), ...styles.slice(1)];
  const formats = resolveFormats({ ...plan, rows, styles: allStyles }, printedColumns);
  const rowHeights: Record<number, number> = { ...(plan.rowHeights ?? {}) };
  rows.forEach((row, r) => {
    let height = 0;
    row.forEach((cell, c) => {
      if (c >= printedColumns) return;
      const f = formats.get(`${r}:${c}`) ?? { bold: false, size: BODY_FONT_SIZE, wrap: false };
      const text = cellText(cell);
      if (!f.wrap || text === "") return;
      const w = mergedWidths.get(`${r}:${c}`) ?? printedWidths[c];
      height = Math.max(height, rowHeightFor(wrappedLines(text, w, f.size, f.bold), f.size));
    });
    if (height > 0) rowHeights[r] = Math.max(height, rowHeightFor(1, BODY_FONT_SIZE));
  });

  const smallestFont = Math.min(BODY_FONT_SIZE, ...[...formats.values()].map((f) => f.size));
  const single = headers.length === 1 && headers[0].row === HEADER_ROW;
  const pageSetup: PageSetupPlan = {
    ...(plan.pageSetup ?? { paperSize: "A4" }),
    orientation: portrait ? "Portrait" : "Landscape",
    paperSize: "A4",
    printArea: a1Range(0, 0, lastPrinted, printedColumns - 1),
    fitToWidth: fits,
    ...(fits ? {} : { scale: Math.round(minScale * 100), printTitleColumns: "$A:$A" }),
    printTitleRows: single ? `$${HEADER_ROW + 1}:$${HEADER_ROW + 1}` : "$1:$1",
    printedFontSize: Math.round(smallestFont * scale * 100) / 100,
    margins: MARGINS,
    // Förbund and period over "Skapad …" at the left, the page at the right: a long förbund name in a centred part
    // ran into the left part on a portrait page ("… Uppsala län · 2024-01-01 – 2024-06-30" over "Skapad …").
    footer: fittedFooter(footerFont(scale), info.forbund, plan.pageSetup?.footerPeriod ?? `${info.fran} – ${info.till}`, info.idag),
  };
  // A sub-heading inside a table: a bold first cell and no numbers beside it — only the section's own column
  // headings, if any, bold like it (Resultat's "Förbrukning i förhållande till årets medlemsbidrag | Utfall (tkr) |
  // …"). Valideringsrapport's bold "Fel" beside a plain message is a data row.
  const isSubHeading = (r: number) => {
    const row = rows[r] ?? [];
    const bold = (c: number) => formats.get(`${r}:${c}`)?.bold ?? false;
    return (
      cellText(row[0]) !== "" &&
      bold(0) &&
      row.every((c, i) => i === 0 || cellText(c) === "" || (!isNumberCell(c) && !isFormulaCell(c ?? "") && bold(i)))
    );
  };
  const breaks = pageBreaks({ ...plan, rows }, headers, placed.blocks, rowHeights, scale, portrait ? A4.height : A4.width, isSubHeading);
  if (breaks.length > 0) pageSetup.rowBreaks = breaks;
  if (colBreaks.length > 0) pageSetup.columnBreaks = colBreaks;
  const charts = plan.charts ? { charts: placed.charts } : {};
  return {
    ...plan,
    ...charts,
    rows,
    styles: [styles[0], ...(plan.styles ?? []), ...styles.slice(1)],
    columnWidths: widths,
    rowHeights,
    merges,
    pageSetup,
  };
}
