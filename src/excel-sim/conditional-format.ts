/**
 * Simulated conditional formats on a range: `ConditionalFormatCollection.add("CellValue")`,
 * `cellValue.rule = {formula1, formula2, operator}`, `cellValue.format.fill.color`/`font.color`.
 * Other conditional-format types are NotImplemented in the simulator.
 */
import { rectsOverlap } from "./address";
import type { SimRequestContext } from "./context";
import { invalidArgument, simError, SimErrorCodes } from "./errors";
import { SimCollection, SimObject } from "./object";
import type { RangeTarget } from "./range";
import type { ConditionalFormatState, SheetState, WorkbookState } from "./state";
import { checkBool, checkColor, checkOneOf } from "./validate";

const OPERATORS = [
  "Between",
  "NotBetween",
  "EqualTo",
  "NotEqualTo",
  "GreaterThan",
  "LessThan",
  "GreaterThanOrEqual",
  "LessThanOrEqual",
] as const;
const TYPES = ["Custom", "DataBar", "ColorScale", "IconSet", "TopBottom", "PresetCriteria", "ContainsText", "CellValue"] as const;

type CfTarget = { sheet: SheetState; cf: ConditionalFormatState };

export class SimConditionalFormatCollection extends SimCollection<RangeTarget, CfTarget, SimConditionalFormat> {
  constructor(ctx: SimRequestContext, resolver: (st: WorkbookState) => RangeTarget) {
    super(ctx, "ConditionalFormatCollection", resolver);
  }
  protected _members(t: RangeTarget): CfTarget[] {
    return t.sheet.conditionalFormats.filter((cf) => rectsOverlap(cf.rect, t.rect)).map((cf) => ({ sheet: t.sheet, cf }));
  }
  protected _itemProxy(m: CfTarget): SimConditionalFormat {
    return new SimConditionalFormat(this.context, () => m);
  }
  add(type: string): SimConditionalFormat {
    const proxy = new SimConditionalFormat(this.context, () => {
      throw simError(SimErrorCodes.invalidObjectPath, "The conditional format was never created.");
    });
    this._queue("add", type, (t, st) => {
      checkOneOf(type, TYPES, "ConditionalFormatCollection.add");
      if (type !== "CellValue")
        throw simError(SimErrorCodes.notImplemented, `The simulator supports only CellValue conditional formats, not ${type}.`);
      const cf: ConditionalFormatState = {
        id: st.nextId("cf"),
        type,
        rect: t.rect,
        rule: null,
        fill: null,
        fontColor: null,
        bold: null,
        italic: null,
      };
      t.sheet.conditionalFormats.push(cf);
      proxy._preset({ sheet: t.sheet, cf });
    });
    return proxy;
  }
  clearAll(): void {
    this._queue("clearAll", null, (t) => {
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((cf) => !rectsOverlap(cf.rect, t.rect));
    });
  }
}

export class SimConditionalFormat extends SimObject<CfTarget> {
  constructor(ctx: SimRequestContext, resolver: (st: WorkbookState) => CfTarget) {
    super(ctx, "ConditionalFormat", resolver);
  }
  protected _scalarNames(): readonly string[] {
    return ["id", "type"];
  }
  protected override _navigationNames(): readonly string[] {
    return ["cellValue"];
  }
  protected override _alive(t: CfTarget): boolean {
    return !t.sheet.deleted && t.sheet.conditionalFormats.includes(t.cf);
  }
  protected _read(t: CfTarget, prop: string): unknown {
    return prop === "id" ? t.cf.id : t.cf.type;
  }
  get id(): string {
    return this._get("id");
  }
  get type(): string {
    return this._get("type");
  }
  get cellValue(): SimCellValueConditionalFormat {
    return this._kid("cellValue", () => new SimCellValueConditionalFormat(this.context, (st) => this._target(st)));
  }
  delete(): void {
    this._queue("delete", null, (t) => {
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((cf) => cf !== t.cf);
    });
  }
}

