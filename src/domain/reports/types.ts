import type { WorkbookMapping } from "../model/mapping";
import type { IsoDate, ParsedWorkbook, RawSheet, SheetPlan } from "../model";
import type { Issue } from "../issues";
import type { Ledger } from "../ledger/types";
import type { ReportKind, ReportResults } from "./results";
import type { Scenario } from "../compute/what-if";

export type { ReportKind, ReportResults };

/** Options of one pipeline run (task pane, CLI and demo pass the same). */
export interface PipelineOptions {
  /** First day of the report period (default: 1 January of the `till` year). */
  fran: IsoDate;
  /** Last day of the report period (the "period end", e.g. 2024-06-30). */
  till: IsoDate;
  /** Today's date for title rows; injected so runs are reproducible. */
  idag: IsoDate;
  /** Which report kinds to produce; undefined = every report the workbook's sheets allow. */
  reports?: readonly string[];
  /** Publicering: hide counts below this threshold in tables meant for publication (deltagare). */
  publicering?: { threshold: number } | null;
  /**
   * The mapping saved in the workbook (sheet kinds, columns, aliases), possibly corrected by the user.
   * Undefined = detect everything. Either way the pipeline reconciles it with the sheets as they are now.
   */
  mapping?: WorkbookMapping;
  /** A ledger the host read from a SIE 4 file (`--sie`, the pane's file input), with the reader's findings. */
  ledger?: { ledger: Ledger; issues: Issue[] };
  /** The Nästa år scenario the user chose: the Bidrag report adds next year's medlemsbidrag per medlem from it. */
  nastaAr?: Scenario;
}

/** Everything a report module may read. */
export interface PipelineContext {
  sheets: RawSheet[];
  /** Insatser, Budget, Utfall and Inställningar, parsed once for every module. */
  base: ParsedWorkbook;
  options: PipelineOptions;
  /** The reconciled mapping: which sheet is which kind (modules find their sheets through it). */
  mapping?: WorkbookMapping;
}

/** What one report module returns. */
export interface ModuleOutput<K extends ReportKind = ReportKind> {
  /** JSON-serialisable computed tables (written by `finsam rapport --json`), typed per kind (results.ts). */
  result: ReportResults[K];
  plans: SheetPlan[];
  issues: Issue[];
}

/**
 * A report capability (förbrukningskvot, driftsredovisning, deltagare, rekvisitioner, bidrag, …).
 * `run` returns null when the workbook lacks the sheets the report needs.
 */
export interface ReportModule<K extends ReportKind = ReportKind> {
  kind: K;
  /** Swedish label for UI and CLI listings. */
  label: string;
  run(ctx: PipelineContext): ModuleOutput<K> | null;
}

/** A module of any kind (the pipeline's list): the union of ReportModule<K> over every kind. */
export type AnyReportModule = { [K in ReportKind]: ReportModule<K> }[ReportKind];

export interface PipelineResult {
  base: ParsedWorkbook;
  /** All issues: parse, validation and every module's, sorted by severity, sheet, cell. */
  issues: Issue[];
  /** Computed tables per report kind that ran (a kind is absent when its module lacked its sheets or failed). */
  results: Partial<ReportResults>;
  /** Output sheets, in the order they should appear; the Valideringsrapport last. */
  plans: SheetPlan[];
  /** The mapping the run used, reconciled with the sheets (save it back so the next run is one click). */
  mapping?: WorkbookMapping;
}
