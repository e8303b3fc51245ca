/**
 * The cleanup run after a failed write. The register write is the commit point:
 * - not committed → delete every sheet this write created (by id, or by its temporary-name
 *   prefix when the ids never arrived, and the register sheet when this write created it) and
 *   give replaced output sheets their names back; the previous output stays exactly as it was;
 * - committed (the register holds what this write commits, and it changed or the staging sheets of
 *   in-place plans are being deleted: the failure came after the commit) → finish
 *   the job (`WriteState.finish`: rewrite the replaced output sheets in place, drop the staging sheets).
 * Only sheets created by this write or listed in the register are touched, never a user's sheet.
 */
import { isRegisterSheet, type OutputEntry } from "../domain/plan/output-registry";
import { newSheetPrefix } from "./naming";
import type { ExcelContext } from "./office-api";
import { loadRegister, registerState } from "./registry";
import type { WriteState } from "./write";

export async function recoverWrite(context: ExcelContext, state: WriteState): Promise<{ committed: boolean; protectedStructure: boolean }> {
  const worksheets = context.workbook.worksheets;
  const load = loadRegister(context);
  worksheets.load("items/name,items/id,items/visibility");
  // structure protection (ExcelApi 1.7) explains an InvalidOperation on adding sheets: the pane then says so in Swedish
  const protection = context.workbook.protection.load("protected");
  await context.sync();
  const protectedStructure = protection.protected;
  const register = registerState(load);
  const newIds = new Set(state.newIds ?? []);
  const items = worksheets.items;
  // the register holds what this write commits, and either that differs from before or the commit's next
  // operation (deleting the in-place plans' staging sheets) has run
  const changed = state.committed !== undefined && !sameEntries(state.registerBefore ?? [], state.committed);
  const stagingGone = (state.inPlaceStaging ?? []).some((id) => !items.some((s) => s.id === id));
  const committed =
    register.exists && state.committed !== undefined && sameEntries(register.entries, state.committed) && (changed || stagingGone);
  let changes = 0;
  if (committed) {
    if (state.finish) await state.finish(context);
  } else {
    // names back first, so no delete that fails can keep a replaced sheet under a temporary name
    for (const r of state.replaced ?? []) {
      const s = items.find((x) => x.id === r.id);
      if (s && s.name !== r.name) {
        s.name = r.name;
        changes++;
      }
    }
    const prefix = newSheetPrefix(state.tag);
    for (const s of items) {
      const madeRegister = state.registerCreated === true && isRegisterSheet(s.name);
      if (newIds.has(s.id) || s.name.toLowerCase().startsWith(prefix) || madeRegister) {
        // Excel refuses to delete a very hidden sheet (Worksheet.delete docs): make it hidden first
        if (madeRegister) s.visibility = "Hidden";
        s.delete();
        changes++;
      }
    }
  }
  if (changes > 0) await context.sync();
  return { committed, protectedStructure };
}

const entryKey = (e: OutputEntry): string => JSON.stringify([e.kind, e.key, e.name, e.id ?? ""]);

function sameEntries(a: readonly OutputEntry[], b: readonly OutputEntry[]): boolean {
  return a.length === b.length && a.every((e, i) => entryKey(e) === entryKey(b[i]));
}
