/**
 * A demo session: an .xlsx file loaded into the simulated Excel, the real Excel host over it,
 * and the services the task pane calls. ExcelJS (src/xlsx) is imported lazily so the page's
 * first script stays small.
 */
import { createExcelHost } from "../excel";
import { createSettingsStore } from "../excel/settings-store";
import { ExcelSim } from "../excel-sim";
import type { SheetInit, WorkbookSnapshot } from "../excel-sim";
import { createServices } from "../services";
import { runDiagnostik, type DiagnostikMiljo, type DiagnostikRapport } from "../services/diagnostik";
import type { FinsamHost, FinsamServices } from "../services";

/** Where the dev server and the static build serve the example workbook. */
export const EXAMPLE_URL = "assets/exempel/finsam-exempel-2024.xlsx";
/** The example's report period end. */
export const EXAMPLE_TILL = "2024-06-30";

export interface DemoSession {
  sim: ExcelSim;
  services: FinsamServices;
  /** What was opened, for the header ("Exempel: …", "Öppnad: budget.xlsx"). */
  source: string;
  /** Sheet names when the workbook was opened (new ones are the add-in's output). */
  initialSheets: ReadonlySet<string>;
  initialTill?: string;
  /** Diagnostik against the simulated Excel (the same checks as in real Excel). */
  diagnostik: () => Promise<DiagnostikRapport>;
}

/** What the Diagnostik report says about the demo's Excel. */
export const DEMO_MILJO: DiagnostikMiljo = {
  plattform: "Simulerad Excel (webbdemon)",
  version: "Finsam-simulatorn",
  kravset: Array.from({ length: 12 }, (_, i) => `ExcelApi 1.${i + 1}`),
};

/**
 * The real Excel host over the simulator. `onSelected` runs after a selection (selecting changes
 * no cells, so the simulator's onChange stays quiet and the grid must be told).
 */
export function simHost(sim: ExcelSim, onSelected: () => void = () => undefined): FinsamHost {
  const host = createExcelHost(sim);
  return {
    readSheets: () => host.readSheets(),
    apply: (plans) => host.apply(plans),
    selectCell: async (sheet, cell) => {
      await host.selectCell(sheet, cell);
      onSelected();
    },
    syncCount: () => host.syncCount(),
    settings: createSettingsStore(sim),
  };
}

export interface SessionOptions {
  initialTill?: string;
  /** The opened file's name: a .csv file is read as one sheet (src/xlsx/read-csv.ts). */
  fileName?: string;
  onSelected?: () => void;
}

/** .xlsx bytes (or a Swedish Excel CSV file, by its name) → a session on the simulated Excel. */
export async function openSession(bytes: ArrayBuffer, source: string, options: SessionOptions = {}): Promise<DemoSession> {
  const { xlsxToSimSheets, csvToSimSheets, isCsvFileName } = await import(/* webpackChunkName: "xlsx" */ "../xlsx/index.js");
  if (options.fileName && isCsvFileName(options.fileName))
    return sessionFromSheets(csvToSimSheets(bytes, options.fileName), source, options);
  return sessionFromSheets(await xlsxToSimSheets(bytes), source, options);
}

/** A session over sheets already read from an .xlsx (SimSheetData). */
export function sessionFromSheets(sheets: SheetInit[], source: string, options: SessionOptions = {}): DemoSession {
  const sim = ExcelSim.fromSheets(sheets);
  return {
    sim,
    services: createServices(simHost(sim, options.onSelected)),
    source,
    initialSheets: new Set(sheets.map((s) => s.name)),
    initialTill: options.initialTill,
    diagnostik: () => runDiagnostik(sim, DEMO_MILJO),
  };
}

/** Fetches the bundled example workbook from our own origin. */
export async function fetchExample(): Promise<ArrayBuffer> {
  const res = await fetch(EXAMPLE_URL);
  if (!res.ok) throw new Error(`${EXAMPLE_URL}: HTTP ${res.status}`);
  return res.arrayBuffer();
}

/** The simulated workbook's sheets as the .xlsx writer takes them (values, formulas, number formats, column widths, charts). */
export function snapshotSheets(snapshot: WorkbookSnapshot) {
  return snapshot.sheets.map((s) => ({
    name: s.name,
    values: s.values,
    formulas: s.formulas,
    numberFormats: s.numberFormats,
    visibility: s.visibility as "Visible" | "Hidden" | "VeryHidden",
    columnWidths: s.columnWidths,
    charts: s.charts,
  }));
}

/** The simulated workbook as .xlsx bytes (values, formulas with cached results, number formats, column widths, charts). */
export async function snapshotToXlsx(snapshot: WorkbookSnapshot): Promise<Uint8Array> {
  const { sheetsToXlsx } = await import(/* webpackChunkName: "xlsx" */ "../xlsx/index.js");
  return sheetsToXlsx(snapshotSheets(snapshot));
}

/** Offers bytes as a file download (an object URL clicked through a temporary link). */
export function offerDownload(bytes: Uint8Array, filename: string): void {
  const blob = new Blob([bytes as BlobPart], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
