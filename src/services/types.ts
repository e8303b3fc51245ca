import type { IsoDate, RawSheet, SheetPlan, WorkbookSink, WorkbookSource, WriteReport } from "../domain/model";
import type { Issue, Severity } from "../domain/issues";
import type { Bedomning } from "../domain/compute/rekvisitioner/rekvisitionskontroll";
import type { RekvisitionListRad } from "../domain/compute/rekvisitioner/lista";
import type { PipelineOptions, PipelineResult } from "../domain/reports/types";
import type { MappingService } from "./mapping";
import type { BokforingService, Cp437Decoder } from "./ledger";
import type { NastaArService, Scenario } from "./nasta-ar";
import type { PerioderSvar } from "./perioder";
import type { ReadSheetKind } from "../domain/model/sheet-kinds";

/**
 * Workbook-scoped settings (Excel: `workbook.settings`, saved with the file). The task pane keeps the
 * user's last choices here; it never names Excel itself.
 */
export interface SettingsPort {
  /** Values of the keys that exist (missing keys are left out). */
  load(keys: readonly string[]): Promise<Record<string, unknown>>;
  /** Adds or replaces one setting. */
  save(key: string, value: unknown): Promise<void>;
}

/**
 * What the services need from a host (the Excel host over Office.js or over the simulated Excel).
 * `syncCount` is optional: hosts that count their round trips to Excel (syncs) expose the running total.
 * `settings` is optional: without it the pane does not remember choices.
 */
export interface FinsamHost extends WorkbookSource, WorkbookSink {
  /** Activates `sheet` and selects `cell` (a cell or a range such as "A14:G14"). */
  selectCell(sheet: string, cell: string): Promise<void>;
  syncCount?(): number;
  settings?: SettingsPort;
  /** Finsam's own output sheets as found by the last readSheets, without a sync; undefined when unknown. */
  lastReadOutputs?(): { kind: string; key: string; name: string }[] | undefined;
  /** Finsam's own output sheets (those in the output register); absent in hosts that cannot list them. */
  listOutputs?(): Promise<{ kind: string; key: string; name: string }[]>;
  /** Deletes the named output sheets (all when undefined), never a sheet outside the register; returns the deleted names. */
  removeOutputs?(names?: readonly string[]): Promise<string[]>;
}

/** The period the user chose in the task pane. */
export interface RunPeriod {
  fran: IsoDate;
  till: IsoDate;
}

/** A run's period plus the outputs the user chose. */
export interface RunOptions extends RunPeriod {
  /** Report kinds to write; undefined = every report the workbook allows. The Valideringsrapport is always written. */
  reports?: string[];
  /** Publicering of the deltagare tables: hide counts below the threshold (5 or 3); null/undefined = off. */
  publicering?: { threshold: number } | null;
  /**
   * The scenario chosen under Nästa år: Skapa rapporter adds next year's Bidrag per medlem from it ("Bidrag ÅÅÅÅ <namn>").
   * Undefined = no scenario chosen (the run is as without Nästa år). Kontrollera ignores it.
   */
  nastaAr?: Scenario;
}

/** The steps a long action goes through, in order. */
export type ProgressStep = "lasa" | "kontrollera" | "berakna" | "skriva";

export interface Progress {
  step: ProgressStep;
  /** 1-based position of the step in this action. */
  index: number;
  /** Number of steps of this action. */
  total: number;
}

export type OnProgress = (progress: Progress) => void;

/** A sheet the pipeline would write ("Förbrukningskvot 2024-06-30", …). */
export interface PlannedSheet {
  kind: string;
  name: string;
}

/** A report the add-in can write (checkbox in the pane). */
export interface RapportTyp {
  kind: string;
  label: string;
}

/**
 * What a read sheet was taken as: a kind that is read (the domain's one list, model/sheet-kinds.ts), the
 * multi-year sheet of Beslutsutrymme ("flerarsprognos") or a sheet the add-in wrote ("rapport").
 */
export type BladTyp = ReadSheetKind | "flerarsprognos" | "rapport";

/** A sheet that was read and the kind it was taken as (null: not used by any report). */
export interface BladRad {
  namn: string;
  typ: BladTyp | null;
}

export type IssueCounts = Record<Severity, number>;

export interface Failure {
  ok: false;
  /** Swedish message for the user. */
  message: string;
}

export interface KontrollOk {
  ok: true;
  issues: Issue[];
  antal: IssueCounts;
  /** Sheets "Skapa rapporter" would write. */
  rapporter: PlannedSheet[];
  /** Finsam's existing report sheets that "Skapa rapporter" would replace (same report and period), by name. */
  ersatts: string[];
  /** Names of the sheets that were read. */
  lastaBlad: string[];
  /** Every read sheet with the kind it was taken as, in workbook order. */
  blad: BladRad[];
  /** Report kinds the workbook has data for (the Valideringsrapport not included). */
  tillgangliga: string[];
  /** Round trips to Excel (syncs) used to read, when the host counts them. */
  syncsRead: number | null;
}

