import type { IsoDate, Issue, RawSheet, Severity, SheetPlan, WorkbookSink, WorkbookSource, WriteReport } from "../domain/model";
import type { PipelineOptions, PipelineResult } from "../domain/pipeline-types";

/**
 * What the services need from a host (the Excel host over Office.js or over the simulated Excel).
 * `syncCount` is optional: hosts that count context.sync() calls expose the running total.
 */
export interface FinsamHost extends WorkbookSource, WorkbookSink {
  selectCell(sheet: string, cell: string): Promise<void>;
  syncCount?(): number;
}

/** The period the user chose in the task pane. */
export interface RunPeriod {
  fran: IsoDate;
  till: IsoDate;
}

/** A sheet the pipeline would write ("Förbrukningskvot 2024-06-30", …). */
export interface PlannedSheet {
  kind: string;
  name: string;
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
  /** Names of the sheets that were read. */
  lastaBlad: string[];
  /** context.sync() calls used to read, when the host counts them. */
  syncsRead: number | null;
}

export interface RapportOk {
  ok: true;
  written: WriteReport["written"];
  replaced: string[];
  issues: Issue[];
  antal: IssueCounts;
  syncsRead: number | null;
  syncsWrite: number;
}

export type KontrollSvar = KontrollOk | Failure;
export type RapportSvar = RapportOk | Failure;

/** The only API the task pane calls. */
export interface FinsamServices {
  /** Reads the workbook and runs the pipeline; writes nothing. */
  kontrollera(period: RunPeriod): Promise<KontrollSvar>;
  /** Reads, runs the pipeline and writes every output sheet. */
  skapaRapporter(period: RunPeriod): Promise<RapportSvar>;
  /** Selects a cell so the user sees what an issue is about; false when it could not be shown. */
  visaCell(sheet: string, cell: string): Promise<boolean>;
  /** Today's date (injected clock), for default periods and title rows. */
  idag(): IsoDate;
}

/** The pure pipeline, injectable for tests. */
export type RunPipeline = (sheets: RawSheet[], options: PipelineOptions) => PipelineResult;

export interface ServiceDeps {
  runPipeline?: RunPipeline;
  /** Clock; defaults to the system clock. */
  now?: () => Date;
}

export type { SheetPlan };
