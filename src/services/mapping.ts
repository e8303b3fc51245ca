/**
 * Step "1. Data" behind the task pane: what the add-in detected in the förbund's own sheets (kind and columns,
 * with confidence), the user's corrections, the mapping saved in the workbook (document settings, through a
 * MappingStore) so the next run is one click, and "Skapa mallar". The workbook is read ONCE per readMapping;
 * corrections are pure and instant; only saveMapping (settings) and writeTemplates (new sheets) write.
 * A saved mapping whose sheet has another layout now is not used as is: reconcileMapping detects the sheet
 * again and the view carries its LAYOUT_ANDRAD issue until the user saves the mapping again.
 * Never throws: host failures come back as `{ ok: false, message }` in Swedish.
 */
import {
  correctColumn,
  correctSheetKind,
  detectSheetAs,
  detectWorkbook,
  LAYOUT_ANDRAD,
  MAPPING_SETTING_KEY,
  parseMapping,
  reconcileMapping,
  serializeMapping,
  setSheetUse,
  type SheetKind,
  type WorkbookMapping,
} from "../domain/detect";
import { applySizeLimits } from "../domain/issues/limits";
import type { RawSheet, SheetPlan, WriteReport } from "../domain/model";
import type { Issue } from "../domain/issues";
import { parseBase } from "../domain/parse/base/parse-base";
import { closestName, normalizeName } from "../domain/text/names";
import type { PipelineOptions, PipelineResult } from "../domain/reports/types";
import { planMallar } from "../domain/plan/mallar";
import { describeError } from "./errors";
import { columnPatch, periodPatch, sameJson, sameMapping, sheetView, unitPatch, type MappningVy } from "./mapping-view";
import { applyMappingEdit, type MappingEdit } from "./mapping-edits";
import { isoFromLocalDate } from "./period";
import type { Failure, SettingsPort } from "./types";

export type { SheetKind, WorkbookMapping } from "../domain/detect";
export type { MappingEdit } from "./mapping-edits";
export { BLADTYPER, sakerhet, type BladVy, type KolumnVy, type MappningVy, type RollVal, type Sakerhet } from "./mapping-view";

/** Where the mapping is kept: one JSON text (serializeMapping) in the workbook's document settings. */
export interface MappingStore {
  load(): Promise<string | null>;
  save(json: string): Promise<void>;
}

/** A MappingStore in memory (tests, and a workbook that cannot keep settings). */
export function createMemoryMappingStore(initial: string | null = null): MappingStore {
  let json = initial;
  return { load: async () => json, save: async (text) => void (json = text) };
}

/** The mapping in the workbook's settings under MAPPING_SETTING_KEY (Excel: createSettingsStore(Excel)). */
export function settingsMappingStore(settings: SettingsPort): MappingStore {
  return {
    async load() {
      const value = (await settings.load([MAPPING_SETTING_KEY]))[MAPPING_SETTING_KEY];
      return value === undefined || value === null ? null : typeof value === "string" ? value : JSON.stringify(value);
    },
    save: (json) => settings.save(MAPPING_SETTING_KEY, json),
  };
}

/** The part of a host the mapping step needs (FinsamHost satisfies it). */
export interface MappingHost {
  readSheets(): Promise<RawSheet[]>;
  apply(plans: SheetPlan[]): Promise<WriteReport>;
  syncCount?(): number;
}

export interface MappingDeps {
  /** Clock for the templates' example year and keys; defaults to the system clock. */
  now?: () => Date;
}

export type MappningSvar = ({ ok: true; syncsRead: number | null } & MappningVy) | Failure;

export type MallarSvar = { ok: true; written: string[]; skipped: { name: string; reason: string }[]; syncsWrite: number } | Failure;

