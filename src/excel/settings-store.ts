/**
 * Workbook settings (`workbook.settings`: key → JSON value, saved with the file and private to the
 * add-in) as a small store for the task pane's remembered choices. Each call is ONE Excel.run with
 * ONE context.sync(), run with `{ delayForCellEdit: true }` so Excel waits while the user edits a cell.
 * Both the real Office.js `Excel` and the simulated Excel satisfy `ExcelApi`.
 */
import type { ExcelApi, ExcelContext, ExcelSetting } from "./office-api";

export interface SettingsStore {
  /** Values of the keys that exist (missing keys are left out); one sync. */
  load(keys: readonly string[]): Promise<Record<string, unknown>>;
  /** Adds the setting or replaces its value; one sync. */
  save(key: string, value: unknown): Promise<void>;
}

export interface SettingsStoreOptions {
  /** Run batches with `{ delayForCellEdit: true }` (default true). */
  delayForCellEdit?: boolean;
}

export function createSettingsStore(api: ExcelApi, options: SettingsStoreOptions = {}): SettingsStore {
  const delay = options.delayForCellEdit ?? true;
  const run = <T>(batch: (context: ExcelContext) => Promise<T>): Promise<T> =>
    delay ? api.run({ delayForCellEdit: true }, batch) : api.run(batch);

  return {
    async load(keys) {
      const unique = [...new Set(keys)];
      if (unique.length === 0) return {};
      return run(async (context) => {
        const items: [string, ExcelSetting][] = unique.map((key) => [
          key,
          context.workbook.settings.getItemOrNullObject(key).load("value"),
        ]);
        await context.sync();
        const values: Record<string, unknown> = {};
        for (const [key, setting] of items) if (!setting.isNullObject) values[key] = setting.value;
        return values;
      });
    },

    async save(key, value) {
      await run(async (context) => {
        context.workbook.settings.add(key, value);
        await context.sync();
      });
    },
  };
}

/** The store over the real Office.js (call after Office.onReady). */
export function createOfficeSettingsStore(): SettingsStore {
  return createSettingsStore(Excel);
}
