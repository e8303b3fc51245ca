/**
 * The registry of the add-in's own output sheets, kept as JSON in `workbook.settings`
 * under "finsam.outputs": [{ id, kind, key, name }].
 *
 * Why a workbook setting with worksheet ids, and not a custom property on each output sheet:
 * - a user who copies an output sheet (Move or Copy) also copies its custom properties, so the
 *   copy — now the user's own sheet — would look like add-in output and be deleted by the next
 *   run; a copy gets a new worksheet id, so the registry never claims it;
 * - worksheet ids stay stable when the user renames a sheet, so a renamed report is still
 *   recognised and replaced by the next run of the same kind and key;
 * - one setting is one load in the first sync, instead of a custom-property load per sheet;
 * - `workbook.settings` needs ExcelApi 1.4, `worksheet.customProperties` ExcelApi 1.12;
 * - writing the registry is the single commit point of a write (see write.ts): before it the
 *   previous output is the registered one, after it the new one is.
 */

export const REGISTRY_KEY = "finsam.outputs";

export interface OutputEntry {
  /** Worksheet id (stable across renames). */
  id: string;
  kind: string;
  key: string;
  /** Sheet name when it was written (informational). */
  name: string;
}

const isEntry = (e: unknown): e is OutputEntry =>
  !!e &&
  typeof e === "object" &&
  ["id", "kind", "key", "name"].every((k) => typeof (e as Record<string, unknown>)[k] === "string") &&
  (e as OutputEntry).id !== "";

/** Entries from the stored setting (JSON text or an array); anything unreadable counts as no entries. */
export function parseRegistry(value: unknown): OutputEntry[] {
  let data = value;
  if (typeof value === "string") {
    try {
      data = JSON.parse(value);
    } catch {
      return [];
    }
  }
  if (!Array.isArray(data)) return [];
  return data.filter(isEntry).map((e) => ({ id: e.id, kind: e.kind, key: e.key, name: e.name }));
}

export function serializeRegistry(entries: readonly OutputEntry[]): string {
  return JSON.stringify(entries.map((e) => ({ id: e.id, kind: e.kind, key: e.key, name: e.name })));
}

/** Registered entries whose sheet still exists and is not being replaced, then the new ones. */
export function nextRegistry(
  current: readonly OutputEntry[],
  existingIds: ReadonlySet<string>,
  replacedIds: ReadonlySet<string>,
  added: readonly OutputEntry[],
): OutputEntry[] {
  return [...current.filter((e) => existingIds.has(e.id) && !replacedIds.has(e.id)), ...added];
}

/** Ids of registered sheets that exist and share kind + key with one of the plans. */
export function replacedSheetIds(
  registry: readonly OutputEntry[],
  existingIds: ReadonlySet<string>,
  plans: readonly { kind: string; key: string }[],
): Set<string> {
  const wanted = new Set(plans.map((p) => `${p.kind}\u0000${p.key}`));
  return new Set(registry.filter((e) => existingIds.has(e.id) && wanted.has(`${e.kind}\u0000${e.key}`)).map((e) => e.id));
}
