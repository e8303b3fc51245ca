/** Simulated `Excel.DataValidation` (list, whole number, decimal, text length and custom rules). */
import { rectAddress, rectsOverlap, type Rect } from "./address";
import type { SimRequestContext } from "./context";
import { invalidArgument } from "./errors";
import { SimObject } from "./object";
import { clonePlain } from "./payload";
import type { RangeTarget } from "./range";
import type { DataValidationState, WorkbookState } from "./state";
import { checkBool, checkString } from "./validate";

const RULE_KINDS = ["list", "wholeNumber", "decimal", "textLength", "date", "time", "custom"] as const;
const TYPE_NAMES: Record<string, string> = {
  list: "List",
  wholeNumber: "WholeNumber",
  decimal: "Decimal",
  textLength: "TextLength",
  date: "Date",
  time: "Time",
  custom: "Custom",
};

type Alert = NonNullable<DataValidationState["errorAlert"]>;
type Prompt = NonNullable<DataValidationState["prompt"]>;

const same = (a: Rect, b: Rect): boolean => a.r1 === b.r1 && a.c1 === b.c1 && a.r2 === b.r2 && a.c2 === b.c2;

function checkRule(rule: unknown): Record<string, unknown> {
  const loc = "DataValidation.rule";
  if (!rule || typeof rule !== "object") throw invalidArgument("The rule must be an object.", loc);
  const keys = Object.keys(rule).filter((k) => (rule as Record<string, unknown>)[k] !== undefined);
  if (keys.length !== 1 || !RULE_KINDS.includes(keys[0] as (typeof RULE_KINDS)[number]))
    throw invalidArgument("The rule must have exactly one of: " + RULE_KINDS.join(", "), loc);
  const body = (rule as Record<string, unknown>)[keys[0]] as Record<string, unknown>;
  if (keys[0] === "list") {
    if (!body || typeof body !== "object") throw invalidArgument("A list rule needs { inCellDropDown, source }.", loc);
    checkBool(body.inCellDropDown, loc);
    const source = body.source;
    if (typeof source === "string") {
      if (source.trim() === "" || source.length > 255) throw invalidArgument("A list source must be 1–255 characters.", loc);
    } else if (!(source instanceof SimObject)) throw invalidArgument("A list source must be text or a Range.", loc);
    return { list: { inCellDropDown: body.inCellDropDown, source: typeof source === "string" ? source : "#range" } };
  }
  return clonePlain(rule as Record<string, unknown>);
}

export class SimDataValidation extends SimObject<RangeTarget> {
  constructor(ctx: SimRequestContext, resolver: (st: WorkbookState) => RangeTarget) {
    super(ctx, "DataValidation", resolver);
  }
  protected _scalarNames(): readonly string[] {
    return ["rule", "errorAlert", "prompt", "ignoreBlanks", "type"];
  }
  private _find(t: RangeTarget): DataValidationState | undefined {
    return t.sheet.dataValidations.find((d) => same(d.rect, t.rect));
  }
  private _ensure(t: RangeTarget): DataValidationState {
    let dv = this._find(t);
    if (!dv) {
      dv = { rect: t.rect, rule: {}, errorAlert: null, prompt: null, ignoreBlanks: true };
      t.sheet.dataValidations.push(dv);
    }
    return dv;
  }
  protected _read(t: RangeTarget, prop: string): unknown {
    const dv = this._find(t);
    const overlapping = t.sheet.dataValidations.some((d) => d !== dv && rectsOverlap(d.rect, t.rect));
    if (prop === "type") return dv ? (TYPE_NAMES[Object.keys(dv.rule)[0]] ?? "None") : overlapping ? "Inconsistent" : "None";
    if (prop === "errorAlert") return dv?.errorAlert ?? { message: "", showAlert: true, style: "Stop", title: "" };
    if (prop === "prompt") return dv?.prompt ?? { message: "", showPrompt: false, title: "" };
    if (!dv) return prop === "ignoreBlanks" ? true : {};
    return dv[prop as keyof DataValidationState];
  }
  get rule(): Record<string, unknown> {
    return this._get("rule");
  }
  set rule(v: Record<string, unknown>) {
    const payload = JSON.stringify(v, (_k, x: unknown) => (x instanceof SimObject ? "#range" : x));
    this._queue("rule", payload, (t, st) => {
      const rule = checkRule(v);
      const source = (v.list as { source?: unknown } | undefined)?.source;
      if (source instanceof SimObject) {
        const src = (source as SimObject<RangeTarget>)._target(st);
        (rule.list as Record<string, unknown>).source = `=${rectAddress(src.rect)}`;
      }
      this._ensure(t).rule = rule;
    });
  }
  get errorAlert(): Alert {
    return this._get("errorAlert");
  }
  set errorAlert(v: Alert) {
    this._queue("errorAlert", v, (t) => {
      const loc = "DataValidation.errorAlert";
      if (!v || typeof v !== "object") throw invalidArgument("errorAlert must be an object.", loc);
      const style = v.style ?? "Stop";
      if (!["Stop", "Warning", "Information"].includes(style)) throw invalidArgument("Unknown alert style.", loc);
      this._ensure(t).errorAlert = {
        // Excel's error alert holds at most 225 characters of message and 32 of title (Data Validation dialog;
        // larger texts are refused with InvalidArgument)
        message: checkString(v.message ?? "", loc, 225),
        title: checkString(v.title ?? "", loc, 32),
        showAlert: v.showAlert ?? true,
        style,
      };
    });
  }
  get prompt(): Prompt {
    return this._get("prompt");
  }
  set prompt(v: Prompt) {
    this._queue("prompt", v, (t) => {
      const loc = "DataValidation.prompt";
      if (!v || typeof v !== "object") throw invalidArgument("prompt must be an object.", loc);
      this._ensure(t).prompt = {
        // Excel's error alert holds at most 225 characters of message and 32 of title (Data Validation dialog;
        // larger texts are refused with InvalidArgument)
        message: checkString(v.message ?? "", loc, 225),
        title: checkString(v.title ?? "", loc, 32),
        showPrompt: v.showPrompt ?? true,
      };
    });
  }
  get ignoreBlanks(): boolean {
    return this._get("ignoreBlanks");
  }
  set ignoreBlanks(v: boolean) {
    this._queue("ignoreBlanks", v, (t) => void (this._ensure(t).ignoreBlanks = checkBool(v, "DataValidation.ignoreBlanks")));
  }
  get type(): string {
    return this._get("type");
  }
  clear(): void {
    this._queue("clear", null, (t) => {
      t.sheet.dataValidations = t.sheet.dataValidations.filter((d) => !rectsOverlap(d.rect, t.rect));
    });
  }
}
