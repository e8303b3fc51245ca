import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { memo, useEffect, useLayoutEffect, useMemo, useRef } from "react";
import { a1, columnLetter, type CellValue } from "../domain/model";
import { cellStyles, styleKey, type ConditionalLayer, type StyleLayer } from "./cell-styles";
import type { ChartData } from "./chart-data";
import { ChartLayer } from "./ChartLayer";
import { frozenCellStyle, frozenHeadStyle, useFrozenOffsets, type Freeze } from "./frozen-panes";
import { formatCell } from "./number-format";
import { demoStrings } from "../taskpane/strings";

/** One sheet as plain A1-based grids (the simulated workbook's snapshot). */
export interface GridSheet {
  name: string;
  values: CellValue[][];
  formulas?: (string | null)[][];
  numberFormats?: (string | null)[][];
  styles?: StyleLayer[];
  conditionalFormats?: ConditionalLayer[];
  /** Column letter → width in points (columns whose width was set). */
  columnWidths?: Record<string, number>;
  /** Frozen panes: rows and columns that stay in view. */
  freeze?: Freeze | null;
}

/** Rows/columns shown beyond the used range, and the most shown at all (keeps the DOM small). */
const PAD_ROWS = 5;
const PAD_COLS = 2;
const MIN_ROWS = 30;
const MIN_COLS = 8;
const MAX_ROWS = 1000;
const MAX_COLS = 60;

