/** Simulated `Excel.Application`: calculation mode, recalculation and screen-updating suspension. */
import type { SimRequestContext } from "./context";
import { SimObject } from "./object";
import { recalc } from "./recalc";
import type { WorkbookState } from "./state";
import { checkOneOf } from "./validate";

const MODES = ["Automatic", "AutomaticExceptTables", "Manual"] as const;

export class SimApplication extends SimObject<WorkbookState> {
  constructor(ctx: SimRequestContext) {
    super(ctx, "Application", (st) => st);
  }
  protected _scalarNames(): readonly string[] {
    return ["calculationMode", "calculationState"];
  }
  protected _read(st: WorkbookState, prop: string): unknown {
    return prop === "calculationMode" ? st.calculationMode : "Done";
  }
  get calculationMode(): "Automatic" | "AutomaticExceptTables" | "Manual" {
    return this._get("calculationMode");
  }
  set calculationMode(v: "Automatic" | "AutomaticExceptTables" | "Manual") {
    this._queue("calculationMode", v, (st) => {
      st.calculationMode = checkOneOf(v, MODES, "Application.calculationMode");
      st.dirty = true;
    });
  }
  get calculationState(): string {
    return this._get("calculationState");
  }
  /** Screen updating stays off until the end of the next sync (counted per run). */
  suspendScreenUpdatingUntilNextSync(): void {
    this._queue("suspendScreenUpdatingUntilNextSync", null, (st) => void (st.screenUpdatingSuspended = true), false);
  }
  suspendApiCalculationUntilNextSync(): void {
    this._queue("suspendApiCalculationUntilNextSync", null, () => undefined, false);
  }
  calculate(calculationType: "Recalculate" | "Full" | "FullRebuild" = "Recalculate"): void {
    this._queue("calculate", calculationType, (st) => recalc(st, true));
  }
}