export interface MappingService {
  /** Reads the workbook once, loads the saved mapping and reconciles it with the sheets (detectWorkbook). */
  readMapping(): Promise<MappningSvar>;
  /** Reads `sheet` as `kind` (its columns are detected for that kind). Not saved until saveMapping. */
  correctSheetKind(sheet: string, kind: SheetKind): MappningSvar;
  /** Gives one column (letter) a role: a value of the sheet's `roles` ("post", "belopp:utfall", "ignorera" …). */
  correctColumn(sheet: string, column: string, role: string): MappningSvar;
  /** Whether the sheet is read; another sheet of a single-use kind is switched off. */
  setSheetUse(sheet: string, on: boolean): MappningSvar;
  /** Gives an amount column the period or year the user typed ("2024-H1", "2024", "2024-01-01 - 2024-06-30"; "" = none). */
  setColumnPeriod(sheet: string, column: string, text: string): MappningSvar;
  /** Gives an amount column its unit: 1 (kr), 1000 (tkr), 1 000 000 (mkr). */
  setColumnUnit(sheet: string, column: string, factor: number): MappningSvar;
  /** Header row, insats column, Grupp column, row marks and aliases (mapping-edits.ts). Not saved until saveMapping. */
  editMapping(e: MappingEdit): MappningSvar;
  /** Saves the mapping (default: the corrected one) in the workbook. */
  saveMapping(mapping?: WorkbookMapping): Promise<MappningSvar>;
  /** Writes the standard template sheets the workbook lacks; never touches existing sheets. */
  writeTemplates(): Promise<MallarSvar>;
}

export const MAPPING_TEXT = {
  lasFel: "Kunde inte läsa arbetsboken",
  lasSparadFel: "Kunde inte läsa den sparade mappningen",
  lasForst: "Läs in arbetsboken först.",
  okandBlad: (sheet: string) => `Bladet "${sheet}" finns inte i den inlästa arbetsboken. Läs in arbetsboken igen.`,
  okandRoll: (role: string, sheet: string) => `"${role}" är inte ett val för en kolumn på bladet "${sheet}".`,
  ingenLagring: "Mappningen kan inte sparas i den här arbetsboken.",
  ogiltig: "Mappningen kan inte sparas",
  sparaFel: "Kunde inte spara mappningen",
  mallFel: "Kunde inte skriva mallarna (inga blad ändrades)",
  mallPlanFel: "Mallarna kunde inte förberedas",
} as const;

/** The first text of an Excel row of the sheet ("Summa projekt"), for the row marks in the pane. */
function rowTextOf(sheet: RawSheet | undefined): (row: number) => string {
  return (row) => {
    const values = sheet?.values[row - 1 - (sheet?.origin.row ?? 0)] ?? [];
    const t = values.find((v) => v !== null && v !== undefined && String(v).trim() !== "");
    return t === undefined ? "" : String(t).trim();
  };
}

/**
 * Why an alias cannot point at `insats`: the workbook read through `mapping` has insatser and none of them is
 * called so (ignoring case, spacing and punctuation), with the closest name; null when it is one of them, or
 * when the workbook gives no insatser to check against.
 */
function unknownInsats(sheets: RawSheet[], mapping: WorkbookMapping, insats: string): string | null {
  let names: string[];
  try {
    names = parseBase(sheets, mapping).base.insatser.flatMap((i) => [i.insats, ...(i.namn ? [i.namn] : [])]);
  } catch {
    return null;
  }
  if (names.length === 0 || names.some((n) => normalizeName(n) === normalizeName(insats))) return null;
  const guess = closestName(insats, names);
  const where = mapping.sheets.find((m) => m.kind === "insatser" && m.use)?.sheet;
  return `Arbetsboken har ingen insats "${insats.trim()}".${guess ? ` Menade du "${guess}"?` : ""} Skriv insatsens namn som det står${where ? ` på bladet ${where}` : " i arbetsboken"}.`;
}

const fail = (what: string, e: unknown): Failure => ({ ok: false, message: `${what}: ${describeError(e)}` });

interface Saved {
  state: MappningVy["saved"];
  reason?: string;
  mapping?: WorkbookMapping;
}

/** The saved mapping as found in the store (text → parseMapping; an unreadable one gives its reason). */
async function loadSaved(store: MappingStore | null): Promise<Saved> {
  const text = store ? await store.load() : null;
  if (text === null || text.trim() === "") return { state: "ingen" };
  const parsed = parseMapping(text);
  return parsed.kind === "ok" ? { state: "sparad", mapping: parsed.mapping } : { state: "olaslig", reason: parsed.reason };
}

interface State {
  sheets: RawSheet[];
  /** What detection alone gives (no saved mapping): the baseline a correction is compared with. */
  detected: WorkbookMapping;
  draft: WorkbookMapping;
  issues: Issue[];
  saved: Saved;
  syncsRead: number | null;
}

