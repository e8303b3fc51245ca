import { useLayoutEffect, useState, type CSSProperties, type RefObject } from "react";

/** Frozen panes of a sheet (Excel's "Lås fönsterrutor"): the first rows and columns stay in view. */
export interface Freeze {
  rows: number;
  columns: number;
}

/** Pixel offsets where each frozen row sticks (from the top) and each frozen column (from the left). */
export interface FrozenOffsets {
  rowTop: number[];
  colLeft: number[];
}

const NONE: FrozenOffsets = { rowTop: [], colLeft: [] };

/**
 * Measures the grid after layout: a frozen row sticks below the column letters and the frozen rows above it,
 * a frozen column right of the row numbers and the frozen columns before it. Re-measured when `layoutKey`
 * (column widths, texts) changes.
 */
export function useFrozenOffsets(
  table: RefObject<HTMLTableElement | null>,
  freeze: Freeze | null | undefined,
  layoutKey: unknown,
): FrozenOffsets {
  const [offsets, setOffsets] = useState<FrozenOffsets>(NONE);
  const rows = freeze?.rows ?? 0;
  const columns = freeze?.columns ?? 0;
  useLayoutEffect(() => {
    const t = table.current;
    const head = t?.tHead?.rows[0];
    const body = t?.tBodies[0];
    if (!t || !head || !body || (rows === 0 && columns === 0)) {
      setOffsets(NONE);
      return;
    }
    const colLeft: number[] = [];
    let left = head.cells[0]?.offsetWidth ?? 0;
    for (let c = 0; c < columns && c + 1 < head.cells.length; c++) {
      colLeft.push(left);
      left += head.cells[c + 1].offsetWidth;
    }
    const rowTop: number[] = [];
    let top = head.offsetHeight;
    for (let r = 0; r < rows && r < body.rows.length; r++) {
      rowTop.push(top);
      top += body.rows[r].offsetHeight;
    }
    setOffsets({ rowTop, colLeft });
  }, [table, rows, columns, layoutKey]);
  return offsets;
}

const EDGE = "1px solid #8a8a8a";

/**
 * Sticky position of a cell in the frozen panes (null outside them); frozen cells get an opaque background
 * and the last frozen row and column a darker edge, as in Excel. A text that spills into the cells on its
 * right (`spills`) is lifted above them, so the next frozen cell's background does not cut it off.
 */
export function frozenCellStyle(
  r: number,
  c: number,
  o: FrozenOffsets,
  base: CSSProperties | undefined,
  spills = false,
): CSSProperties | undefined {
  const inRow = r < o.rowTop.length;
  const inCol = c < o.colLeft.length;
  if (!inRow && !inCol) return base;
  return {
    ...base,
    position: "sticky",
    top: inRow ? o.rowTop[r] : undefined,
    left: inCol ? o.colLeft[c] : undefined,
    zIndex: (inRow && inCol ? 3 : 2) + (spills ? 1 : 0),
    backgroundColor: base?.backgroundColor ?? "#ffffff",
    ...(inRow && r === o.rowTop.length - 1 ? { borderBottom: EDGE } : {}),
    ...(inCol && c === o.colLeft.length - 1 ? { borderRight: EDGE } : {}),
  };
}

/** Sticky position of a row number or column letter of a frozen row or column. */
export function frozenHeadStyle(kind: "row" | "col", index: number, o: FrozenOffsets): CSSProperties | undefined {
  if (kind === "row") return index < o.rowTop.length ? { top: o.rowTop[index], zIndex: 5 } : undefined;
  return index < o.colLeft.length ? { left: o.colLeft[index], zIndex: 5 } : undefined;
}
