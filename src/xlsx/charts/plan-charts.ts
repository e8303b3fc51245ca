import type { ChartPlan, SheetPlan } from "../../domain/model";
import { maskPersonnummer } from "../../domain/text/personnummer";
import type { ChartSpec } from "./types";

/** Office.js's size of a new chart when the plan gives none: 360 × 216 pt (5 × 3 in). */
export const DEFAULT_CHART_SIZE = { width: 360, height: 216 };

/** One plan chart on the sheet named `sheetName` (its data range is on the same sheet). */
export function planChartSpec(c: ChartPlan, sheetName: string): ChartSpec {
  return {
    type: c.type,
    title: maskPersonnummer(c.title),
    sourceSheet: sheetName,
    range: c.dataRange,
    seriesBy: c.seriesBy,
    anchor: c.anchor,
    width: c.width ?? DEFAULT_CHART_SIZE.width,
    height: c.height ?? DEFAULT_CHART_SIZE.height,
  };
}

/** The plan's charts as written on its sheet, which got the name `sheetName`. */
export function planChartSpecs(plan: SheetPlan, sheetName: string): ChartSpec[] {
  return (plan.charts ?? []).map((c) => planChartSpec(c, sheetName));
}