export function createMappingService(host: MappingHost, store: MappingStore | null, deps: MappingDeps = {}): MappingService {
  const now = deps.now ?? (() => new Date());
  const syncs = () => (host.syncCount ? host.syncCount() : null);
  let state: State | null = null;

  function svar(s: State): MappningSvar {
    /** Detection alone, for the sheet as the kind it is read as now (the columns a correction is compared with). */
    const baseline = (sheet: string, kind: SheetKind) => {
      const auto = s.detected.sheets.find((m) => m.sheet === sheet);
      if (auto && auto.kind === kind) return { detectedKind: auto.kind, base: auto };
      const raw = s.sheets.find((r) => r.name === sheet);
      return { detectedKind: auto?.kind, base: raw ? detectSheetAs(raw, kind) : undefined };
    };
    const layout = (sheet: string) => s.issues.find((i) => i.code === LAYOUT_ANDRAD && i.sheet === sheet);
    return {
      ok: true,
      syncsRead: s.syncsRead,
      mapping: s.draft,
      sheets: s.draft.sheets.map((m) => {
        const { detectedKind, base } = baseline(m.sheet, m.kind);
        return sheetView(m, base, detectedKind, layout(m.sheet), rowTextOf(s.sheets.find((r) => r.name === m.sheet)));
      }),
      issues: s.issues,
      saved: s.saved.state,
      ...(s.saved.reason ? { savedReason: s.saved.reason } : {}),
      unsaved: !s.saved.mapping || !sameMapping(s.draft, s.saved.mapping),
    };
  }

  /** Applies a pure edit to the draft; a failure when nothing is read or the sheet is unknown. */
  function edit(sheet: string, f: (s: State) => WorkbookMapping | Failure): MappningSvar {
    if (!state) return { ok: false, message: MAPPING_TEXT.lasForst };
    if (!state.draft.sheets.some((m) => m.sheet === sheet)) return { ok: false, message: MAPPING_TEXT.okandBlad(sheet) };
    const next = f(state);
    if ("ok" in next) return next;
    state = { ...state, draft: next };
    return svar(state);
  }

  return {
    async readMapping() {
      const before = syncs();
      let read: RawSheet[];
      try {
        read = await host.readSheets();
      } catch (e) {
        return fail(MAPPING_TEXT.lasFel, e);
      }
      const after = syncs();
      let saved: Saved;
      try {
        saved = await loadSaved(store);
      } catch (e) {
        saved = { state: "olaslig", reason: `${MAPPING_TEXT.lasSparadFel}: ${describeError(e)}` };
      }
      try {
        const { sheets, issues: sizeIssues } = applySizeLimits(read);
        const { mapping, issues } = reconcileMapping(sheets, saved.mapping);
        const syncsRead = before === null || after === null ? null : after - before;
        state = { sheets, detected: detectWorkbook(sheets), draft: mapping, issues: [...sizeIssues, ...issues], saved, syncsRead };
        return svar(state);
      } catch (e) {
        return fail(MAPPING_TEXT.lasFel, e);
      }
    },

    correctSheetKind: (sheet, kind) => edit(sheet, (s) => correctSheetKind(s.draft, s.sheets, sheet, kind)),

    correctColumn: (sheet, column, role) =>
      edit(sheet, (s) => {
        const m = s.draft.sheets.find((x) => x.sheet === sheet)!;
        const patch = columnPatch(m, column, role);
        return patch ? correctColumn(s.draft, sheet, column, patch) : { ok: false, message: MAPPING_TEXT.okandRoll(role, sheet) };
      }),

    setSheetUse: (sheet, on) => edit(sheet, (s) => setSheetUse(s.draft, sheet, on)),

    setColumnPeriod: (sheet, column, text) =>
      edit(sheet, (s) => {
        const patch = periodPatch(
          s.draft.sheets.find((x) => x.sheet === sheet)!,
          column,
          text,
        );
        return "error" in patch ? { ok: false, message: patch.error } : correctColumn(s.draft, sheet, column, patch);
      }),

    setColumnUnit: (sheet, column, factor) =>
      edit(sheet, (s) => {
        const patch = unitPatch(factor);
        return "error" in patch ? { ok: false, message: patch.error } : correctColumn(s.draft, sheet, column, patch);
      }),

    editMapping(e) {
      if (!state) return { ok: false, message: MAPPING_TEXT.lasForst };
      const next = applyMappingEdit(state.draft, state.sheets, e);
      if ("error" in next) return { ok: false, message: next.error };
      if (e.typ === "alias" && e.insats !== null) {
        const unknown = unknownInsats(state.sheets, next, e.insats);
        if (unknown) return { ok: false, message: unknown };
      }
      state = { ...state, draft: next };
      return svar(state);
    },

    async saveMapping(mapping) {
      if (!state) return { ok: false, message: MAPPING_TEXT.lasForst };
      if (!store) return { ok: false, message: MAPPING_TEXT.ingenLagring };
      const m = mapping ?? state.draft;
      const json = serializeMapping(m);
      const check = parseMapping(json);
      if (check.kind === "error") return { ok: false, message: `${MAPPING_TEXT.ogiltig}: ${check.reason}` };
      try {
        await store.save(json);
      } catch (e) {
        return fail(MAPPING_TEXT.sparaFel, e);
      }
      // The saved fingerprints are the sheets' headers as they are now: the layout warnings are answered.
      state = { ...state, draft: m, saved: { state: "sparad", mapping: m }, issues: state.issues.filter((i) => i.code !== LAYOUT_ANDRAD) };
      return svar(state);
    },

    async writeTemplates() {
      let sheets: RawSheet[];
      try {
        sheets = await host.readSheets();
      } catch (e) {
        return fail(MAPPING_TEXT.lasFel, e);
      }
      let plans: SheetPlan[];
      let skipped: { name: string; reason: string }[];
      try {
        const known = state?.draft ?? (await loadSaved(store)).mapping;
        const { mapping } = reconcileMapping(sheets, known);
        const forbund = parseBase(sheets, mapping).base.installningar.forbund;
        ({ plans, skipped } = planMallar({
          existing: sheets.map((s) => s.name),
          mapping,
          idag: isoFromLocalDate(now()),
          ...(forbund ? { forbund } : {}),
        }));
      } catch (e) {
        return fail(MAPPING_TEXT.mallPlanFel, e);
      }
      if (plans.length === 0) return { ok: true, written: [], skipped, syncsWrite: 0 };
      try {
        const report = await host.apply(plans);
        return { ok: true, written: report.written.map((w) => w.name), skipped, syncsWrite: report.syncs };
      } catch (e) {
        return fail(MAPPING_TEXT.mallFel, e);
      }
    },
  };
}

