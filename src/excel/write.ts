/**
 * Writing plans in one Excel.run: 2 syncs for a first write, 2 for a re-run (+1 per extra ~4 MB chunk).
 *  sync 1 — load the output register (the very hidden "FinsamRegister" sheet's used range, or the
 *           legacy setting; see registry.ts), sheet names/ids/visibility, the charts of every sheet
 *           and the table names; create one STAGING sheet per plan under a random temporary name
 *           ("~finsam-<tag>-n1" …) and load its id;
 *  pure   — which plans replace an output sheet (those are rewritten IN PLACE: Excel ties a
 *           user's `='Förbrukningskvot 2024-06-30'!F12` to the worksheet object, so a replaced
 *           and deleted sheet would leave #REF! behind), final sheet and table names;
 *  sync 2 — with screen updating suspended (once per run): every plan's content on its staging
 *           sheet (values/formulas, formats, widths, freeze panes, page setup, tables, conditional
 *           formats, charts, validation) — a content Excel refuses fails HERE, before anything the
 *           user had is touched; then the COMMIT: the register in ONE range write (its header names
 *           this run), the legacy setting deleted, the staging sheets of in-place plans deleted,
 *           new sheets renamed to their final names; then each replaced output sheet is cleared
 *           (tables, charts, conditional formats, validation, freeze panes, cells and formats),
 *           renamed when the plan's name changed, and written again; the first sheet activated.
 * When the request would pass `maxBytes` (~4 MB; Excel on the web rejects 5 MB) the content is
 * split over extra syncs. A failure before the register write leaves the previous output exactly
 * as it was (the cleanup deletes the staging sheets); a failure after it is finished by the
 * cleanup run (`WriteState.finish`), so the user ends with either the old or the complete new output.
 */
import type { SheetPlan, WriteReport } from "../domain/model";
import {
  isRegisterSheet,
  nextRegister,
  outputKey,
  REGISTER_SHEET,
  replacedOutputs,
  type OutputEntry,
  type SheetRef,
} from "../domain/plan/output-registry";
import { ACTION_OVERHEAD_BYTES, utf8Bytes } from "./blocks";
import { newSheetPrefix, planSheetNames, planTableNames, tempSheetNames, type TableNamePlan } from "./naming";
import type { ExcelContext, ExcelTable, ExcelWorksheet } from "./office-api";
import { packSteps, planSteps, type CreatedTable, type Step } from "./plan-steps";
import { loadRegister, registerState, registerWrite, resolveWithMarkers } from "./registry";
import { unmarkedNote } from "../domain/plan/output-marker-note";
import { withOutputMarker } from "../domain/plan/output-marker";
import { planTo1904 } from "../domain/text/date-system";

/** What a write has done so far; the recovery run reads it after a failure. */
export interface WriteState {
  tag: string;
  /** Ids of the staging sheets this write created (known after sync 1). */
  newIds?: string[];
  /** Output sheets being replaced, with their names before the write. */
  replaced?: { id: string; name: string }[];
  /** The register sheet was missing before this write (so a rollback deletes the one it made). */
  registerCreated?: boolean;
  /** The report to return once the register is written. */
  report?: Omit<WriteReport, "syncs">;
  /** The register this write commits, and the one before it (the cleanup compares the register with them). */
  committed?: OutputEntry[];
  registerBefore?: OutputEntry[];
  /** Ids of the staging sheets of in-place plans: the commit deletes them right after the register write. */
  inPlaceStaging?: string[];
  /** After the commit: finishes the write in a new batch (the in-place rewrites), for the cleanup run. */
  finish?: (context: ExcelContext) => Promise<void>;
}

/** A plan rewritten in place: the plan's index and the id of the output sheet it replaces. */
interface InPlace {
  plan: number;
  id: string;
}

/** What the in-place part of a write needs, in the write's own batch or in the cleanup's. */
interface Finish {
  plans: readonly SheetPlan[];
  inPlace: InPlace[];
  /** Final sheet name per plan. */
  finalNames: string[];
  /** Replaced sheet id → temporary name while in-place sheets swap names. */
  trashNames: Map<string, string>;
  /** Table names per plan (in-place tables are created under their final names). */
  tableNames: TableNamePlan[][];
  /** Plans written on new sheets (their tables get their final names last). */
  fresh: number[];
  budget: number;
}