const useStyles = makeStyles({
  scroller: {
    overflow: "auto",
    flex: "1 1 auto",
    minHeight: 0,
    backgroundColor: "#ffffff",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  table: {
    borderCollapse: "separate",
    borderSpacing: 0,
    fontSize: "12px",
    fontFamily: "Calibri, Carlito, 'Segoe UI', system-ui, sans-serif",
    color: "#1f1f1f",
    tableLayout: "fixed",
    // Fixed layout takes the larger of this width and the sum of the <col> widths: the columns decide.
    width: 0,
  },
  head: {
    position: "sticky",
    top: 0,
    zIndex: 4,
    backgroundColor: "#f3f3f3",
    color: "#444",
    fontWeight: 400,
    textAlign: "center",
    borderRight: "1px solid #d4d4d4",
    borderBottom: "1px solid #bdbdbd",
    padding: "2px 4px",
  },
  rowHead: {
    position: "sticky",
    left: 0,
    zIndex: 4,
    backgroundColor: "#f3f3f3",
    color: "#444",
    fontWeight: 400,
    textAlign: "right",
    borderRight: "1px solid #bdbdbd",
    borderBottom: "1px solid #d4d4d4",
    padding: "1px 6px",
    width: "44px",
  },
  corner: { left: 0, zIndex: 6, width: "44px" },
  cell: {
    borderRight: "1px solid #e1e1e1",
    borderBottom: "1px solid #e1e1e1",
    padding: "1px 4px",
    height: "20px",
    verticalAlign: "bottom",
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
    cursor: "cell",
  },
  number: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  spill: { overflow: "visible", textOverflow: "clip", position: "relative", zIndex: 0 },
  formula: { backgroundColor: "#f7fbff" },
  selected: { outline: "2px solid #107c41", outlineOffset: "-2px", backgroundColor: "#e8f3ec" },
  layer: { position: "relative", width: "max-content" },
  headSelected: { backgroundColor: "#d3e8dc", color: "#0b5a2f", fontWeight: 600 },
});

export interface GridViewProps {
  sheet: GridSheet;
  /** Selected cell (0-based), or null. */
  selection: { row: number; col: number } | null;
  onSelect(row: number, col: number): void;
  /** Charts of the sheet, drawn over the grid at their anchor cells. */
  charts?: ChartData[];
}

/** Approximate row height in pixels (charts cover this many pixels per row). */
const ROW_PX = 21;
/** Approximate width in pixels of an empty column (6ch). */
const COL_PX = 48;
const NO_CHARTS: ChartData[] = [];

/** Text that may spill into the empty cell on its right, as in Excel (long titles). */
function spills(texts: string[][], values: CellValue[][], r: number, c: number): boolean {
  return typeof values[r]?.[c] === "string" && texts[r][c] !== "" && (texts[r][c + 1] ?? "") === "";
}

/** Characters a spilling text counts for its column's width. */
const SPILL_WIDTH = 12;

/**
 * CSS width of each displayed column: the sheet's own width (points × 4/3 = pixels) when set,
 * else the longest text in characters (spilling texts count at most SPILL_WIDTH), between 6 and 40.
 */
function columnWidths(texts: string[][], values: CellValue[][], cols: number, set: Record<string, number> = {}): string[] {
  const chars = new Array<number>(cols).fill(6);
  texts.forEach((row, r) =>
    row.forEach((t, c) => {
      const len = spills(texts, values, r, c) ? Math.min(SPILL_WIDTH, t.length) : t.length;
      chars[c] = Math.min(40, Math.max(chars[c], len + 1));
    }),
  );
  return chars.map((ch, c) => {
    const points = set[columnLetter(c)];
    // ch is the width of "0": letters run wider, and the cell has 8 px padding.
    return points ? `${Math.round((points * 4) / 3)}px` : `calc(${ch}ch + 12px)`;
  });
}

/** A scrollable read-only grid with column letters, row numbers, formats applied and formulas on hover. */
export const GridView = memo(function GridView({ sheet, selection, onSelect, charts = NO_CHARTS }: GridViewProps) {
  const s = useStyles();
  const scroller = useRef<HTMLDivElement>(null);
  const table = useRef<HTMLTableElement>(null);
  const usedRows = sheet.values.length;
  const usedCols = sheet.values.reduce((m, r) => Math.max(m, r.length), 0);
  // Rows and columns under the charts are shown too, so a chart sits on the grid as in Excel.
  const chartRows = Math.max(0, ...charts.map((c) => (c.anchor ? c.anchor.row + Math.ceil(c.height / ROW_PX) + 1 : 0)));
  const chartCols = Math.max(0, ...charts.map((c) => (c.anchor ? c.anchor.col + Math.ceil(c.width / COL_PX) + 1 : 0)));
  const rows = Math.min(MAX_ROWS, Math.max(MIN_ROWS, usedRows + PAD_ROWS, (selection?.row ?? 0) + PAD_ROWS, chartRows));
  const cols = Math.min(MAX_COLS, Math.max(MIN_COLS, usedCols + PAD_COLS, (selection?.col ?? 0) + PAD_COLS, chartCols));

  const texts = useMemo(
    () =>
      Array.from({ length: rows }, (_, r) =>
        Array.from({ length: cols }, (_, c) => formatCell(sheet.values[r]?.[c] ?? "", sheet.numberFormats?.[r]?.[c])),
      ),
    [sheet, rows, cols],
  );
  const widths = useMemo(
    () => columnWidths(texts, sheet.values, cols, sheet.columnWidths),
    [texts, sheet.values, cols, sheet.columnWidths],
  );
  const styles = useMemo(() => cellStyles(sheet, rows, cols), [sheet, rows, cols]);
  const frozen = useFrozenOffsets(table, sheet.freeze, widths);

  // Another sheet starts at A1 (before the selection, if any, is scrolled into view below).
  useLayoutEffect(() => {
    scroller.current?.scrollTo?.(0, 0);
  }, [sheet.name]);

  useEffect(() => {
    if (!selection || !scroller.current) return;
    const el = scroller.current.querySelector<HTMLElement>(`[data-cell="${a1(selection.row, selection.col)}"]`);
    el?.scrollIntoView?.({ block: "nearest", inline: "nearest" });
  }, [selection, sheet.name]);

  return (
    <div ref={scroller} className={s.scroller} tabIndex={0} aria-label={demoStrings.gridLabel(sheet.name)}>
      <div className={s.layer}>
        <table ref={table} className={s.table} role="grid" aria-rowcount={rows + 1} aria-colcount={cols + 1}>
          <colgroup>
            <col style={{ width: "44px" }} />
            {widths.map((w, c) => (
              <col key={c} style={{ width: w }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              <th className={mergeClasses(s.head, s.corner)} aria-label={demoStrings.corner} />
              {Array.from({ length: cols }, (_, c) => (
                <th
                  key={c}
                  scope="col"
                  className={mergeClasses(s.head, selection?.col === c && s.headSelected)}
                  style={frozenHeadStyle("col", c, frozen)}
                >
                  {columnLetter(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {texts.map((rowTexts, r) => (
              <tr key={r}>
                <th
                  scope="row"
                  className={mergeClasses(s.rowHead, selection?.row === r && s.headSelected)}
                  style={frozenHeadStyle("row", r, frozen)}
                >
                  {r + 1}
                </th>
                {rowTexts.map((text, c) => {
                  const value = sheet.values[r]?.[c];
                  const formula = sheet.formulas?.[r]?.[c] || null;
                  const isSelected = selection?.row === r && selection?.col === c;
                  const address = a1(r, c);
                  return (
                    <td
                      key={c}
                      data-cell={address}
                      role="gridcell"
                      aria-selected={isSelected}
                      title={formula ? `${address}: ${formula}` : text.length > 12 ? text : undefined}
                      className={mergeClasses(
                        s.cell,
                        typeof value === "number" && s.number,
                        formula !== null && s.formula,
                        spills(texts, sheet.values, r, c) && s.spill,
                        isSelected && s.selected,
                      )}
                      style={frozenCellStyle(r, c, frozen, styles.get(styleKey(r, c)), spills(texts, sheet.values, r, c))}
                      onClick={() => onSelect(r, c)}
                    >
                      {text}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
        <ChartLayer charts={charts} layoutKey={widths} />
      </div>
    </div>
  );
});
