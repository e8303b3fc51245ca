/**
 * Writing plans in one Excel.run, normally in 2 syncs:
 *  sync 1 — load the output register (the very hidden "FinsamRegister" sheet's used range, or the
 *           legacy setting; see registry.ts), sheet names/ids/visibility and table names; create
 *           one sheet per plan under a random temporary name ("~finsam-<tag>-n1" …) and load its
 *           id (the register names the new sheets by id, so the ids must be known before the last sync);
 *  pure   — final sheet names (user sheets keep theirs; "Name (2)" when taken), table names;
 *  sync 2 — with screen updating suspended: values/formulas in as few range writes as possible,
 *           formats, widths, freeze panes, page setup, tables, conditional formats, charts,
 *           validation; then rename replaced output → "~finsam-<tag>-g…", new sheets → final
 *           names, each right after the sheet it replaces; create the register sheet (very
 *           hidden) when missing and write it in ONE range write (the commit point), delete the
 *           legacy setting, activate the first new sheet, delete the replaced output (the new
 *           sheets are then in their predecessors' places), give tables their preferred names.
 * When the request would pass `maxBytes` (~4 MB; Excel on the web rejects 5 MB) the content is
 * split over extra syncs, the commit always in the last one.
 */
import type { SheetPlan, WriteReport } from "../domain/model";
import {
  isRegisterSheet,
  nextRegister,
  outputKey,
  REGISTER_SHEET,
  replacedOutputs,
  resolveOutputs,
  type SheetRef,
} from "../domain/plan/output-registry";
import { ACTION_OVERHEAD_BYTES, utf8Bytes, type ExcelInput } from "./blocks";
import { newSheetPositions, newSheetPrefix, planSheetNames, planTableNames, tempSheetNames, type SheetNamePlan } from "./naming";
import type { ExcelContext, ExcelSetting, ExcelWorksheet } from "./office-api";
import { packSteps, planSteps, type CreatedTable, type Step } from "./plan-steps";
import { loadRegister, registerState, registerWrite } from "./registry";

/** What a write has done so far; the recovery run reads it after a failure. */
export interface WriteState {
  tag: string;
  /** Ids of the sheets this write created (known after sync 1). */
  newIds?: string[];
  /** Output sheets being replaced, with their names before the write. */
  replaced?: { id: string; name: string }[];
  /** The register sheet was missing before this write (so a rollback deletes the one it made). */
  registerCreated?: boolean;
  /** The report to return once the register is written. */
  report?: Omit<WriteReport, "syncs">;
}

interface Commit {
  context: ExcelContext;
  created: ExcelWorksheet[];
  oldSheets: ExcelWorksheet[];
  names: SheetNamePlan;
  /** The existing register sheet, or undefined when this write creates it. */
  registerSheet: ExcelWorksheet | undefined;
  register: { address: string; values: ExcelInput[][] };
  /** The legacy setting to delete, when there is one. */
  legacy: ExcelSetting | undefined;
  positions: { plan: number; position: number }[];
  createdTables: CreatedTable[];
}

/**
 * The last operations of a write: park the replaced output under temporary names, give the new
 * sheets their names and put each right after its predecessor, write the register (commit),
 * delete the legacy setting, activate the first new sheet, delete the replaced output (which
 * leaves the new sheets in their predecessors' places), rename tables. The register keeps its
 * place (moving it would shift the tab index of user sheets).
 */
function commitStep(w: Commit): Step {
  const actions = 8 + 2 * w.oldSheets.length + 3 * w.created.length;
  return {
    bytes: utf8Bytes(JSON.stringify(w.register.values)) + ACTION_OVERHEAD_BYTES * actions,
    emit: () => {
      for (const s of w.oldSheets) s.name = w.names.trashNames.get(s.id)!;
      w.created.forEach((s, i) => void (s.name = w.names.finalNames[i]));
      if (w.oldSheets.length) for (const p of w.positions) w.created[p.plan].position = p.position;
      let register = w.registerSheet;
      if (!register) {
        register = w.context.workbook.worksheets.add(REGISTER_SHEET);
        register.visibility = "VeryHidden";
      }
      register.getRange(w.register.address).values = w.register.values;
      if (w.registerSheet && w.registerSheet.visibility !== "VeryHidden") w.registerSheet.visibility = "VeryHidden";
      w.legacy?.delete();
      w.created[0].activate();
      for (const s of w.oldSheets) s.delete();
      for (const c of w.createdTables) if (c.names.final !== c.names.initial) c.table.name = c.names.final;
    },
  };
}