/**
 * Clears an output sheet before it is written again: its tables, charts, conditional formats,
 * data validation, freeze panes, cells and formats (`tables`/`charts` as loaded in the first sync).
 * Sources: Table.delete, Chart.delete, ConditionalFormatCollection.clearAll (ExcelApi 1.6),
 * DataValidation.clear (1.8), FreezePanes.unfreeze (1.7), Range.clear("All") — learn.microsoft.com/javascript/api/excel.
 */
function clearStep(sheet: () => ExcelWorksheet, tables: readonly ExcelTable[], charts: number): Step {
  return {
    bytes: ACTION_OVERHEAD_BYTES * (6 + tables.length + charts),
    emit: () => {
      const ws = sheet();
      for (const t of tables) t.delete();
      for (const c of ws.charts.items.slice(0, charts)) c.delete();
      const all = ws.getRange();
      all.conditionalFormats.clearAll();
      all.dataValidation.clear();
      all.clear("All");
      ws.freezePanes.unfreeze();
    },
  };
}

/** The in-place steps: rename each replaced sheet to its plan's name (via a temporary name), clear it, write it. */
function inPlaceSteps(
  f: Finish,
  sheetOf: (id: string) => ExcelWorksheet,
  tablesOf: (id: string) => ExcelTable[],
  chartsOf: (id: string) => number,
): Step[] {
  const steps: Step[] = [];
  steps.push({
    bytes: ACTION_OVERHEAD_BYTES * 2 * f.inPlace.length,
    emit: () => {
      for (const p of f.inPlace) sheetOf(p.id).name = f.trashNames.get(p.id)!;
      for (const p of f.inPlace) sheetOf(p.id).name = f.finalNames[p.plan];
    },
  });
  for (const p of f.inPlace) {
    const sheet = (): ExcelWorksheet => sheetOf(p.id);
    steps.push(clearStep(sheet, tablesOf(p.id), chartsOf(p.id)));
    const names = f.tableNames[p.plan].map((n) => ({ initial: n.final, final: n.final }));
    steps.push(...planSteps(f.plans[p.plan], sheet, names, () => undefined, f.budget));
  }
  return steps;
}

