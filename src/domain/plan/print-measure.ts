/** Fonts and text measurement for the print layout (print-layout.ts): text widths, wrapped lines, row heights. */

export const PRINT_FONT = "Arial";
/** Body font size of reports in points. */
export const BODY_FONT_SIZE = 10;
/** No report prints smaller than this (points on paper). */
export const MIN_PRINTED_FONT_SIZE = 8;
/** Row height per line of text: Excel's default row is 12,75 pt for a 10 pt font. */
const LINE_FACTOR = 1.275;
/** Inner cell padding (left + right) in points. */
export const CELL_PADDING = 6;

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

/**
 * `text` broken at word boundaries into lines no wider than `width` points (text width only, no cell padding);
 * the text's own line breaks are kept, a word wider than `width` stands on a line of its own.
 */
export function wrapText(text: string, width: number, size: number, bold = false): string[] {
  const space = textWidth(" ", size, bold);
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = "";
    let used = 0;
    for (const word of paragraph.split(/ +/).filter((w) => w !== "")) {
      const w = textWidth(word, size, bold);
      if (line !== "" && used + space + w <= width) {
        line += ` ${word}`;
        used += space + w;
      } else {
        if (line !== "") lines.push(line);
        line = word;
        used = w;
      }
    }
    lines.push(line);
  }
  return lines;
}

/**
 * The widest line a wrapped header may print in a cell `width` points wide (padding included): wrapped as a printer
 * whose text runs up to WIDTH_MARGIN narrower than measured may wrap it (so more words share a line), then measured
 * with the margin. A right-aligned header's free room at its left is at least `width` − padding − this.
 */
export function widestPrintedLine(text: string, width: number, size: number, bold = false): number {
  const lines = wrapText(text, (width - CELL_PADDING) * WIDTH_MARGIN, size, bold);
  return Math.max(0, ...lines.map((l) => textWidth(l, size, bold)));
}
