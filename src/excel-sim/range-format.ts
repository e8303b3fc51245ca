/**
 * Simulated `RangeFormat`, `RangeFont`, `RangeFill`, `RangeBorderCollection`, `RangeBorder`.
 * Writes add a format layer on the range; reads give the effective value when it is the same
 * for every cell of the range, else null (like Excel).
 */
import { rectContains, rectCells, type Rect } from "./address";
import type { SimRequestContext } from "./context";
import { SimObject } from "./object";
import type { RangeTarget } from "./range";
import { STANDARD_COLUMN_WIDTH, type BorderSide, type FormatProps, type SheetState, type WorkbookState } from "./state";
import { checkBool, checkColor, checkNumber, checkOneOf } from "./validate";

const DEFAULTS: Required<Omit<FormatProps, "border">> = {
  bold: false,
  italic: false,
  fontColor: "#000000",
  fontSize: 11,
  fontName: "Calibri",
  fill: "#FFFFFF",
  wrapText: false,
  horizontalAlignment: "General",
  verticalAlignment: "Bottom",
};
const H_ALIGN = ["General", "Left", "Center", "Right", "Fill", "Justify", "CenterAcrossSelection", "Distributed"] as const;
const V_ALIGN = ["Top", "Center", "Bottom", "Justify", "Distributed"] as const;
const SIDES: readonly BorderSide[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal"];
const LINE_STYLES = ["None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Double", "SlantDashDot"] as const;
const WEIGHTS = ["Hairline", "Thin", "Medium", "Thick"] as const;

/** Effective value of `key` over `rect`: uniform value or null. Large ranges are sampled at corners. */
export function effectiveFormat<K extends keyof typeof DEFAULTS>(sheet: SheetState, rect: Rect, key: K): unknown {
  const at = (r: number, c: number): unknown => {
    for (let i = sheet.formats.length - 1; i >= 0; i--) {
      const layer = sheet.formats[i];
      if (layer.props[key] !== undefined && rectContains(layer.rect, r, c)) return layer.props[key] ?? DEFAULTS[key];
    }
    return DEFAULTS[key];
  };
  const first = at(rect.r1, rect.c1);
  const cells: [number, number][] =
    rectCells(rect) > 20_000
      ? [
          [rect.r2, rect.c2],
          [rect.r1, rect.c2],
          [rect.r2, rect.c1],
        ]
      : [];
  if (cells.length === 0) for (let r = rect.r1; r <= rect.r2; r++) for (let c = rect.c1; c <= rect.c2; c++) cells.push([r, c]);
  return cells.every(([r, c]) => at(r, c) === first) ? first : null;
}

function layer(t: RangeTarget, st: WorkbookState, props: FormatProps): void {
  t.sheet.formats.push({ rect: t.rect, props });
  st.dirty = true;
}

export class SimRangeFormat extends SimObject<RangeTarget> {
  constructor(ctx: SimRequestContext, resolver: (st: WorkbookState) => RangeTarget) {
    super(ctx, "RangeFormat", resolver);
  }
  protected _scalarNames(): readonly string[] {
    return ["columnWidth", "wrapText", "horizontalAlignment", "verticalAlignment"];
  }
  protected override _navigationNames(): readonly string[] {
    return ["font", "fill", "borders"];
  }
  protected _read(t: RangeTarget, prop: string): unknown {
    if (prop === "columnWidth") {
      const widths = new Set<number>();
      for (let c = t.rect.c1; c <= Math.min(t.rect.c2, t.rect.c1 + 300); c++)
        widths.add(t.sheet.columnWidths.get(c) ?? STANDARD_COLUMN_WIDTH);
      return widths.size === 1 ? [...widths][0] : null;
    }
    return effectiveFormat(t.sheet, t.rect, prop as keyof typeof DEFAULTS);
  }
  get columnWidth(): number {
    return this._get("columnWidth");
  }
  set columnWidth(v: number) {
    this._queue("columnWidth", v, (t) => {
      const w = checkNumber(v, "RangeFormat.columnWidth", 0, 1800);
      for (let c = t.rect.c1; c <= t.rect.c2; c++) t.sheet.columnWidths.set(c, w);
    });
  }
  get wrapText(): boolean {
    return this._get("wrapText");
  }
  set wrapText(v: boolean) {
    this._queue("wrapText", v, (t, st) => layer(t, st, { wrapText: checkBool(v, "RangeFormat.wrapText") }));
  }
  get horizontalAlignment(): string {
    return this._get("horizontalAlignment");
  }
  set horizontalAlignment(v: string) {
    this._queue("horizontalAlignment", v, (t, st) =>
      layer(t, st, { horizontalAlignment: checkOneOf(v, H_ALIGN, "RangeFormat.horizontalAlignment") }),
    );
  }
  get verticalAlignment(): string {
    return this._get("verticalAlignment");
  }
  set verticalAlignment(v: string) {
    this._queue("verticalAlignment", v, (t, st) =>
      layer(t, st, { verticalAlignment: checkOneOf(v, V_ALIGN, "RangeFormat.verticalAlignment") }),
    );
  }
  get font(): SimRangeFont {
    return this._kid("font", () => new SimRangeFont(this.context, (st) => this._target(st)));
  }
  get fill(): SimRangeFill {
    return this._kid("fill", () => new SimRangeFill(this.context, (st) => this._target(st)));
  }
  get borders(): SimRangeBorderCollection {
    return this._kid("borders", () => new SimRangeBorderCollection(this.context, (st) => this._target(st)));
  }
  autofitColumns(): void {
    this._queue("autofitColumns", null, (t) => {
      for (let c = t.rect.c1; c <= Math.min(t.rect.c2, t.rect.c1 + 300); c++) t.sheet.columnWidths.set(c, STANDARD_COLUMN_WIDTH);
    });
  }
}

export class SimRangeFont extends SimObject<RangeTarget> {
  constructor(ctx: SimRequestContext, resolver: (st: WorkbookState) => RangeTarget) {
    super(ctx, "RangeFont", resolver);
  }
  protected _scalarNames(): readonly string[] {
    return ["bold", "italic", "color", "size", "name"];
  }
  protected _read(t: RangeTarget, prop: string): unknown {
    const key = ({ color: "fontColor", size: "fontSize", name: "fontName" } as Record<string, string>)[prop] ?? prop;
    return effectiveFormat(t.sheet, t.rect, key as keyof typeof DEFAULTS);
  }
  get bold(): boolean {
    return this._get("bold");
  }
  set bold(v: boolean) {
    this._queue("bold", v, (t, st) => layer(t, st, { bold: checkBool(v, "RangeFont.bold") }));
  }
  get italic(): boolean {
    return this._get("italic");
  }
  set italic(v: boolean) {
    this._queue("italic", v, (t, st) => layer(t, st, { italic: checkBool(v, "RangeFont.italic") }));
  }
  get color(): string {
    return this._get("color");
  }
  set color(v: string) {
    this._queue("color", v, (t, st) => layer(t, st, { fontColor: checkColor(v, "RangeFont.color") }));
  }
  get size(): number {
    return this._get("size");
  }
  set size(v: number) {
    this._queue("size", v, (t, st) => layer(t, st, { fontSize: checkNumber(v, "RangeFont.size", 1, 409) }));
  }
  get name(): string {
    return this._get("name");
  }
  set name(v: string) {
    this._queue("name", v, (t, st) => layer(t, st, { fontName: String(v) }));
  }
}

export class SimRangeFill extends SimObject<RangeTarget> {
  constructor(ctx: SimRequestContext, resolver: (st: WorkbookState) => RangeTarget) {
    super(ctx, "RangeFill", resolver);
  }
  protected _scalarNames(): readonly string[] {
    return ["color"];
  }
  protected _read(t: RangeTarget): unknown {
    return effectiveFormat(t.sheet, t.rect, "fill");
  }
  get color(): string {
    return this._get("color");
  }
  set color(v: string) {
    this._queue("color", v, (t, st) => layer(t, st, { fill: checkColor(v, "RangeFill.color") }));
  }
  clear(): void {
    this._queue("clear", null, (t, st) => layer(t, st, { fill: null }));
  }
}

export class SimRangeBorderCollection extends SimObject<RangeTarget> {
  constructor(ctx: SimRequestContext, resolver: (st: WorkbookState) => RangeTarget) {
    super(ctx, "RangeBorderCollection", resolver);
  }
  protected _scalarNames(): readonly string[] {
    return [];
  }
  protected _read(): unknown {
    return undefined;
  }
  getItem(index: BorderSide): SimRangeBorder {
    return new SimRangeBorder(this.context, (st) => ({
      ...this._target(st),
      side: checkOneOf(index, SIDES, "RangeBorderCollection.getItem"),
    }));
  }
}

type BorderTarget = RangeTarget & { side: BorderSide };

export class SimRangeBorder extends SimObject<BorderTarget> {
  constructor(ctx: SimRequestContext, resolver: (st: WorkbookState) => BorderTarget) {
    super(ctx, "RangeBorder", resolver);
  }
  protected _scalarNames(): readonly string[] {
    return ["style", "weight", "color", "sideIndex"];
  }
  protected _read(t: BorderTarget, prop: string): unknown {
    if (prop === "sideIndex") return t.side;
    for (let i = t.sheet.formats.length - 1; i >= 0; i--) {
      const b = t.sheet.formats[i].props.border;
      const l = t.sheet.formats[i].rect;
      if (b && b.side === t.side && l.r1 === t.rect.r1 && l.c1 === t.rect.c1 && l.r2 === t.rect.r2 && l.c2 === t.rect.c2) {
        const v = b[prop as "style" | "weight" | "color"];
        if (v !== undefined) return v;
      }
    }
    return { style: "None", weight: "Thin", color: "#000000" }[prop];
  }
  private _set(prop: "style" | "weight" | "color", v: string, check: (v: unknown) => string): void {
    this._queue(prop, v, (t, st) => layer(t, st, { border: { side: t.side, [prop]: check(v) } }));
  }
  get style(): string {
    return this._get("style");
  }
  set style(v: string) {
    this._set("style", v, (x) => checkOneOf(x, LINE_STYLES, "RangeBorder.style"));
  }
  get weight(): string {
    return this._get("weight");
  }
  set weight(v: string) {
    this._set("weight", v, (x) => checkOneOf(x, WEIGHTS, "RangeBorder.weight"));
  }
  get color(): string {
    return this._get("color");
  }
  set color(v: string) {
    this._set("color", v, (x) => checkColor(x, "RangeBorder.color"));
  }
  get sideIndex(): BorderSide {
    return this._get("sideIndex");
  }
}
