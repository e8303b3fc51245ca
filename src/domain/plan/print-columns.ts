import { parseRange } from "../model";
import type { SheetPlan } from "../model";
import { HEADER_ROW } from "./common";
import { cellText } from "./print-cells";

/**
 * Vertical page breaks of a report wider than one printed page (print-layout.ts): a column group — a merged
 * range below the title rows, or the columns a group label above a table's header spans ("Pågående deltagare
 * per 2024-06-30" over Pågående K, M and S:a in Uppföljning deltagare) — always prints whole on one page.
 */

/** A run of columns (0-based, inclusive) that must not be split over two pages. */
export interface ColumnGroup {
  col1: number;
  col2: number;
  /** The group label's cell (a group from a label row above a table header). */
  label?: { row: number; text: string };
}

/**
 * The plan's column groups: every merged range of two or more columns that starts below the title rows, and for
 * each table header with a group-label row right above it (empty over the table's first column, labels over
 * some later columns), each label's columns: from the label to the column before the next label, or to the
 * table's last column.
 */
export function columnGroups(plan: SheetPlan, headers: readonly { row: number; col1: number; col2: number }[]): ColumnGroup[] {
  const groups: ColumnGroup[] = [];
  for (const m of plan.merges ?? []) {
    const r = parseRange(m.replace(/\$/g, ""));
    if (r && r.row1 >= HEADER_ROW && r.col2 > r.col1) groups.push({ col1: r.col1, col2: r.col2 });
  }
  for (const h of headers) {
    const above = plan.rows[h.row - 1] ?? [];
    if (h.row - 1 < HEADER_ROW || cellText(above[h.col1]) !== "") continue;
    const labels: number[] = [];
    for (let c = h.col1 + 1; c <= h.col2; c++) if (cellText(above[c]) !== "") labels.push(c);
    labels.forEach((c, i) => {
      const end = i + 1 < labels.length ? labels[i + 1] - 1 : h.col2;
      if (end > c) groups.push({ col1: c, col2: end, label: { row: h.row - 1, text: cellText(above[c]) } });
    });
  }
  return groups;
}

/**
 * 0-based columns before which a new printed page starts. Each page takes as many columns as fit in `usable`
 * points (column widths at 100 %; on every page after the first the repeated title column, `titleWidth`, takes
 * its room too), and breaks at the last column boundary that lies outside every group; only a group wider than
 * a whole page is broken inside (where the page is full). No breaks when everything fits on one page width.
 */
export function columnBreaks(widths: readonly number[], groups: readonly ColumnGroup[], usable: number, titleWidth: number): number[] {
  const inside = (b: number) => groups.some((g) => g.col1 < b && b <= g.col2);
  const breaks: number[] = [];
  let start = 0;
  for (;;) {
    const room = start === 0 ? usable : usable - titleWidth;
    let end = start;
    for (let sum = 0; end < widths.length && sum + widths[end] <= room; end++) sum += widths[end];
    if (end >= widths.length) return breaks;
    end = Math.max(end, start + 1);
    let at = end;
    while (at > start + 1 && inside(at)) at--;
    if (inside(at)) at = end;
    breaks.push(at);
    start = at;
  }
}
