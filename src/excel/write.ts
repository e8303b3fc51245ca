/**
 * Writing plans in one Excel.run, normally in 2 syncs:
 *  sync 1 — load sheet names/ids, the output registry and table names; create one sheet per plan
 *           under a random temporary name ("~finsam-<tag>-n1" …) and load its id (the registry
 *           must name the new sheets by id, so the ids have to be known before the last sync);
 *  pure   — final sheet names (user sheets keep theirs; "Name (2)" when taken), table names;
 *  sync 2 — with screen updating suspended: values/formulas in as few range writes as possible,
 *           formats, widths, freeze panes, page setup, tables, conditional formats, charts,
 *           validation; then rename replaced output → "~finsam-<tag>-g…", new sheets → final
 *           names, write the registry (the commit point), activate the first new sheet, delete
 *           the replaced output, put each new sheet where its predecessor was, give tables
 *           their preferred names.
 * When the request would pass `maxBytes` (~4 MB; Excel on the web rejects 5 MB) the content is
 * split over extra syncs, the commit always in the last one.
 */
import type { SheetPlan, WriteReport } from "../domain/model";
import { newSheetPositions, newSheetPrefix, planSheetNames, planTableNames, tempSheetNames, type SheetNamePlan } from "./naming";
import type { ExcelContext, ExcelWorksheet } from "./office-api";
import { packSteps, planSteps, type CreatedTable, type Step } from "./plan-steps";
import { nextRegistry, parseRegistry, REGISTRY_KEY, replacedSheetIds, serializeRegistry } from "./registry";
import { ACTION_OVERHEAD_BYTES, utf8Bytes } from "./blocks";

/** What a write has done so far; the recovery run reads it after a failure. */
export interface WriteState {
  tag: string;
  /** Ids of the sheets this write created (known after sync 1). */
  newIds?: string[];
  /** Output sheets being replaced, with their names before the write. */
  replaced?: { id: string; name: string }[];
  /** The report to return once the registry is written. */
  report?: Omit<WriteReport, "syncs">;
}

/**
 * The last operations of a write: park the replaced output under temporary names, give the new
 * sheets their names, write the registry (commit), activate the first new sheet, delete the
 * replaced output, put new sheets where their predecessors were, rename tables.
 */
function commitStep(w: {
  context: ExcelContext;
  created: ExcelWorksheet[];
  oldSheets: ExcelWorksheet[];
  names: SheetNamePlan;
  registryJson: string;
  positions: { plan: number; position: number }[];
  createdTables: CreatedTable[];
}): Step {
  return {
    bytes: utf8Bytes(w.registryJson) + ACTION_OVERHEAD_BYTES * (3 + 2 * w.oldSheets.length + 3 * w.created.length),
    emit: () => {
      for (const s of w.oldSheets) s.name = w.names.trashNames.get(s.id)!;
      w.created.forEach((s, i) => void (s.name = w.names.finalNames[i]));
      w.context.workbook.settings.add(REGISTRY_KEY, w.registryJson);
      w.created[0].activate();
      for (const s of w.oldSheets) s.delete();
      if (w.oldSheets.length) for (const p of w.positions) w.created[p.plan].position = p.position;
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
  worksheets.load("items/name,items/id");
  const setting = context.workbook.settings.getItemOrNullObject(REGISTRY_KEY);
  setting.load("value");
  const tables = context.workbook.tables;
  tables.load("items/name,items/worksheet/id");
  context.application.suspendScreenUpdatingUntilNextSync();
  const temps = tempSheetNames(state.tag, plans.length);
  const created = temps.map((name) => worksheets.add(name).load("id"));
  await context.sync();

  state.newIds = created.map((s) => s.id);
  const newIds = new Set(state.newIds);
  const before = worksheets.items.filter((s) => !newIds.has(s.id) && !s.name.toLowerCase().startsWith(newSheetPrefix(state.tag)));
  const existing = before.map((s) => ({ id: s.id, name: s.name }));
  const existingIds = new Set(existing.map((s) => s.id));
  const registry = parseRegistry(setting.isNullObject ? null : setting.value);
  const replacedIds = replacedSheetIds(registry, existingIds, plans);
  state.replaced = existing.filter((s) => replacedIds.has(s.id));
  const names = planSheetNames(
    plans.map((p) => p.name),
    existing,
    replacedIds,
    temps,
    state.tag,
  );
  const tableNames = planTableNames(
    plans.flatMap((p) => (p.tables ?? []).map((t) => t.name)),
    tables.items.map((t) => ({ name: t.name, sheetId: t.worksheet.id })),
    replacedIds,
  );
  const entries = plans.map((p, i) => ({ id: state.newIds![i], kind: p.kind, key: p.key, name: names.finalNames[i] }));
  const registryJson = serializeRegistry(nextRegistry(registry, existingIds, replacedIds, entries));
  state.report = {
    written: entries.map(({ kind, key, name }) => ({ kind, key, name })),
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
  const kindOf = (e: { kind: string; key: string }) => `${e.kind}\u0000${e.key}`;
  const positions = newSheetPositions(
    before.map((s) => s.id),
    new Map(registry.filter((e) => replacedIds.has(e.id)).map((e) => [e.id, kindOf(e)])),
    plans.map(kindOf),
  );
  steps.push(commitStep({ context, created, oldSheets, names, registryJson, positions, createdTables }));
  for (const batch of packSteps(steps, budget)) {
    context.application.suspendScreenUpdatingUntilNextSync();
    for (const s of batch) s.emit();
    // one sync per ~4 MB chunk: Excel on the web rejects larger requests
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
  }
  return state.report;
}