export class SimCellValueConditionalFormat extends SimObject<CfTarget> {
  constructor(ctx: SimRequestContext, resolver: (st: WorkbookState) => CfTarget) {
    super(ctx, "CellValueConditionalFormat", resolver);
  }
  protected _scalarNames(): readonly string[] {
    return ["rule"];
  }
  protected override _navigationNames(): readonly string[] {
    return ["format"];
  }
  protected _read(t: CfTarget): unknown {
    return t.cf.rule;
  }
  get rule(): { formula1: string; formula2?: string; operator: string } {
    return this._get("rule");
  }
  set rule(v: { formula1: string; formula2?: string; operator: string }) {
    this._queue("rule", v, (t) => {
      const loc = "CellValueConditionalFormat.rule";
      if (!v || typeof v !== "object") throw invalidArgument("The rule must be an object.", loc);
      const operator = checkOneOf(v.operator, OPERATORS, loc);
      if (typeof v.formula1 !== "string" || v.formula1.trim() === "") throw invalidArgument("formula1 is required.", loc);
      // Microsoft's examples always pass formulas ("=0", "=4/5"); a bare "0.8" is read in the user's locale on desktop
      // and Mac (in Swedish Excel text or a date), so the simulator refuses anything that is not a formula (issue 16).
      // learn.microsoft.com/javascript/api/excel/excel.conditionalcellvaluerule, office-js issues on CF locale.
      for (const f of [v.formula1, v.formula2])
        if (f !== undefined && !String(f).startsWith("="))
          throw invalidArgument(`The rule's formula '${String(f)}' must be a formula (start with "=").`, loc);
      const two = operator === "Between" || operator === "NotBetween";
      if (two && (typeof v.formula2 !== "string" || v.formula2.trim() === ""))
        throw invalidArgument("formula2 is required for Between/NotBetween.", loc);
      t.cf.rule = two ? { formula1: v.formula1, formula2: v.formula2, operator } : { formula1: v.formula1, operator };
    });
  }
  get format(): SimConditionalRangeFormat {
    return this._kid("format", () => new SimConditionalRangeFormat(this.context, (st) => this._target(st)));
  }
}

export class SimConditionalRangeFormat extends SimObject<CfTarget> {
  constructor(ctx: SimRequestContext, resolver: (st: WorkbookState) => CfTarget) {
    super(ctx, "ConditionalRangeFormat", resolver);
  }
  protected _scalarNames(): readonly string[] {
    return [];
  }
  protected override _navigationNames(): readonly string[] {
    return ["fill", "font"];
  }
  protected _read(): unknown {
    return undefined;
  }
  get fill(): SimConditionalRangeFill {
    return this._kid("fill", () => new SimConditionalRangeFill(this.context, (st) => this._target(st)));
  }
  get font(): SimConditionalRangeFont {
    return this._kid("font", () => new SimConditionalRangeFont(this.context, (st) => this._target(st)));
  }
}

export class SimConditionalRangeFill extends SimObject<CfTarget> {
  constructor(ctx: SimRequestContext, resolver: (st: WorkbookState) => CfTarget) {
    super(ctx, "ConditionalRangeFill", resolver);
  }
  protected _scalarNames(): readonly string[] {
    return ["color"];
  }
  protected _read(t: CfTarget): unknown {
    return t.cf.fill;
  }
  get color(): string {
    return this._get("color");
  }
  set color(v: string) {
    this._queue("color", v, (t) => void (t.cf.fill = checkColor(v, "ConditionalRangeFill.color")));
  }
}

export class SimConditionalRangeFont extends SimObject<CfTarget> {
  constructor(ctx: SimRequestContext, resolver: (st: WorkbookState) => CfTarget) {
    super(ctx, "ConditionalRangeFont", resolver);
  }
  protected _scalarNames(): readonly string[] {
    return ["color", "bold", "italic"];
  }
  protected _read(t: CfTarget, prop: string): unknown {
    return prop === "color" ? t.cf.fontColor : prop === "bold" ? t.cf.bold : t.cf.italic;
  }
  get color(): string {
    return this._get("color");
  }
  set color(v: string) {
    this._queue("color", v, (t) => void (t.cf.fontColor = checkColor(v, "ConditionalRangeFont.color")));
  }
  get bold(): boolean {
    return this._get("bold");
  }
  set bold(v: boolean) {
    this._queue("bold", v, (t) => void (t.cf.bold = checkBool(v, "ConditionalRangeFont.bold")));
  }
  get italic(): boolean {
    return this._get("italic");
  }
  set italic(v: boolean) {
    this._queue("italic", v, (t) => void (t.cf.italic = checkBool(v, "ConditionalRangeFont.italic")));
  }
}
