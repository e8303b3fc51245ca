import { a1Range, parseRange } from "../model";
import type { CellStyle, SheetPlan } from "../model";
import { cellText, isNumberCell, type CellFormat } from "./print-cells";
import { BODY_FONT_SIZE, CELL_PADDING, textWidth } from "./print-measure";
import { A4, printableWidth } from "./print-pages";

/** Text columns of a printed report (print-layout.ts): the indent after a column of numbers, the title's width. */

/**
 * Text format that starts a text one "M" in (Excel's "_M" = a space as wide as M, ≈ 8 pt at 10 pt), the same
 * device as the "_(@_)" of Excel's accounting format: the column reads as separate from the numbers on its left.
 */
export const TEXT_INDENT_FORMAT = "_M@";

type HeaderRow = { row: number; col1: number; col2: number; last: number };

/**
 * What column `c` of a table holds under its header row: "numbers" when number cells are at least as many as text
 * cells (its header is right-aligned over them), "text" when only text, else "mixed".
 */
export function columnKind(plan: SheetPlan, h: HeaderRow, c: number): "numbers" | "text" | "mixed" {
  let numbers = 0;
  let texts = 0;
  for (let r = h.row + 1; r <= h.last; r++) {
    const cell = plan.rows[r]?.[c];
    if (isNumberCell(cell)) numbers++;
    else if (cellText(cell) !== "") texts++;
  }
  return numbers > 0 && numbers >= texts ? "numbers" : texts > 0 && numbers === 0 ? "text" : "mixed";
}

/**
 * A text column right after a right-aligned number column (or after a column of wrapped text) starts one letter in,
 * header and cells: pushes its TEXT_INDENT_FORMAT style onto `styles` and returns the indented columns (they widen
 * by one "M"). A column the plan already formats or aligns is left alone.
 */
export function indentTextColumns(
  plan: SheetPlan,
  headers: readonly HeaderRow[],
  formats0: ReadonlyMap<string, CellFormat>,
  width: number,
  styles: CellStyle[],
): Set<number> {
  const indented = new Set<number>();
  for (const h of headers) {
    const kind = (c: number) => columnKind(plan, h, c);
    // A column of wrapped text runs its lines to its cell's edge: the text column after it starts one letter in too
    // (Valideringsrapport's Kod after Meddelande).
    const wrapped = (c: number) => {
      for (let r = h.row + 1; r <= h.last; r++)
        if ((formats0.get(`${r}:${c}`)?.wrap ?? false) && cellText(plan.rows[r]?.[c]) !== "") return true;
      return false;
    };
    for (let c = Math.max(h.col1, 1); c <= h.col2 && c < width; c++) {
      if (kind(c) !== "text" || (kind(c - 1) !== "numbers" && !(kind(c - 1) === "text" && wrapped(c - 1)))) continue;
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
  return indented;
}

/**
 * A table narrower than its title (Resultaträkning, Kassaflödesanalys: a label column and one or two amounts) widens
 * its first column until the title prints on one line, never past a portrait page: a three-line title over a
 * table on half the page reads as a mistake in the board pack. Changes `widths` in place.
 */
export function widenForTitle(plan: SheetPlan, widths: number[], formats0: ReadonlyMap<string, CellFormat>, width: number): void {
  const titleText = cellText(plan.rows[0]?.[0]);
  const titleOnly = titleText !== "" && (plan.rows[0] ?? []).slice(1).every((c) => cellText(c) === "");
  if (titleOnly && width > 1) {
    const f = formats0.get("0:0") ?? { bold: true, size: BODY_FONT_SIZE };
    const total = widths.reduce((a, b) => a + b, 0);
    const want = Math.ceil(textWidth(titleText, f.size, f.bold) + CELL_PADDING);
    const room = printableWidth(A4.width);
    if (total < want && total <= room) widths[0] += Math.min(want, room) - total;
  }
}