export async function writePlans(
  context: ExcelContext,
  plans: readonly SheetPlan[],
  state: WriteState,
  maxBytes: number,
): Promise<Omit<WriteReport, "syncs">> {
  const worksheets = context.workbook.worksheets;
  // reads only before the first change, so a refused read leaves the workbook untouched
  const load = loadRegister(context);
  worksheets.load("items/name,items/id,items/visibility");
  const tables = context.workbook.tables;
  tables.load("items/name,items/worksheet/id");
  context.application.suspendScreenUpdatingUntilNextSync();
  const temps = tempSheetNames(state.tag, plans.length);
  const created = temps.map((name) => worksheets.add(name).load("id"));
  await context.sync();

  state.newIds = created.map((s) => s.id);
  const newIds = new Set(state.newIds);
  const before = worksheets.items.filter((s) => !newIds.has(s.id) && !s.name.toLowerCase().startsWith(newSheetPrefix(state.tag)));
  const register = registerState(load);
  const registerSheet = register.exists ? before.find((s) => isRegisterSheet(s.name)) : undefined;
  state.registerCreated = !registerSheet;
  const outputs = before.filter((s) => s !== registerSheet);
  const sheets: SheetRef[] = outputs.map((s) => ({ id: s.id, name: s.name }));
  const resolved = resolveOutputs(register.entries, sheets);
  const replaced = replacedOutputs(resolved, plans);
  const replacedIds = new Set(replaced.map((r) => outputs[r.index].id));
  const existing = before.map((s) => ({ id: s.id, name: s.name }));
  state.replaced = existing.filter((s) => replacedIds.has(s.id));
  const names = planSheetNames(
    plans.map((p) => p.name),
    registerSheet ? existing : [...existing, { id: "", name: REGISTER_SHEET }],
    replacedIds,
    temps,
    state.tag,
  );
  const tableNames = planTableNames(
    plans.flatMap((p) => (p.tables ?? []).map((t) => t.name)),
    tables.items.map((t) => ({ name: t.name, sheetId: t.worksheet.id })),
    replacedIds,
  );
  const added = plans.map((p, i) => ({ kind: p.kind, key: p.key, name: names.finalNames[i], id: state.newIds![i] }));
  state.report = {
    written: added.map(({ kind, key, name }) => ({ kind, key, name })),
    replaced: state.replaced.map((s) => s.name),
  };

  /** Room for each sync's fixed parts (request envelope, screen-updating suspension). */
  const budget = Math.max(64_000, maxBytes - 16_384);
  const createdTables: CreatedTable[] = [];
  let t = 0;
  const steps: Step[] = plans.flatMap((plan, i) => {
    const count = plan.tables?.length ?? 0;
    t += count;
    return planSteps(plan, () => created[i], tableNames.slice(t - count, t), (x) => createdTables.push(x), budget);
  });
  const oldSheets = before.filter((s) => replacedIds.has(s.id));
  const positions = newSheetPositions(
    before.map((s) => s.id),
    new Map(replaced.map((r) => [outputs[r.index].id, outputKey(r.entry)])),
    plans.map(outputKey),
  );
  steps.push(
    commitStep({
      context,
      created,
      oldSheets,
      names,
      registerSheet,
      register: registerWrite(nextRegister(resolved, sheets, replaced, added), register.extent),
      legacy: register.legacy ? load.legacy : undefined,
      positions,
      createdTables,
    }),
  );
  for (const batch of packSteps(steps, budget)) {
    context.application.suspendScreenUpdatingUntilNextSync();
    for (const s of batch) s.emit();
    // one sync per ~4 MB chunk: Excel on the web rejects larger requests
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
  }
  return state.report;
}
