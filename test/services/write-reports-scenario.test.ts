/**
 * "Skapa rapporter" with the scenario chosen under Nästa år (issue 13 item 4): writeReports passes it to the pipeline
 * (PipelineOptions.nastaAr) and the Bidrag report writes next year's medlemsbidrag per medlem from it, saying so on
 * the sheet. Without a chosen scenario the run is as before. The services run over the real Excel host on the simulated
 * Excel with the example workbook (Uppsala: Prel 2025 medlemsavgifter 23 428 tkr).
 */
import * as fs from "fs";
import * as path from "path";
import { createExcelHost } from "../../src/excel";
import { ExcelSim } from "../../src/excel-sim";
import { createServices } from "../../src/services";
import type { Scenario } from "../../src/services/nasta-ar";
import type { PipelineOptions, PipelineResult } from "../../src/domain/reports/types";
import { xlsxToSimSheets, type SimSheetData } from "../../src/xlsx";
import { runPipeline } from "../../src/domain/pipeline/pipeline";

const EXAMPLE = path.join(__dirname, "..", "..", "assets", "exempel", "finsam-exempel-2024.xlsx");
const period = { fran: "2024-01-01", till: "2024-06-30" };
const now = () => new Date(2024, 9, 24);

let exampleSheets: SimSheetData[];
beforeAll(async () => {
  exampleSheets = await xlsxToSimSheets(fs.readFileSync(EXAMPLE));
});

function setup() {
  const sim = ExcelSim.fromSheets(structuredClone(exampleSheets));
  const seen: PipelineOptions[] = [];
  const services = createServices(createExcelHost(sim), {
    now,
    runPipeline: (sheets, options): PipelineResult => (seen.push(options), runPipeline(sheets, options)),
  });
  return { sim, services, seen };
}

/** Helår per medlem on a written Bidrag sheet (header on row 5). */
function helar(sim: ExcelSim, sheet: string, medlem: string): unknown {
  const values = sim.sheet(sheet)?.values ?? [];
  const c = values[4]?.findIndex((h) => String(h).startsWith("Helår")) ?? -1;
  return values.find((r, i) => i > 4 && r[0] === medlem)?.[c];
}

const PLUS_2: Scenario = { name: "Plus 2 %", levers: [{ kind: "medlemsavgifter", ar: 2025, procent: 0.02 }] };

describe("writeReports with the Nästa år scenario", () => {
  it("passes the scenario to the pipeline and writes Bidrag 2025 <scenario>: 23 896 560 → Försäkringskassan/Arbetsförmedlingen 11 948 280", async () => {
    const { sim, services, seen } = setup();
    const svar = await services.writeReports({ ...period, nastaAr: PLUS_2 });
    if (!svar.ok) throw new Error(svar.message);
    expect(seen[0].nastaAr).toEqual(PLUS_2);
    expect(svar.written.map((w) => w.name)).toEqual(expect.arrayContaining(["Bidrag 2024", "Bidrag 2025 Plus 2 %"]));
    const title = String(sim.sheet("Bidrag 2025 Plus 2 %")?.values[0][0]);
    expect(title).toContain('Bidrag per medlem 2025 enligt scenariot "Plus 2 %"');
    expect(helar(sim, "Bidrag 2025 Plus 2 %", "Försäkringskassan/Arbetsförmedlingen")).toBe(11_948_280);
    expect(helar(sim, "Bidrag 2025 Plus 2 %", "Region Uppsala")).toBe(5_974_140);
    expect(helar(sim, "Bidrag 2025 Plus 2 %", "Totalt")).toBe(23_896_560);
    // This year's sheet is unchanged by the scenario.
    expect(helar(sim, "Bidrag 2024", "Försäkringskassan/Arbetsförmedlingen")).toBe(11_661_000);
  }, 30_000);

  it("a scenario without levers follows the flerårsprognos: Prel 2025 → 11 714 000 / 5 857 000", async () => {
    const { sim, services } = setup();
    const svar = await services.writeReports({ ...period, nastaAr: { name: "Alt 1", levers: [] } });
    if (!svar.ok) throw new Error(svar.message);
    expect(helar(sim, "Bidrag 2025 Alt 1", "Försäkringskassan/Arbetsförmedlingen")).toBe(11_714_000);
    expect(helar(sim, "Bidrag 2025 Alt 1", "Region Uppsala")).toBe(5_857_000);
    expect(helar(sim, "Bidrag 2025 Alt 1", "Summa kommuner")).toBe(5_857_000);
  }, 30_000);

  it("without a chosen scenario the run is as before: no nastaAr option and no Bidrag 2025 sheet", async () => {
    const { sim, services, seen } = setup();
    const svar = await services.writeReports(period);
    if (!svar.ok) throw new Error(svar.message);
    expect(seen[0]).not.toHaveProperty("nastaAr");
    expect(sim.sheetNames().some((n) => n.startsWith("Bidrag 2025"))).toBe(false);
  }, 30_000);

  it("Kontrollera does not take the scenario (it writes nothing, and its list of reports stays this year's)", async () => {
    const { services, seen } = setup();
    await services.checkWorkbook({ ...period, nastaAr: PLUS_2 });
    expect(seen[0]).not.toHaveProperty("nastaAr");
  }, 30_000);
});
