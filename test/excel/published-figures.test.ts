/**
 * The published figures (domain.md §3.1, §3.2) through the Excel host on the simulated Excel — the path the
 * add-in takes in Excel — from the same .xlsx fixtures the CLI tests use, asserting the written sheets' cells
 * (as Excel would show them: kronor displayed as whole tkr, kvoter as whole %) and the sync counts.
 */
import * as fs from "fs";
import * as path from "path";
import { createExcelHost } from "../../src/excel";
import { ExcelSim } from "../../src/excel-sim";
import { createServices } from "../../src/services";
import type { CellValue } from "../../src/domain/model";
import { xlsxToSimSheets } from "../../src/xlsx";

const FIXTURES = path.join(__dirname, "..", "fixtures");
const now = () => new Date(2026, 10, 24);

async function writeReports(file: string, fran: string, till: string) {
  const sim = ExcelSim.fromSheets(await xlsxToSimSheets(fs.readFileSync(path.join(FIXTURES, file))));
  const services = createServices(createExcelHost(sim), { now });
  const svar = await services.writeReports({ fran, till, reports: ["forbrukningskvot", "driftsredovisning"] });
  if (!svar.ok) throw new Error(svar.message);
  return { sim, svar };
}

/** Cells of a written sheet by row label and header text (the header row is the one holding `header`). */
function table(sim: ExcelSim, sheetName: string) {
  const values = sim.sheet(sheetName)!.values;
  const cell = (label: string, header: string): CellValue => {
    // The table's header row: several filled cells, one of them naming the column (title rows hold one text).
    const filled = (r: CellValue[]) => r.filter((v) => v !== null && v !== "").length;
    const headerRow = values.find((r) => filled(r) >= 4 && r.some((v) => typeof v === "string" && v.startsWith(header)))!;
    const col = headerRow.findIndex((v) => typeof v === "string" && v.startsWith(header));
    const row = values.find((r) => typeof r[0] === "string" && r[0].startsWith(label))!;
    return row[col];
  };
  return { cell };
}

const pct = (v: CellValue) => Math.round((v as number) * 100);
const tkr = (v: CellValue) => Math.round((v as number) / 1000);

describe("published figures through the Excel host (simulated Excel)", () => {
  it("Uppsala 2024-06-30: kvot 72 %, 93 %, 110 %; driftsredovisning −10 329 / −9 628 / 701 and −1 480 / −620 / 860 tkr; 2 + 2 syncs", async () => {
    const { sim, svar } = await writeReports("uppsala-2024-q2.xlsx", "2024-01-01", "2024-06-30");
    expect(svar.syncsRead).toBeLessThanOrEqual(2);
    expect(svar.syncsWrite).toBeLessThanOrEqual(2);
    const kvot = table(sim, "Förbrukningskvot 2024-06-30");
    expect(pct(kvot.cell("Jobbcentrum", "Förbrukningskvot"))).toBe(72);
    expect(pct(kvot.cell("Framsteget", "Förbrukningskvot"))).toBe(93);
    expect(pct(kvot.cell("Lokussamordnare Uppsala", "Förbrukningskvot"))).toBe(110);
    const drift = table(sim, "Driftsredovisning 2024-06-30");
    const row = (label: string) => ["Budget", "Utfall", "Avvikelse"].map((h) => tkr(drift.cell(label, h)));
    expect(row("Jobbcentrum")).toEqual([-1326, -955, 371]);
    expect(row("Summa samverkansinsatser")).toEqual([-10329, -9628, 701]);
    expect(row("Periodens resultat")).toEqual([-1480, -620, 860]);
  });

  it("Uppsala helår 2021: Enköping 91 %, Knivsta 71 %, Digital plattform 48 %, total 15 487 / 18 591 → 83 %", async () => {
    const { sim } = await writeReports("uppsala-2021-helar.xlsx", "2021-01-01", "2021-12-31");
    const kvot = table(sim, "Förbrukningskvot 2021-12-31");
    expect(pct(kvot.cell("Jobbcentrum-Ung Rehab", "Förbrukningskvot"))).toBe(91);
    expect(pct(kvot.cell("En väg in - flera vägar ut", "Förbrukningskvot"))).toBe(71);
    expect(pct(kvot.cell("Digital plattform", "Förbrukningskvot"))).toBe(48);
    expect([tkr(kvot.cell("Totalt", "Utfall")), tkr(kvot.cell("Totalt", "Periodiserad budget"))]).toEqual([15487, 18591]);
    expect(pct(kvot.cell("Totalt", "Förbrukningskvot"))).toBe(83);
  });
});
