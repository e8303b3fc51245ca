import * as fs from "fs";
import * as path from "path";
import { createExcelHost, type ExcelHost, type ExcelHostOptions } from "../../src/excel";
import { ExcelSim, type ExcelSimInit, type SheetInit, type SheetSnapshot } from "../../src/excel-sim";
import { createServices, type FinsamServices } from "../../src/services";
import { xlsxToSimSheets, type SimSheetData } from "../../src/xlsx";

/**
 * The reliability tests' workbook: the example workbook (assets/exempel/finsam-exempel-2024.xlsx, read as the
 * demo reads it) plus the things users keep beside their data — a notes sheet with formulas, number formats and
 * an Excel error, a hidden sheet, a very hidden one, and a sheet the USER named like a report
 * ("Förbrukningskvot 2024-06-30", not written by the add-in, so it must never be replaced).
 * Everything runs through the services and the real Excel host on the simulated Excel.
 */

const EXAMPLE = path.join(__dirname, "..", "..", "assets", "exempel", "finsam-exempel-2024.xlsx");
export const PERIOD = { fran: "2024-01-01", till: "2024-06-30" };
export const NOW = (): Date => new Date(2024, 7, 15);

let cached: SimSheetData[] | undefined;
export async function exampleSheets(): Promise<SimSheetData[]> {
  cached ??= await xlsxToSimSheets(fs.readFileSync(EXAMPLE));
  return structuredClone(cached);
}

export const USER_EXTRAS: SheetInit[] = [
  {
    name: "Anteckningar",
    values: [
      ["Att göra", "Belopp", "Summa"],
      ["Ring Bryggan", 1200, 2400],
      ["Fråga om #REF!", "#REF!", null],
    ],
    formulas: [
      [null, null, null],
      [null, null, "=B2*2"],
      [null, null, null],
    ],
    numberFormats: [
      [null, null, null],
      [null, "#,##0", '#,##0 "kr"'],
      [null, null, null],
    ],
  },
  {
    name: "Gammal budget",
    values: [
      ["Post", "Budget 2019"],
      ["Förvaltning", 3100000],
    ],
    visibility: "Hidden",
  },
  {
    name: "Intern",
    values: [
      ["Nyckel", "Värde"],
      ["x", 1],
    ],
    visibility: "VeryHidden",
  },
  { name: "Förbrukningskvot 2024-06-30", values: [["Min egen kvottabell"], ["Jobbcentrum", 0.72]], numberFormats: [[null], [null, "0%"]] },
];

export interface Rig {
  sim: ExcelSim;
  host: ExcelHost;
  services: FinsamServices;
  /** Ids of every sheet the user had before the add-in ran. */
  userIds: string[];
}

export async function rig(init: Omit<ExcelSimInit, "sheets"> = {}, hostOptions: ExcelHostOptions = {}): Promise<Rig> {
  const sim = new ExcelSim({ ...init, sheets: [...(await exampleSheets()), ...structuredClone(USER_EXTRAS)] });
  const host = createExcelHost(sim, hostOptions);
  const services = createServices(host, { now: NOW });
  return { sim, host, services, userIds: sim.snapshot().sheets.map((s) => s.id) };
}

/** Everything about a sheet a user could lose: name, place, visibility, values, formulas, formats, layout objects. */
export function sheetPrint(s: SheetSnapshot): string {
  return JSON.stringify(s);
}

/** Fingerprints of the given sheets, by id (a missing sheet fingerprints as "gone"). */
export function fingerprints(sim: ExcelSim, ids: readonly string[]): Record<string, string> {
  const byId = new Map(sim.snapshot().sheets.map((s) => [s.id, s]));
  return Object.fromEntries(ids.map((id) => [id, byId.has(id) ? sheetPrint(byId.get(id)!) : "gone"]));
}

/** Names of the add-in's temporary sheets still in the workbook (there must never be any after a run). */
export function tempSheets(sim: ExcelSim): string[] {
  return sim.sheetNames().filter((n) => n.toLowerCase().startsWith("~finsam-"));
}

/** Ids of the sheets that are not the user's (the add-in's output and its register). */
export function outputIds(r: Rig): string[] {
  return r.sim
    .snapshot()
    .sheets.map((s) => s.id)
    .filter((id) => !r.userIds.includes(id));
}
