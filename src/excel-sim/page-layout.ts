/** Simulated `Excel.PageLayout`: orientation, paper size, zoom, margins, footer, print area and print titles. */
import { isWholeRows, parseAddress, rectAddress } from "./address";
import type { SimRequestContext } from "./context";
import { invalidArgument } from "./errors";
import { SimPageLayoutHeadersFooters } from "./headers-footers";
import { SimObject } from "./object";
import { SimRange } from "./range";
import type { PageLayoutState, SheetState, WorkbookState } from "./state";
import { checkBool, checkNumber, checkOneOf } from "./validate";

const PAPER = ["Letter", "Legal", "A3", "A4", "A5", "B4", "B5", "Executive", "Tabloid"] as const;
const MARGINS = {
  leftMargin: "left",
  rightMargin: "right",
  topMargin: "top",
  bottomMargin: "bottom",
  headerMargin: "header",
  footerMargin: "footer",
} as const satisfies Record<string, keyof PageLayoutState["margins"]>;
type MarginProp = keyof typeof MARGINS;
const SCALARS = [
  "orientation",
  "paperSize",
  "zoom",
  "centerHorizontally",
  "printGridlines",
  ...(Object.keys(MARGINS) as MarginProp[]),
] as const;
/** Excel's largest margin: 49 cm (the Page Setup dialog refuses more), in points. */
const MAX_MARGIN_POINTS = 1388;

function checkZoom(v: unknown): PageLayoutState["zoom"] {
  const loc = "PageLayout.zoom";
  if (!v || typeof v !== "object") throw invalidArgument("zoom must be an object.", loc);
  const z = v as Record<string, unknown>;
  for (const k of Object.keys(z))
    if (!["scale", "horizontalFitToPages", "verticalFitToPages"].includes(k)) throw invalidArgument(`Unknown zoom option ${k}.`, loc);
  if (z.scale !== undefined && (typeof z.scale !== "number" || z.scale < 10 || z.scale > 400))
    throw invalidArgument("scale must be 10–400.", loc);
  for (const k of ["horizontalFitToPages", "verticalFitToPages"])
    if (z[k] !== undefined && (!Number.isInteger(z[k]) || (z[k] as number) < 0))
      throw invalidArgument(`${k} must be a whole number ≥ 0.`, loc);
  if (z.scale !== undefined && (z.horizontalFitToPages !== undefined || z.verticalFitToPages !== undefined))
    throw invalidArgument("Use either scale or fit-to-pages, not both.", loc);
  return { ...(z as PageLayoutState["zoom"]) };
}

export class SimPageLayout extends SimObject<SheetState> {
  constructor(ctx: SimRequestContext, resolver: (st: WorkbookState) => SheetState) {
    super(ctx, "PageLayout", resolver);
  }
  protected _scalarNames(): readonly string[] {
    return SCALARS;
  }
  protected _read(s: SheetState, prop: string): unknown {
    if (prop in MARGINS) return s.pageLayout.margins[MARGINS[prop as MarginProp]];
    return s.pageLayout[prop as Exclude<(typeof SCALARS)[number], MarginProp>];
  }
  protected override _navigationNames(): readonly string[] {
    return ["headersFooters"];
  }
  get headersFooters(): SimPageLayoutHeadersFooters {
    return this._kid("headersFooters", () => new SimPageLayoutHeadersFooters(this.context, (st) => this._target(st)));
  }
  /** A margin in points: a finite number from 0 up to Excel's largest (a negative margin is refused, not clamped). */
  private _margin(prop: MarginProp, v: number): void {
    this._queue(prop, v, (s) => void (s.pageLayout.margins[MARGINS[prop]] = checkNumber(v, `PageLayout.${prop}`, 0, MAX_MARGIN_POINTS)));
  }
  get leftMargin(): number {
    return this._get("leftMargin");
  }
  set leftMargin(v: number) {
    this._margin("leftMargin", v);
  }
  get rightMargin(): number {
    return this._get("rightMargin");
  }
  set rightMargin(v: number) {
    this._margin("rightMargin", v);
  }
  get topMargin(): number {
    return this._get("topMargin");
  }
  set topMargin(v: number) {
    this._margin("topMargin", v);
  }
  get bottomMargin(): number {
    return this._get("bottomMargin");
  }
  set bottomMargin(v: number) {
    this._margin("bottomMargin", v);
  }
  get headerMargin(): number {
    return this._get("headerMargin");
  }
  set headerMargin(v: number) {
    this._margin("headerMargin", v);
  }
  get footerMargin(): number {
    return this._get("footerMargin");
  }
  set footerMargin(v: number) {
    this._margin("footerMargin", v);
  }
  get orientation(): string {
    return this._get("orientation");
  }
  set orientation(v: string) {
    this._queue(
      "orientation",
      v,
      (s) => void (s.pageLayout.orientation = checkOneOf(v, ["Portrait", "Landscape"], "PageLayout.orientation")),
    );
  }
  get paperSize(): string {
    return this._get("paperSize");
  }
  set paperSize(v: string) {
    this._queue("paperSize", v, (s) => void (s.pageLayout.paperSize = checkOneOf(v, PAPER, "PageLayout.paperSize")));
  }
  get zoom(): PageLayoutState["zoom"] {
    return this._get("zoom");
  }
  set zoom(v: PageLayoutState["zoom"]) {
    this._queue("zoom", v, (s) => void (s.pageLayout.zoom = checkZoom(v)));
  }
  get centerHorizontally(): boolean {
    return this._get("centerHorizontally");
  }
  set centerHorizontally(v: boolean) {
    this._queue("centerHorizontally", v, (s) => void (s.pageLayout.centerHorizontally = checkBool(v, "PageLayout.centerHorizontally")));
  }
  get printGridlines(): boolean {
    return this._get("printGridlines");
  }
  set printGridlines(v: boolean) {
    this._queue("printGridlines", v, (s) => void (s.pageLayout.printGridlines = checkBool(v, "PageLayout.printGridlines")));
  }

  private _address(v: SimRange | string, st: WorkbookState, location: string): string {
    if (v instanceof SimRange) return rectAddress(v._target(st).rect);
    const parts = String(v).split(",");
    for (const p of parts) if (!parseAddress(p)) throw invalidArgument(`'${p}' is not a valid address.`, location);
    return parts.map((p) => rectAddress(parseAddress(p)!.rect)).join(",");
  }
  setPrintArea(printArea: SimRange | string): void {
    this._queue("setPrintArea", typeof printArea === "string" ? printArea : "#range", (s, st) => {
      s.pageLayout.printArea = this._address(printArea, st, "PageLayout.setPrintArea");
    });
  }
  setPrintTitleRows(printTitleRows: SimRange | string): void {
    this._queue("setPrintTitleRows", typeof printTitleRows === "string" ? printTitleRows : "#range", (s, st) => {
      const loc = "PageLayout.setPrintTitleRows";
      const a = this._address(printTitleRows, st, loc);
      if (!isWholeRows(parseAddress(a)!.rect)) throw invalidArgument("Print title rows must be whole rows, e.g. $4:$4.", loc);
      s.pageLayout.printTitleRows = a;
    });
  }
  setPrintTitleColumns(printTitleColumns: SimRange | string): void {
    this._queue("setPrintTitleColumns", typeof printTitleColumns === "string" ? printTitleColumns : "#range", (s, st) => {
      s.pageLayout.printTitleColumns = this._address(printTitleColumns, st, "PageLayout.setPrintTitleColumns");
    });
  }
}