export async function writePlans(
  context: ExcelContext,
  input: readonly SheetPlan[],
  state: WriteState,
  maxBytes: number,
): Promise<Omit<WriteReport, "syncs">> {
  // every output sheet carries Finsam's marker in row 1 (output-marker.ts): a reopened file is still recognised
  const marked = input.map(withOutputMarker);
  const worksheets = context.workbook.worksheets;
  // reads only before the first change, so a refused read leaves the workbook untouched
  const load = loadRegister(context);
  // charts per sheet: "For EACH ITEM in the collection" (Excel.Interfaces.WorksheetCollectionLoadOptions)
  worksheets.load("items/name,items/id,items/visibility,items/charts/items/name");
  const tables = context.workbook.tables;
  tables.load("items/name,items/worksheet/id");
  // tables and defined names share one namespace: Excel refuses a table named like a defined name (issue 16 finding 9)
  const definedNames = context.workbook.names;
  definedNames?.load("items/name");
  // the date system without writing: DATE(1904,1,1) is 0 in a 1904 workbook (issue 16 finding 7)
  const dateProbe = context.workbook.functions?.date(1904, 1, 1).load("value");
  const temps = tempSheetNames(state.tag, marked.length);
  const created = temps.map((name) => worksheets.add(name).load("id"));
  await context.sync();
  // the plans' dates are 1900-system serials: 1 462 lower in a 1904 workbook, so Excel shows the same days
  const plans = dateProbe?.value === 0 ? marked.map(planTo1904) : marked;

  state.newIds = created.map((s) => s.id);
  const newIds = new Set(state.newIds);
  const before = worksheets.items.filter((s) => !newIds.has(s.id) && !s.name.toLowerCase().startsWith(newSheetPrefix(state.tag)));
  const register = registerState(load);
  const registerSheet = register.exists ? before.find((s) => isRegisterSheet(s.name)) : undefined;
  state.registerCreated = !registerSheet;
  const outputs = before.filter((s) => s !== registerSheet);
  const sheets: SheetRef[] = outputs.map((s) => ({ id: s.id, name: s.name }));
  // an extra sync only when some entry is not found by its id (after a reopen): the sheets' markers decide
  const { resolved, unmarked } = await resolveWithMarkers(context, register.entries, sheets);
  const replaced = replacedOutputs(resolved, plans);
  const notes = replacedOutputs(unmarked, plans).map((u) => unmarkedNote(sheets[u.index].name));
  const replacedIds = new Set(replaced.map((r) => outputs[r.index].id));
  const existing = before.map((s) => ({ id: s.id, name: s.name }));
  state.replaced = existing.filter((s) => replacedIds.has(s.id));

  // each plan takes over the first replaced sheet (in tab order) of its kind + key; the rest are new
  const inPlace: InPlace[] = [];
  const claimedPlans = new Set<number>();
  const keyOfId = new Map(replaced.map((r) => [outputs[r.index].id, outputKey(r.entry)]));
  for (const s of before) {
    const key = keyOfId.get(s.id);
    if (key === undefined) continue;
    const plan = plans.findIndex((p, i) => !claimedPlans.has(i) && outputKey(p) === key);
    if (plan < 0) continue;
    claimedPlans.add(plan);
    inPlace.push({ plan, id: s.id });
  }
  const inPlaceIds = new Set(inPlace.map((p) => p.id));
  const leftover = before.filter((s) => replacedIds.has(s.id) && !inPlaceIds.has(s.id));
  const fresh = plans.map((_, i) => i).filter((i) => !claimedPlans.has(i));

  const names = planSheetNames(
    plans.map((p) => p.name),
    registerSheet ? existing : [...existing, { id: "", name: REGISTER_SHEET }],
    replacedIds,
    temps,
    state.tag,
  );
  const tableNames = planTableNames(
    plans.flatMap((p) => (p.tables ?? []).map((t) => t.name)),
    [
      ...tables.items.map((t) => ({ name: t.name, sheetId: t.worksheet.id })),
      ...(definedNames?.items ?? []).map((n) => ({ name: n.name, sheetId: "" })),
    ],
    replacedIds,
  );
  const tablesPerPlan: TableNamePlan[][] = [];
  let t = 0;
  for (const p of plans) {
    const count = p.tables?.length ?? 0;
    tablesPerPlan.push(tableNames.slice(t, t + count));
    t += count;
  }
  const sheetIdOf = (plan: number): string => inPlace.find((p) => p.plan === plan)?.id ?? state.newIds![plan];
  const added = plans.map((p, i) => ({ kind: p.kind, key: p.key, name: names.finalNames[i], id: sheetIdOf(i) }));
  state.report = {
    written: added.map(({ kind, key, name }) => ({ kind, key, name })),
    replaced: state.replaced.map((s) => s.name),
    ...(notes.length > 0 ? { notes } : {}),
  };

  /** Room for each sync's fixed parts (request envelope, screen-updating suspension). */
  const budget = Math.max(64_000, maxBytes - 16_384);
  const createdTables: CreatedTable[] = [];
  // tables on the staging sheets of in-place plans go with those sheets; only new sheets' tables are renamed at the end
  const steps: Step[] = plans.flatMap((plan, i) =>
    planSteps(
      plan,
      () => created[i],
      tablesPerPlan[i],
      (x) => void (claimedPlans.has(i) ? undefined : createdTables.push(x)),
      budget,
    ),
  );
  const finish: Finish = {
    plans,
    inPlace,
    finalNames: names.finalNames,
    trashNames: names.trashNames,
    tableNames: tablesPerPlan,
    fresh,
    budget,
  };
  state.committed = nextRegister(resolved, sheets, replaced, added);
  state.registerBefore = register.exists ? register.entries : [];
  state.inPlaceStaging = inPlace.map((p) => state.newIds![p.plan]);
  const registerData = registerWrite(state.committed, register.extent);
  const byId = new Map(before.map((s) => [s.id, s]));
  const stagingOfInPlace = inPlace.map((p) => created[p.plan]);
  steps.push({
    bytes: utf8Bytes(JSON.stringify(registerData.values)) + ACTION_OVERHEAD_BYTES * (6 + 2 * plans.length + leftover.length),
    emit: () => {
      let sheet = registerSheet;
      if (!sheet) {
        sheet = worksheets.add(REGISTER_SHEET);
        sheet.visibility = "VeryHidden";
      }
      sheet.getRange(registerData.address).values = registerData.values; // the commit point
      if (registerSheet && registerSheet.visibility !== "VeryHidden") registerSheet.visibility = "VeryHidden";
      if (register.legacy) load.legacy.delete();
      for (const s of stagingOfInPlace) s.delete();
      for (const s of leftover) s.delete();
      for (const i of fresh) created[i].name = names.finalNames[i];
    },
  });
  state.finish = (ctx) => finishInPlace(ctx, finish, state);
  steps.push(
    ...inPlaceSteps(
      finish,
      (id) => byId.get(id)!,
      (id) => tables.items.filter((x) => x.worksheet.id === id),
      (id) => byId.get(id)!.charts.items.length,
    ),
  );
  steps.push({
    bytes: ACTION_OVERHEAD_BYTES * (1 + createdTables.length),
    emit: () => {
      // a new sheet is visible; an in-place one is activated only when the user has not hidden it
      if (!claimedPlans.has(0)) created[0].activate();
      else if (byId.get(sheetIdOf(0))!.visibility === "Visible") byId.get(sheetIdOf(0))!.activate();
      for (const c of createdTables) if (c.names.final !== c.names.initial) c.table.name = c.names.final;
    },
  });
  let first = true;
  for (const batch of packSteps(steps, budget)) {
    // once per run: repeated suspensions per chunk are what Excel on the Mac and the web do not expect
    if (first) context.application.suspendScreenUpdatingUntilNextSync();
    first = false;
    for (const s of batch) s.emit();
    // one sync per ~4 MB chunk: Excel on the web rejects larger requests
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
  }
  state.finish = undefined;
  return state.report;
}

