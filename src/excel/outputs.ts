/**
 * Finsam's own output sheets in the open workbook, for "Ta bort Finsams rapportblad" and for saying which sheets a
 * re-run will replace. Only sheets the output register (src/domain/plan/output-registry.ts) resolves to are listed or
 * removed: a sheet the user made, renamed away from the register or copied is never touched.
 *
 * listOutputs: 1 sync (worksheets + register). removeOutputs: 2 syncs (read, then delete the sheets and write the
 * register without them in the same batch, so the register never names a deleted sheet).
 */
import { isRegisterSheet, resolveOutputs, type OutputEntry, type ResolvedOutput } from "../domain/plan/output-registry";
import type { ExcelContext, ExcelWorksheet } from "./office-api";
import { LEGACY_SETTING_KEY, loadRegister, registerState, registerWrite } from "./registry";

/** An output sheet found in the workbook: its plan kind + key and its current name. */
export interface OutputSheet {
  kind: string;
  key: string;
  name: string;
}

interface Found {
  outputs: { sheet: ExcelWorksheet; resolved: ResolvedOutput }[];
  register: ReturnType<typeof registerState>;
  load: ReturnType<typeof loadRegister>;
  registerSheet?: ExcelWorksheet;
}

async function findOutputs(context: ExcelContext): Promise<Found> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/id,items/visibility");
  const load = loadRegister(context);
  await context.sync();
  const register = registerState(load);
  const sheets = worksheets.items.filter((s) => !isRegisterSheet(s.name));
  const resolved = resolveOutputs(
    register.entries,
    sheets.map((s) => ({ id: s.id, name: s.name })),
  );
  return {
    outputs: resolved.map((r) => ({ sheet: sheets[r.index], resolved: r })),
    register,
    load,
    registerSheet: worksheets.items.find((s) => isRegisterSheet(s.name)),
  };
}

/** The output sheets the register resolves to, in register order. */
export async function listOutputs(context: ExcelContext): Promise<OutputSheet[]> {
  const { outputs } = await findOutputs(context);
  return outputs.map(({ sheet, resolved }) => ({ kind: resolved.entry.kind, key: resolved.entry.key, name: sheet.name }));
}

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/**
 * Deletes the output sheets named in `names` (undefined: every output sheet) and drops them from the register.
 * A name that is not an output sheet is ignored. Returns the names of the deleted sheets.
 */
export async function removeOutputs(context: ExcelContext, names?: readonly string[]): Promise<string[]> {
  const found = await findOutputs(context);
  const chosen = found.outputs.filter((o) => !names || names.some((n) => same(n, o.sheet.name)));
  if (chosen.length === 0) return [];
  const gone = new Set(chosen.map((o) => o.resolved));
  const staying: OutputEntry[] = found.outputs
    .filter((o) => !gone.has(o.resolved))
    .map(({ sheet, resolved }) => ({ ...resolved.entry, name: sheet.name, ...(resolved.byId ? { id: sheet.id } : {}) }));
  if (found.registerSheet) {
    const w = registerWrite(staying, found.register.extent);
    found.registerSheet.getRange(w.address).values = w.values as never;
  } else if (found.register.legacy) {
    const legacy = context.workbook.settings.getItemOrNullObject(LEGACY_SETTING_KEY);
    if (staying.length === 0) legacy.delete();
    else legacy.value = JSON.stringify(staying.filter((e) => e.id));
  }
  // Excel refuses to delete the last visible sheet; the user's own sheets keep the workbook non-empty in practice.
  for (const o of chosen) o.sheet.delete();
  await context.sync();
  return chosen.map((o) => o.sheet.name);
}
