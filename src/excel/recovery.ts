/**
 * The cleanup run after a failed write. The register write is the commit point:
 * - not committed → delete every sheet this write created (by id, or by its temporary-name
 *   prefix when the ids never arrived, and the register sheet when this write created it) and
 *   give replaced output sheets their names back; the previous output stays exactly as it was;
 * - committed (the failure came after the register was written) → finish the job: delete the
 *   replaced output sheets that are still there.
 * Only sheets created by this write or listed in the register are touched, never a user's sheet.
 */
import { isRegisterSheet } from "../domain/plan/output-registry";
import { newSheetPrefix } from "./naming";
import type { ExcelContext } from "./office-api";
import { loadRegister, registerState } from "./registry";
import type { WriteState } from "./write";

export async function recoverWrite(context: ExcelContext, state: WriteState): Promise<{ committed: boolean }> {
  const worksheets = context.workbook.worksheets;
  const load = loadRegister(context);
  worksheets.load("items/name,items/id");
  await context.sync();
  const register = registerState(load);
  const registered = new Set(register.exists ? register.entries.map((e) => e.id) : []);
  const newIds = new Set(state.newIds ?? []);
  const committed = newIds.size > 0 && [...newIds].every((id) => registered.has(id));
  const items = worksheets.items;
  let changes = 0;
  if (committed) {
    const replaced = new Set((state.replaced ?? []).map((r) => r.id));
    for (const s of items)
      if (replaced.has(s.id)) {
        s.delete();
        changes++;
      }
  } else {
    const prefix = newSheetPrefix(state.tag);
    for (const s of items)
      if (newIds.has(s.id) || s.name.toLowerCase().startsWith(prefix) || (state.registerCreated === true && isRegisterSheet(s.name))) {
        s.delete();
        changes++;
      }
    for (const r of state.replaced ?? []) {
      const s = items.find((x) => x.id === r.id);
      if (s && s.name !== r.name) {
        s.name = r.name;
        changes++;
      }
    }
  }
  if (changes > 0) await context.sync();
  return { committed };
}