/**
 * The cleanup after a failure past the commit point: delete what is left of the staging sheets of
 * in-place plans, give new sheets their final names, and clear and write every replaced sheet again.
 */
async function finishInPlace(context: ExcelContext, f: Finish, state: WriteState): Promise<void> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/id,items/charts/items/name");
  const tables = context.workbook.tables;
  tables.load("items/name,items/worksheet/id");
  await context.sync();
  const byId = new Map(worksheets.items.map((s) => [s.id, s]));
  const staging = new Set(f.inPlace.map((p) => state.newIds?.[p.plan]));
  const steps: Step[] = [
    {
      bytes: ACTION_OVERHEAD_BYTES * f.plans.length,
      emit: () => {
        for (const s of worksheets.items) if (staging.has(s.id)) s.delete();
        f.plans.forEach((_, i) => {
          if (f.inPlace.some((p) => p.plan === i)) return;
          const s = byId.get(state.newIds?.[i] ?? "");
          if (s && s.name !== f.finalNames[i]) s.name = f.finalNames[i];
        });
      },
    },
    ...inPlaceSteps(
      { ...f, inPlace: f.inPlace.filter((p) => byId.has(p.id)) },
      (id) => byId.get(id)!,
      (id) => tables.items.filter((x) => x.worksheet.id === id),
      (id) => byId.get(id)!.charts.items.length,
    ),
    {
      bytes: ACTION_OVERHEAD_BYTES * f.plans.length,
      emit: () => {
        const live = new Set(tables.items.map((t) => t.name.toLowerCase()));
        for (const i of f.fresh)
          for (const n of f.tableNames[i])
            if (n.final !== n.initial && live.has(n.initial.toLowerCase())) context.workbook.tables.getItem(n.initial).name = n.final;
        const first = f.inPlace.find((p) => p.plan === 0)?.id ?? state.newIds?.[0];
        const sheet = byId.get(first ?? "");
        if (sheet) sheet.activate();
      },
    },
  ];
  for (const batch of packSteps(steps, f.budget)) {
    for (const s of batch) s.emit();
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
  }
}