/**
 * The saved mapping in the report runs (checkWorkbook, writeReports): `withSaved` adds it to the pipeline's
 * options; `remember` saves the run's reconciled mapping back when it differs from the saved one — but not
 * while a sheet's layout changed (LAYOUT_ANDRAD, or a sheet's header fingerprint differs from the saved one):
 * then the user checks the mapping in step 1 and saves it.
 * Both swallow store failures: a run never fails because settings could not be read or written.
 */
export interface SavedMapping {
  withSaved(options: PipelineOptions): Promise<PipelineOptions>;
  remember(result: PipelineResult): Promise<boolean>;
}

/** True when a sheet of both mappings was made from other header cells (its layout changed since `saved`). */
function layoutChanged(saved: WorkbookMapping, now: WorkbookMapping): boolean {
  return saved.sheets.some((old) => {
    const m = now.sheets.find((x) => x.sheet === old.sheet);
    return m !== undefined && !sameJson(old.fingerprint, m.fingerprint);
  });
}

export function createSavedMapping(store: MappingStore): SavedMapping {
  let last: WorkbookMapping | undefined;
  return {
    async withSaved(options) {
      try {
        last = (await loadSaved(store)).mapping;
      } catch {
        last = undefined;
      }
      return last ? { ...options, mapping: last } : options;
    },
    async remember(result) {
      const now = result.mapping;
      if (!now || result.issues.some((i) => i.code === LAYOUT_ANDRAD)) return false;
      if (last && (sameMapping(now, last) || layoutChanged(last, now))) return false;
      try {
        await store.save(serializeMapping(now));
        last = now;
        return true;
      } catch {
        return false;
      }
    },
  };
}