export interface RapportOk {
  ok: true;
  written: WriteReport["written"];
  replaced: string[];
  /**
   * With Publicering on: the unmasked "Uppföljning deltagare" sheets still in the workbook beside the published one
   * (counts below the threshold are visible there). Empty otherwise.
   */
  omaskadeKvar: string[];
  issues: Issue[];
  antal: IssueCounts;
  syncsRead: number | null;
  syncsWrite: number;
}

export interface RekvisitionOk {
  ok: true;
  /** Claims, those needing action first (see rekvisitionLista). Empty when the workbook has no rekvisitioner. */
  rader: RekvisitionListRad[];
  antal: Record<Bedomning, number>;
  /** Issues of the Rekvisitioner sheets that are not about one claim (a missing Belopp column …). */
  issues: Issue[];
  syncsRead: number | null;
}

/** Finsam's own report sheets in the workbook. */
export interface RapportbladOk {
  ok: true;
  blad: { kind: string; key: string; name: string }[];
}

export interface BorttagnaOk {
  ok: true;
  /** Names of the sheets that were removed. */
  borttagna: string[];
}

export type KontrollSvar = KontrollOk | Failure;
export type RapportSvar = RapportOk | Failure;
export type RekvisitionSvar = RekvisitionOk | Failure;

/** How the user chose the report period; `periodRange` turns it into dates. */
export type PeriodVal =
  | { typ: "kvartal"; ar: number; nr: 1 | 2 | 3 | 4 }
  | { typ: "halvar"; ar: number; nr: 1 | 2 }
  | { typ: "helar"; ar: number }
  | { typ: "datum"; fran: IsoDate; till: IsoDate };

/** The pane's choices, remembered in the workbook. */
export interface PaneChoices {
  period: PeriodVal;
  /** Report kinds the user unchecked (new kinds are on by default). */
  avvalda: string[];
  /** Publicering threshold for the deltagare tables, or null when off. */
  publicering: 3 | 5 | null;
}

/** The only API the task pane calls. */
export interface FinsamServices {
  /** Reads the workbook and runs every check and report; writes nothing. */
  checkWorkbook(options: RunOptions, onProgress?: OnProgress): Promise<KontrollSvar>;
  /** Reads, runs the pipeline and writes the chosen output sheets. */
  writeReports(options: RunOptions, onProgress?: OnProgress): Promise<RapportSvar>;
  /** Reads the workbook and runs only the Rekvisitionskontroll; writes nothing. */
  checkRekvisitioner(period: RunPeriod, onProgress?: OnProgress): Promise<RekvisitionSvar>;
  /** Selects a cell or range so the user sees what an issue is about; when it could not be shown, a Swedish reason (e.g. the sheet is hidden). */
  selectIssueCell(sheet: string, cell: string): Promise<{ ok: true } | { ok: false; message: string }>;
  /** Every report the add-in can write, in the order they are written. */
  reportKinds(): RapportTyp[];
  /** The choices remembered in the workbook, or null (none saved, unreadable, or no settings). */
  readChoices(): Promise<PaneChoices | null>;
  /** Remembers the choices in the workbook; false when they could not be saved. */
  saveChoices(choices: PaneChoices): Promise<boolean>;
  /** Today's date (injected clock), for default periods and title rows. */
  today(): IsoDate;
  /** The workbook's Räkenskapsår, utfall periods and budget years, for the default period (services/perioder.ts); absent in fakes. */
  perioder?(): Promise<PerioderSvar>;
  /** Finsam's own report sheets (only those in the output register); absent in fakes. */
  outputSheets?(): Promise<RapportbladOk | Failure>;
  /**
   * "Ta bort Finsams rapportblad": removes the named report sheets, or all of them when `names` is undefined. A name
   * that is not one of Finsam's report sheets is ignored, so a user's sheet is never removed. Absent in fakes.
   */
  removeOutputSheets?(names?: readonly string[]): Promise<BorttagnaOk | Failure>;
  /** "Nästa år": the multi-year what-if (src/services/nasta-ar.ts); absent in fakes. */
  nastaAr?: NastaArService;
  /** Step 1's mapping editor (src/services/mapping.ts); absent in fakes and without workbook settings. */
  mapping?: MappingService;
  /** The SIE 4 file picked in the pane (src/services/ledger.ts); absent in fakes. */
  bokforing?: BokforingService;
}

/** The pure pipeline, injectable for tests. */
export type RunPipeline = (sheets: RawSheet[], options: PipelineOptions) => PipelineResult;

export interface ServiceDeps {
  runPipeline?: RunPipeline;
  /** Clock; defaults to the system clock. */
  now?: () => Date;
  /** Lets the UI paint between steps; defaults to a zero timeout. */
  yieldToUi?: () => Promise<void>;
  /** Loads iconv-lite for SIE files in code page 437; defaults to a dynamic import (tests pass the module). */
  loadIconv?: () => Promise<Cp437Decoder>;
}

export type { RekvisitionListRad, Bedomning, SheetPlan };
