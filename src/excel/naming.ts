/**
 * Pure naming for the Excel host: final sheet names (desired name, else "Name (2)" … within 31
 * characters, via the domain's sheet-name rules), temporary names for sheets being built or
 * replaced ("~finsam-…", never shown to the user after a successful write), and unique table names.
 */
import { uniqueSheetName } from "../domain/plan/sheet-names";
import { uniqueTableName as uniqueDomainTableName } from "../domain/plan/table-names";

/** Prefix of the host's temporary sheet names; readSheets skips such sheets. */
export const TEMP_PREFIX = "~finsam-";

export const isTempSheetName = (name: string): boolean => name.toLowerCase().startsWith(TEMP_PREFIX);

const key = (name: string): string => name.toLowerCase();

export interface ExistingSheet {
  id: string;
  name: string;
}

export interface SheetNamePlan {
  /** Name each plan's sheet gets at the end, in plan order. */
  finalNames: string[];
  /** Replaced output sheet id → name it carries until it is deleted. */
  trashNames: Map<string, string>;
}

/** Temporary names of the sheets one write creates: "~finsam-<tag>-n1", "~finsam-<tag>-n2" … */
export function tempSheetNames(tag: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => `${TEMP_PREFIX}${tag}-n${i + 1}`);
}

/** Prefix shared by the temporary names of one write's new sheets. */
export const newSheetPrefix = (tag: string): string => `${TEMP_PREFIX}${tag}-n`;

/** A name free in `taken` (lower-cased), made from `base` + a counter; added to `taken`. */
function freeName(base: string, taken: Set<string>): string {
  let name = base.slice(0, 31);
  for (let i = 2; taken.has(key(name)); i++) name = `${base.slice(0, 31 - String(i).length - 1)}-${i}`;
  taken.add(key(name));
  return name;
}

/**
 * Final and temporary names for one write. Final names are the desired names made valid, or
 * "Name (2)" … when a sheet that stays (a user sheet, other output) or an earlier plan has it;
 * the name of a replaced output sheet is free for its successor. Replaced sheets are renamed to
 * "~finsam-<tag>-g1" … before the new sheets take their names, and deleted after.
 * `existing` lists the sheets before the write (without the new, temporarily named ones).
 */
export function planSheetNames(
  desired: readonly string[],
  existing: readonly ExistingSheet[],
  replacedIds: ReadonlySet<string>,
  tempNames: readonly string[],
  tag: string,
): SheetNamePlan {
  const staying = [...existing.filter((s) => !replacedIds.has(s.id)).map((s) => s.name), ...tempNames];
  const finalNames: string[] = [];
  for (const d of desired) finalNames.push(uniqueSheetName(d, [...staying, ...finalNames]));
  const taken = new Set([...existing.map((s) => key(s.name)), ...tempNames.map(key), ...finalNames.map(key)]);
  const trashNames = new Map<string, string>();
  let j = 0;
  for (const s of existing) if (replacedIds.has(s.id)) trashNames.set(s.id, freeName(`${TEMP_PREFIX}${tag}-g${++j}`, taken));
  return { finalNames, trashNames };
}

/** The one table-name sanitiser (src/domain/plan/table-names.ts). */
export { toTableName } from "../domain/plan/table-names";

/** The one sanitiser's unique name for `desired` (not in `taken`, lower-cased keys), then added to `taken`. */
export function uniqueTableName(desired: string, taken: Set<string>): string {
  const name = uniqueDomainTableName(desired, taken);
  taken.add(key(name));
  return name;
}

export interface TableNamePlan {
  /** Name given when the table is created (free at that moment). */
  initial: string;
  /** Name after the replaced output is deleted (equals `initial` when no rename is needed). */
  final: string;
}

/**
 * Table names for one write. New tables are created while the replaced output still exists, so
 * they first get names free in the whole workbook; after the old sheets are deleted each table is
 * renamed to the name it would have had without them, when that name is free at that moment.
 */
export function planTableNames(
  desired: readonly string[],
  existing: readonly { name: string; sheetId: string }[],
  replacedIds: ReadonlySet<string>,
): TableNamePlan[] {
  const all = new Set(existing.map((t) => key(t.name)));
  const stayingNames = existing.filter((t) => !replacedIds.has(t.sheetId)).map((t) => key(t.name));
  const staying = new Set(stayingNames);
  const plans = desired.map((d) => ({ initial: uniqueTableName(d, all), final: uniqueTableName(d, staying) }));
  const live = new Set([...stayingNames, ...plans.map((p) => key(p.initial))]);
  for (const p of plans) {
    if (p.final === p.initial) continue;
    if (live.has(key(p.final))) p.final = p.initial;
    else {
      live.delete(key(p.initial));
      live.add(key(p.final));
    }
  }
  return plans;
}

/**
 * Where the new sheets go: each takes the place of the output sheet it replaces (the first
 * unclaimed one of the same kind and key, in tab order); the others go to the end.
 * `before` is the tab order before the write (ids), `replacedKinds` maps replaced ids to
 * "kind\0key", `planKinds` gives "kind\0key" per plan. Returns the tab position of each plan's
 * sheet WHILE the replaced sheets still exist — right after the sheet it replaces — in the order
 * the positions must be set (ascending), with the new sheets at the end of the tabs beforehand.
 * Deleting the replaced sheets afterwards leaves each new sheet in its predecessor's place, so
 * the positions can be set before the commit and a write that fails after it needs no moves.
 */
export function newSheetPositions(
  before: readonly string[],
  replacedKinds: ReadonlyMap<string, string>,
  planKinds: readonly string[],
): { plan: number; position: number }[] {
  const successor = new Map<string, number>();
  const claimed = new Set<number>();
  for (const id of before) {
    const kind = replacedKinds.get(id);
    if (kind === undefined) continue;
    const plan = planKinds.findIndex((k, i) => k === kind && !claimed.has(i));
    if (plan >= 0) {
      claimed.add(plan);
      successor.set(id, plan);
    }
  }
  const order: (string | number)[] = [];
  for (const id of before) {
    order.push(id);
    if (successor.has(id)) order.push(successor.get(id)!);
  }
  planKinds.forEach((_, i) => void (claimed.has(i) ? undefined : order.push(i)));
  return order.flatMap((x, position) => (typeof x === "number" ? [{ plan: x, position }] : []));
}
