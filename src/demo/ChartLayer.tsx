import { useLayoutEffect, useRef, useState } from "react";
import { a1 } from "../domain/model";
import type { ChartData } from "./chart-data";
import { ChartSvg } from "./ChartSvg";

export interface ChartLayerProps {
  charts: ChartData[];
  /** Changes whenever the grid's layout may have moved (sheet, column widths). */
  layoutKey: unknown;
}

/**
 * Draws each chart over the grid with its top-left corner on the chart's anchor cell, as Excel does: above the
 * cells and frozen panes (a chart anchored in a frozen row stays whole), below the row numbers and column letters.
 * Positions are measured from the rendered cells after layout, relative to the layer's parent (the positioned
 * element that also holds the grid's table). The parent is found through the layer's own marker element,
 * whose ref is set before this component's layout effect runs (a parent's ref is not yet).
 */
export function ChartLayer({ charts, layoutKey }: ChartLayerProps) {
  const [positions, setPositions] = useState<({ top: number; left: number } | null)[]>([]);
  const marker = useRef<HTMLSpanElement>(null);

  useLayoutEffect(() => {
    const box = marker.current?.parentElement;
    if (!box) return;
    const origin = box.getBoundingClientRect();
    setPositions(
      charts.map((ch) => {
        if (!ch.anchor) return null;
        const cell = box.querySelector<HTMLElement>(`[data-cell="${a1(ch.anchor.row, ch.anchor.col)}"]`);
        if (!cell) return null;
        const r = cell.getBoundingClientRect();
        return { top: r.top - origin.top, left: r.left - origin.left };
      }),
    );
  }, [charts, layoutKey]);

  return (
    <>
      <span ref={marker} hidden />
      {charts.map((ch, i) => {
        const p = positions[i];
        if (!p) return null;
        return (
          <div
            key={`${ch.title}-${i}`}
            style={{ position: "absolute", top: p.top, left: p.left, zIndex: 3 }}
            data-testid="demo-chart"
            data-chart-index={i}
          >
            <ChartSvg data={ch} />
          </div>
        );
      })}
    </>
  );
}
