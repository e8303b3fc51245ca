/** Simulated `Excel.ChartCollection`, `Excel.Chart` and `Excel.ChartTitle`. */
import { fullAddress, parseAddress } from "./address";
import type { SimRequestContext } from "./context";
import { invalidArgument, itemNotFound, simError, SimErrorCodes } from "./errors";
import { nameKey } from "./names";
import { SimCollection, SimObject } from "./object";
import { SimRange } from "./range";
import { STANDARD_COLUMN_WIDTH, STANDARD_ROW_HEIGHT, type ChartState, type SheetState, type WorkbookState } from "./state";
import { checkNumber, checkOneOf, checkString } from "./validate";

export const CHART_TYPES = [
  "ColumnClustered",
  "ColumnStacked",
  "ColumnStacked100",
  "BarClustered",
  "BarStacked",
  "BarStacked100",
  "Line",
  "LineMarkers",
  "LineStacked",
  "Pie",
  "PieExploded",
  "Doughnut",
  "Area",
  "AreaStacked",
  "XYScatter",
  "XYScatterLines",
  "Waterfall",
  "Histogram",
  "Treemap",
  "Funnel",
] as const;

type ChartTarget = { sheet: SheetState; chart: ChartState };

function cellPosition(sheet: SheetState, address: string): { top: number; left: number } {
  const p = parseAddress(address);
  if (!p) throw invalidArgument(`'${address}' is not a valid cell.`, "Chart.setPosition");
  let left = 0;
  for (let c = 0; c < p.rect.c1; c++) left += sheet.columnWidths.get(c) ?? STANDARD_COLUMN_WIDTH;
  return { top: p.rect.r1 * STANDARD_ROW_HEIGHT, left };
}

export class SimChartCollection extends SimCollection<SheetState, ChartTarget, SimChart> {
  constructor(ctx: SimRequestContext, resolver: (st: WorkbookState) => SheetState) {
    super(ctx, "ChartCollection", resolver);
  }
  protected override _scalarNames(): readonly string[] {
    return ["count"];
  }
  protected override _read(sheet: SheetState): unknown {
    return sheet.charts.length;
  }
  protected _members(sheet: SheetState): ChartTarget[] {
    return sheet.charts.map((chart) => ({ sheet, chart }));
  }
  protected _itemProxy(m: ChartTarget): SimChart {
    return new SimChart(this.context, () => m);
  }
  get count(): number {
    return this._get("count");
  }
  add(type: string, sourceData: SimRange, seriesBy: "Auto" | "Columns" | "Rows" = "Auto"): SimChart {
    const proxy = new SimChart(this.context, () => {
      throw simError(SimErrorCodes.invalidObjectPath, "The chart was never created.");
    });
    const loc = "ChartCollection.add";
    this._queue("add", { type, seriesBy }, (sheet, st) => {
      checkOneOf(type, CHART_TYPES, loc);
      checkOneOf(seriesBy, ["Auto", "Columns", "Rows"], loc);
      if (!(sourceData instanceof SimRange)) throw invalidArgument("sourceData must be a Range.", loc);
      const src = sourceData._target(st);
      let n = sheet.charts.length + 1;
      while (sheet.charts.some((c) => nameKey(c.name) === nameKey(`Chart ${n}`))) n++;
      const chart: ChartState = {
        id: st.nextId("chart"),
        name: `Chart ${n}`,
        type,
        source: { sheet: src.sheet, rect: src.rect },
        seriesBy,
        title: "",
        top: 0,
        left: 0,
        width: 360,
        height: 216,
        anchor: null,
      };
      sheet.charts.push(chart);
      proxy._preset({ sheet, chart });
    });
    return proxy;
  }
  getItem(name: string): SimChart {
    return new SimChart(this.context, (st) => {
      const sheet = this._target(st);
      const chart = sheet.charts.find((c) => nameKey(c.name) === nameKey(name));
      if (!chart) throw itemNotFound(`Chart '${name}' doesn't exist.`, "ChartCollection.getItem");
      return { sheet, chart };
    });
  }
}

const SCALARS = ["id", "name", "chartType", "top", "left", "width", "height"] as const;

export class SimChart extends SimObject<ChartTarget> {
  constructor(ctx: SimRequestContext, resolver: (st: WorkbookState) => ChartTarget) {
    super(ctx, "Chart", resolver);
  }
  protected _scalarNames(): readonly string[] {
    return SCALARS;
  }
  protected override _navigationNames(): readonly string[] {
    return ["title"];
  }
  protected override _alive(t: ChartTarget): boolean {
    return !t.sheet.deleted && t.sheet.charts.includes(t.chart);
  }
  protected _read(t: ChartTarget, prop: string): unknown {
    return prop === "chartType" ? t.chart.type : t.chart[prop as keyof ChartState];
  }
  private _size(prop: "top" | "left" | "width" | "height", v: number): void {
    this._queue(prop, v, (t) => void (t.chart[prop] = checkNumber(v, `Chart.${prop}`, 0, 169_056)));
  }
  get id(): string {
    return this._get("id");
  }
  get name(): string {
    return this._get("name");
  }
  set name(v: string) {
    this._queue("name", v, (t) => void (t.chart.name = checkString(v, "Chart.name", 255)));
  }
  get chartType(): string {
    return this._get("chartType");
  }
  get top(): number {
    return this._get("top");
  }
  set top(v: number) {
    this._size("top", v);
  }
  get left(): number {
    return this._get("left");
  }
  set left(v: number) {
    this._size("left", v);
  }
  get width(): number {
    return this._get("width");
  }
  set width(v: number) {
    this._size("width", v);
  }
  get height(): number {
    return this._get("height");
  }
  set height(v: number) {
    this._size("height", v);
  }
  get title(): SimChartTitle {
    return this._kid("title", () => new SimChartTitle(this.context, (st) => this._target(st)));
  }
  setPosition(startCell: SimRange | string, endCell?: SimRange | string): void {
    const text = (x: SimRange | string | undefined) => (typeof x === "string" || x === undefined ? x : "#range");
    this._queue("setPosition", { start: text(startCell), end: text(endCell) }, (t, st) => {
      const addr = (x: SimRange | string): string => {
        if (typeof x === "string") return x;
        const r = x._target(st);
        return fullAddress(r.sheet.name, r.rect).split("!")[1];
      };
      const start = addr(startCell);
      const pos = cellPosition(t.sheet, start);
      t.chart.top = pos.top;
      t.chart.left = pos.left;
      if (endCell !== undefined) {
        const end = cellPosition(t.sheet, addr(endCell));
        t.chart.width = Math.max(0, end.left - pos.left);
        t.chart.height = Math.max(0, end.top - pos.top);
      }
      t.chart.anchor = endCell === undefined ? start : `${start}:${addr(endCell)}`;
    });
  }
  delete(): void {
    this._queue("delete", null, (t) => void (t.sheet.charts = t.sheet.charts.filter((c) => c !== t.chart)));
  }
}

export class SimChartTitle extends SimObject<ChartTarget> {
  constructor(ctx: SimRequestContext, resolver: (st: WorkbookState) => ChartTarget) {
    super(ctx, "ChartTitle", resolver);
  }
  protected _scalarNames(): readonly string[] {
    return ["text"];
  }
  protected _read(t: ChartTarget): unknown {
    return t.chart.title;
  }
  get text(): string {
    return this._get("text");
  }
  set text(v: string) {
    this._queue("text", v, (t) => void (t.chart.title = checkString(v, "ChartTitle.text", 255)));
  }
}
