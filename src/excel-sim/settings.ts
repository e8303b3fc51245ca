/**
 * Simulated `Excel.SettingCollection`/`Setting` (workbook-wide key → JSON value, per add-in) and
 * `Excel.WorksheetCustomPropertyCollection`/`WorksheetCustomProperty` (sheet-level key → text,
 * keys case-insensitive, `add` overwrites).
 */
import type { SimRequestContext } from "./context";
import { invalidArgument, itemNotFound, simError, SimErrorCodes } from "./errors";
import { nameKey } from "./names";
import { SimCollection, SimObject } from "./object";
import { clonePlain } from "./payload";
import type { SheetState, WorkbookState } from "./state";
import { checkString } from "./validate";

type SettingEntry = { key: string; value: unknown };

function checkKey(key: unknown, location: string): string {
  if (typeof key !== "string" || key.trim() === "" || key.length > 255)
    throw invalidArgument("The key must be 1–255 characters.", location);
  return key;
}

function checkJson(value: unknown, location: string): unknown {
  try {
    return JSON.parse(JSON.stringify(value));
  } catch {
    throw invalidArgument("The setting value must be JSON-serializable.", location);
  }
}

export class SimSettingCollection extends SimCollection<WorkbookState, SettingEntry, SimSetting> {
  constructor(ctx: SimRequestContext) {
    super(ctx, "SettingCollection", (st) => st);
  }
  protected _members(st: WorkbookState): SettingEntry[] {
    return [...st.settings.values()];
  }
  protected _itemProxy(m: SettingEntry): SimSetting {
    return new SimSetting(this.context, () => m);
  }
  add(key: string, value: unknown): SimSetting {
    const proxy = new SimSetting(this.context, () => {
      throw simError(SimErrorCodes.invalidObjectPath, "The setting was never created.");
    });
    const stored = clonePlain(value);
    this._queue("add", { key, value: stored }, (st) => {
      const k = checkKey(key, "SettingCollection.add");
      const entry = { key: k, value: checkJson(stored, "SettingCollection.add") };
      st.settings.set(k, entry);
      proxy._preset(entry);
    });
    return proxy;
  }
  getItem(key: string): SimSetting {
    return new SimSetting(this.context, (st) => {
      const e = st.settings.get(key);
      if (!e) throw itemNotFound(`Setting '${key}' doesn't exist.`, "SettingCollection.getItem");
      return e;
    });
  }
  getItemOrNullObject(key: string): SimSetting {
    return new SimSetting(this.context, (st) => st.settings.get(key) ?? null, true);
  }
}

export class SimSetting extends SimObject<SettingEntry> {
  constructor(ctx: SimRequestContext, resolver: (st: WorkbookState) => SettingEntry | null, nullable = false) {
    super(ctx, "Setting", resolver, nullable);
  }
  protected _scalarNames(): readonly string[] {
    return ["key", "value"];
  }
  protected override _alive(e: SettingEntry): boolean {
    return e.key !== "";
  }
  protected _read(e: SettingEntry, prop: string): unknown {
    return prop === "key" ? e.key : e.value;
  }
  get key(): string {
    return this._get("key");
  }
  get value(): unknown {
    return this._get("value");
  }
  set value(v: unknown) {
    const stored = clonePlain(v);
    this._queue("value", stored, (e, st) => {
      e.value = checkJson(stored, "Setting.value");
      st.settings.set(e.key, e);
    });
  }
  delete(): void {
    this._queue("delete", null, (e, st) => {
      st.settings.delete(e.key);
    });
  }
}

type PropTarget = { sheet: SheetState; prop: { key: string; value: string } };

export class SimCustomPropertyCollection extends SimCollection<SheetState, PropTarget, SimCustomProperty> {
  constructor(ctx: SimRequestContext, resolver: (st: WorkbookState) => SheetState) {
    super(ctx, "WorksheetCustomPropertyCollection", resolver);
  }
  protected _members(sheet: SheetState): PropTarget[] {
    return [...sheet.customProperties.values()].map((prop) => ({ sheet, prop }));
  }
  protected _itemProxy(m: PropTarget): SimCustomProperty {
    return new SimCustomProperty(this.context, () => m);
  }
  add(key: string, value: string): SimCustomProperty {
    const proxy = new SimCustomProperty(this.context, () => {
      throw simError(SimErrorCodes.invalidObjectPath, "The custom property was never created.");
    });
    this._queue("add", { key, value }, (sheet) => {
      const loc = "WorksheetCustomPropertyCollection.add";
      const prop = { key: checkKey(key, loc), value: checkString(value, loc) };
      sheet.customProperties.set(nameKey(key), prop);
      proxy._preset({ sheet, prop });
    });
    return proxy;
  }
  getItem(key: string): SimCustomProperty {
    return new SimCustomProperty(this.context, (st) => {
      const sheet = this._target(st);
      const prop = sheet.customProperties.get(nameKey(key));
      if (!prop) throw itemNotFound(`Custom property '${key}' doesn't exist.`, "WorksheetCustomPropertyCollection.getItem");
      return { sheet, prop };
    });
  }
  getItemOrNullObject(key: string): SimCustomProperty {
    return new SimCustomProperty(
      this.context,
      (st) => {
        const sheet = this._target(st);
        const prop = sheet.customProperties.get(nameKey(key));
        return prop ? { sheet, prop } : null;
      },
      true,
    );
  }
}

export class SimCustomProperty extends SimObject<PropTarget> {
  constructor(ctx: SimRequestContext, resolver: (st: WorkbookState) => PropTarget | null, nullable = false) {
    super(ctx, "WorksheetCustomProperty", resolver, nullable);
  }
  protected _scalarNames(): readonly string[] {
    return ["key", "value"];
  }
  protected override _alive(t: PropTarget): boolean {
    return !t.sheet.deleted && t.sheet.customProperties.get(nameKey(t.prop.key)) === t.prop;
  }
  protected _read(t: PropTarget, prop: string): unknown {
    return prop === "key" ? t.prop.key : t.prop.value;
  }
  get key(): string {
    return this._get("key");
  }
  get value(): string {
    return this._get("value");
  }
  set value(v: string) {
    this._queue("value", v, (t) => void (t.prop.value = checkString(v, "WorksheetCustomProperty.value")));
  }
  delete(): void {
    this._queue("delete", null, (t) => void t.sheet.customProperties.delete(nameKey(t.prop.key)));
  }
}
