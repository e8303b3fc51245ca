import type { CSSProperties } from "react";
import { parseRange, type CellValue } from "../domain/model";

/**
 * Approximate cell styles for the demo grid from the simulated sheet's format layers and
 * cell-value conditional formats (GreaterThan, LessThan, Between, …) so flagged kvoter show.
 */

export interface StyleLayer {
  range: string;
  props: {
    bold?: boolean;
    italic?: boolean;
    fontColor?: string;
    fill?: string | null;
    horizontalAlignment?: string;
    wrapText?: boolean;
    border?: { side: string };
  };
}

export interface ConditionalLayer {
  range: string;
  type: string;
  rule: { formula1: string; formula2?: string; operator: string } | null;
  fill: string | null;
  fontColor: string | null;
}

export interface StyledSheet {
  values: CellValue[][];
  styles?: StyleLayer[];
  conditionalFormats?: ConditionalLayer[];
}

/** Cells covered by one layer are capped, so a whole-column format cannot freeze the page. */
const MAX_CELLS_PER_LAYER = 50_000;

const key = (r: number, c: number) => `${r},${c}`;

function eachCell(range: string, maxRows: number, maxCols: number, f: (r: number, c: number) => void): void {
  const rect = parseRange(range.includes("!") ? range.split("!")[1] : range);
  if (!rect) return;
  const r2 = Math.min(rect.row2, maxRows - 1);
  const c2 = Math.min(rect.col2, maxCols - 1);
  let n = 0;
  for (let r = rect.row1; r <= r2; r++) {
    for (let c = rect.col1; c <= c2; c++) {
      if (++n > MAX_CELLS_PER_LAYER) return;
      f(r, c);
    }
  }
}

function numberOf(formula: string): number | null {
  const t = formula.replace(/^=/, "").trim();
  const n = Number(t);
  return t !== "" && Number.isFinite(n) ? n : null;
}

/** Whether a cell-value rule holds for `v`. */
export function ruleHolds(v: CellValue, rule: NonNullable<ConditionalLayer["rule"]>): boolean {
  if (typeof v !== "number") return false;
  const a = numberOf(rule.formula1);
  const b = rule.formula2 !== undefined ? numberOf(rule.formula2) : null;
  if (a === null) return false;
  switch (rule.operator) {
    case "GreaterThan":
      return v > a;
    case "GreaterThanOrEqual":
      return v >= a;
    case "LessThan":
      return v < a;
    case "LessThanOrEqual":
      return v <= a;
    case "EqualTo":
      return v === a;
    case "Between":
      return b !== null && v >= Math.min(a, b) && v <= Math.max(a, b);
    case "NotBetween":
      return b !== null && (v < Math.min(a, b) || v > Math.max(a, b));
    default:
      return false;
  }
}

/** Map "row,col" → CSS for every styled cell inside the shown rows/columns. */
export function cellStyles(sheet: StyledSheet, maxRows: number, maxCols: number): Map<string, CSSProperties> {
  const out = new Map<string, CSSProperties>();
  const merge = (r: number, c: number, css: CSSProperties) => out.set(key(r, c), { ...out.get(key(r, c)), ...css });
  for (const layer of sheet.styles ?? []) {
    const p = layer.props;
    const css: CSSProperties = {};
    if (p.bold !== undefined) css.fontWeight = p.bold ? 700 : 400;
    if (p.italic !== undefined) css.fontStyle = p.italic ? "italic" : "normal";
    if (p.fontColor) css.color = p.fontColor;
    if (p.fill) css.backgroundColor = p.fill;
    if (p.horizontalAlignment === "Left" || p.horizontalAlignment === "Center" || p.horizontalAlignment === "Right")
      css.textAlign = p.horizontalAlignment.toLowerCase() as CSSProperties["textAlign"];
    if (p.wrapText) Object.assign(css, { whiteSpace: "normal", overflowWrap: "anywhere" });
    if (p.border?.side === "EdgeTop") css.borderTop = "1px solid #444";
    if (p.border?.side === "EdgeBottom") css.borderBottom = "1px solid #444";
    if (Object.keys(css).length) eachCell(layer.range, maxRows, maxCols, (r, c) => merge(r, c, css));
  }
  for (const cf of sheet.conditionalFormats ?? []) {
    const rule = cf.rule;
    if (!rule || (!cf.fill && !cf.fontColor)) continue;
    const css: CSSProperties = {};
    if (cf.fill) css.backgroundColor = cf.fill;
    if (cf.fontColor) css.color = cf.fontColor;
    eachCell(cf.range, maxRows, maxCols, (r, c) => {
      if (ruleHolds(sheet.values[r]?.[c] ?? null, rule)) merge(r, c, css);
    });
  }
  return out;
}

export { key as styleKey };
