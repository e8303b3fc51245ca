import type { ChartPlan } from "../../domain/model";
import type { ChartSpec } from "./types";

/** A chart of the simulated Excel's snapshot (SheetSnapshot.charts). */
export interface SimChart {
  type: string;
  /** "'Uppföljning deltagare 2024-H1'!A98:C106"; "#REF!" when the source sheet was deleted. */
  source: string;
  seriesBy: string;
  title: string;
  /** Top-left cell, e.g. "R6"; null when not placed. */
  anchor: string | null;
  /** Size in points. */
  width: number;
  height: number;
}

const TYPES: readonly ChartPlan["type"][] = ["ColumnClustered", "BarClustered", "ColumnStacked", "Pie", "Line"];

/** "'It''s here'!A1:C3" → sheet "It's here" and the range; null without a sheet part. */
export function splitSheetAddress(source: string): { sheet: string; range: string } | null {
  const bang = source.lastIndexOf("!");
  if (bang <= 0) return null;
  let sheet = source.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, range: source.slice(bang + 1).replace(/\$/g, "") };
}

/**
 * A simulated-workbook chart → ChartSpec; null for a chart the file cannot show (its source sheet deleted,
 * no anchor, or a chart type Finsam does not write). Unknown "seriesBy" ("Auto") reads by columns.
 */
export function simChartSpec(c: SimChart): ChartSpec | null {
  const src = splitSheetAddress(c.source);
  const type = TYPES.find((t) => t === c.type);
  if (!src || !type || !c.anchor) return null;
  return {
    type,
    title: c.title,
    sourceSheet: src.sheet,
    range: src.range,
    seriesBy: c.seriesBy === "Rows" ? "Rows" : "Columns",
    anchor: c.anchor,
    width: c.width,
    height: c.height,
  };
}
