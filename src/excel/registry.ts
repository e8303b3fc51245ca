/**
 * The Excel host's side of the output register (format and rules: src/domain/plan/output-registry.ts):
 * the very hidden sheet "FinsamRegister", read in the first sync of every run and written as ONE
 * range write in the last sync of a write — that write is the commit point (see write.ts).
 *
 * Earlier builds kept the register as JSON in `workbook.settings` ("finsam.outputs":
 * [{ id, kind, key, name }]); when the register sheet is missing that setting is read instead,
 * and the next write moves it into the sheet and deletes the setting.
 *
 * Reading chains `getItemOrNullObject(...).getUsedRangeOrNullObject(true)`: when the sheet is
 * missing, the range is a null object too, so the read needs no extra sync.
 */
import { a1Range } from "../domain/model";
import { MARKER_SCAN_RANGE, needsMarkers, resolveMarked, type MarkedOutputs } from "../domain/plan/output-marker";
import { parseRegister, registerRows, REGISTER_SHEET, type OutputEntry, type SheetRef } from "../domain/plan/output-registry";
import { toExcelInput, type ExcelInput } from "./blocks";
import type { ExcelContext, ExcelRange, ExcelSetting, ExcelWorksheet } from "./office-api";

/** Queues the load of each sheet's first row (MARKER_SCAN_RANGE), where the output marker is (no sync). */
export function loadFirstRows(context: ExcelContext, ids: readonly string[]): ExcelRange[] {
  return ids.map((id) => context.workbook.worksheets.getItem(id).getRange(MARKER_SCAN_RANGE).load("values"));
}

/**
 * The register's outputs with the markers checked (src/domain/plan/output-marker.ts): when some entry is not
 * found by its worksheet id — the file was closed and reopened, or the CLI wrote the register — the first
 * rows of all `sheets` are read in ONE extra sync; in the same session (every entry found by id) none.
 */
export async function resolveWithMarkers(
  context: ExcelContext,
  entries: readonly OutputEntry[],
  sheets: readonly SheetRef[],
): Promise<MarkedOutputs> {
  if (!needsMarkers(entries, sheets)) return resolveMarked(entries, sheets, undefined, { findRenamed: true });
  const rows = loadFirstRows(
    context,
    sheets.map((s) => s.id ?? s.name),
  );
  await context.sync();
  return resolveMarked(
    entries,
    sheets,
    rows.map((r) => r.values?.[0]),
    { findRenamed: true },
  );
}

/** Key of the register in `workbook.settings` in earlier builds (read and migrated, no longer written). */
export const LEGACY_SETTING_KEY = "finsam.outputs";

const isLegacyEntry = (e: unknown): e is Required<OutputEntry> =>
  !!e &&
  typeof e === "object" &&
  ["id", "kind", "key", "name"].every((k) => typeof (e as Record<string, unknown>)[k] === "string") &&
  (e as OutputEntry).id !== "";

/** Entries of the legacy setting (JSON text or an array); anything unreadable counts as no entries. */
export function parseLegacyRegistry(value: unknown): OutputEntry[] {
  let data = value;
  if (typeof value === "string") {
    try {
      data = JSON.parse(value);
    } catch {
      return [];
    }
  }
  if (!Array.isArray(data)) return [];
  return data.filter(isLegacyEntry).map((e) => ({ kind: e.kind, key: e.key, name: e.name, id: e.id }));
}

/** Proxies queued by loadRegister; read them with registerState after the sync. */
export interface RegisterLoad {
  sheet: ExcelWorksheet;
  used: ExcelRange;
  legacy: ExcelSetting;
}

export interface RegisterState {
  /** The register sheet exists. */
  exists: boolean;
  /** Its entries (from the legacy setting when the sheet is missing). */
  entries: OutputEntry[];
  /** Rows and columns from A1 that the sheet holds now (a new write must cover them). */
  extent: { rows: number; columns: number };
  /** The legacy setting exists (the next write deletes it). */
  legacy: boolean;
}

/** Queues the loads of the register sheet's used range and of the legacy setting (no sync). */
export function loadRegister(context: ExcelContext): RegisterLoad {
  const sheet = context.workbook.worksheets.getItemOrNullObject(REGISTER_SHEET);
  const used = sheet.getUsedRangeOrNullObject(true).load("values,rowIndex,columnIndex");
  const legacy = context.workbook.settings.getItemOrNullObject(LEGACY_SETTING_KEY).load("value");
  return { sheet, used, legacy };
}

/** The register as loaded by loadRegister (call after the sync). */
export function registerState(load: RegisterLoad): RegisterState {
  const exists = !load.sheet.isNullObject;
  const legacy = !load.legacy.isNullObject;
  if (!exists) return { exists, legacy, entries: legacy ? parseLegacyRegistry(load.legacy.value) : [], extent: { rows: 0, columns: 0 } };
  if (load.used.isNullObject) return { exists, legacy, entries: [], extent: { rows: 0, columns: 0 } };
  const values = load.used.values;
  const width = Math.max(0, ...values.map((r) => r.length));
  return {
    exists,
    legacy,
    entries: parseRegister(values),
    extent: { rows: load.used.rowIndex + values.length, columns: load.used.columnIndex + width },
  };
}

/**
 * The one range write that replaces the register's content with `entries`: the rows from A1,
 * padded with "" over whatever the sheet held before (`extent`), so nothing stale remains and the
 * commit is a single operation. Text that Excel would turn into a number or date ("2024-06-30")
 * is written as text.
 */
export function registerWrite(
  entries: readonly OutputEntry[],
  extent: { rows: number; columns: number },
): { address: string; values: ExcelInput[][] } {
  const rows = registerRows(entries);
  const height = Math.max(rows.length, extent.rows);
  const width = Math.max(rows[0].length, extent.columns);
  const values = Array.from({ length: height }, (_, r) => Array.from({ length: width }, (_, c) => toExcelInput(rows[r]?.[c] ?? "").input));
  return { address: a1Range(0, 0, height - 1, width - 1), values };
}
