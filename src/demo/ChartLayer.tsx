import { useLayoutEffect, useState, type RefObject } from "react";
import { a1 } from "../domain/model";
import type { ChartData } from "./chart-data";
import { ChartSvg } from "./ChartSvg";

export interface ChartLayerProps {
  charts: ChartData[];
  /** The element the layer is positioned in (it also holds the grid's table). */
  container: RefObject<HTMLElement | null>;
  /** Changes whenever the grid's layout may have moved (sheet, column widths). */
  layoutKey: unknown;
}

/**
 * Draws each chart over the grid with its top-left corner on the chart's anchor cell, as Excel does.
 * Positions are measured from the rendered cells after layout.
 */
export function ChartLayer({ charts, container, layoutKey }: ChartLayerProps) {
  const [positions, setPositions] = useState<({ top: number; left: number } | null)[]>([]);

  useLayoutEffect(() => {
    const box = container.current;
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
  }, [charts, container, layoutKey]);

  return (
    <>
      {charts.map((ch, i) => {
        const p = positions[i];
        if (!p) return null;
        return (
          <div key={`${ch.title}-${i}`} style={{ position: "absolute", top: p.top, left: p.left, zIndex: 1 }} data-testid="demo-chart" data-chart-index={i}>
            <ChartSvg data={ch} />
          </div>
        );
      })}
    </>
  );
}
