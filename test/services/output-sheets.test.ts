/**
 * "Ta bort Finsams rapportblad" and "these sheets will be replaced", through the services over the real Excel host
 * on the simulated Excel with the example workbook: only sheets in the output register are listed or removed.
 */
import * as fs from "fs";
import * as path from "path";
import { createExcelHost } from "../../src/excel";
import { ExcelSim } from "../../src/excel-sim";
import { createServices } from "../../src/services";
import { xlsxToSimSheets, type SimSheetData } from "../../src/xlsx";

const EXAMPLE = path.join(__dirname, "..", "..", "assets", "exempel", "finsam-exempel-2024.xlsx");
const period = { fran: "2024-01-01", till: "2024-06-30" };
const now = () => new Date(2024, 7, 15);

let exampleSheets: SimSheetData[];
beforeAll(async () => {
  exampleSheets = await xlsxToSimSheets(fs.readFileSync(EXAMPLE));
});

function setup() {
  // a user's own copy of a report sits beside the data: it is never in the register, so never ours
  const copy: SimSheetData = { name: "Förbrukningskvot (min kopia)", values: [["Förbrukningskvot – min egen"]] };
  const sim = ExcelSim.fromSheets([...structuredClone(exampleSheets), copy]);
  return { sim, services: createServices(createExcelHost(sim), { now }) };
}

describe("Finsam's own report sheets", () => {
  it("before any run nothing is listed, nothing is replaced and removal removes nothing", async () => {
    const { sim, services } = setup();
    const before = sim.sheetNames();
    expect(await services.outputSheets!()).toEqual({ ok: true, blad: [] });
    const check = await services.checkWorkbook(period);
    if (!check.ok) throw new Error(check.message);
    expect(check.ersatts).toEqual([]);
    expect(await services.removeOutputSheets!()).toEqual({ ok: true, borttagna: [] });
    expect(sim.sheetNames()).toEqual(before);
  });

  it("after a run: Kontrollera names the sheets a re-run replaces; removal takes exactly the written sheets", async () => {
    const { sim, services } = setup();
    const userSheets = sim.sheetNames();
    const svar = await services.writeReports(period);
    if (!svar.ok) throw new Error(svar.message);
    const written = svar.written.map((w) => w.name);
    expect(written).toContain("Förbrukningskvot 2024-06-30");

    const listed = await services.outputSheets!();
    expect(listed.ok && listed.blad.map((b) => b.name).sort()).toEqual([...written].sort());

    const check = await services.checkWorkbook(period);
    if (!check.ok) throw new Error(check.message);
    expect([...check.ersatts].sort()).toEqual([...written].sort());
    // another period: only the period-less sheets (Valideringsrapport …) are replaced
    const other = await services.checkWorkbook({ fran: "2024-01-01", till: "2024-03-31" });
    if (!other.ok) throw new Error(other.message);
    expect(other.ersatts).toContain("Valideringsrapport");
    expect(other.ersatts).not.toContain("Förbrukningskvot 2024-06-30");

    const removed = await services.removeOutputSheets!();
    expect(removed.ok && [...removed.borttagna].sort()).toEqual([...written].sort());
    // the very hidden register stays (now empty); every other sheet is the user's, as before the run
    expect(sim.sheetNames().filter((n) => n !== "FinsamRegister")).toEqual(userSheets);
    expect(userSheets).toContain("Förbrukningskvot (min kopia)");
    expect(await services.outputSheets!()).toEqual({ ok: true, blad: [] });
  });

  it("removal of one named sheet leaves the other reports and the register in step", async () => {
    const { sim, services } = setup();
    const svar = await services.writeReports(period);
    if (!svar.ok) throw new Error(svar.message);
    const removed = await services.removeOutputSheets!(["Förbrukningskvot 2024-06-30", "Insatser"]);
    expect(removed).toEqual({ ok: true, borttagna: ["Förbrukningskvot 2024-06-30"] });
    expect(sim.sheetNames()).toContain("Insatser");
    const listed = await services.outputSheets!();
    expect(listed.ok && listed.blad.map((b) => b.name)).toEqual(
      svar.written.map((w) => w.name).filter((n) => n !== "Förbrukningskvot 2024-06-30"),
    );
  });
});

describe("Publicering beside the unmasked Uppföljning deltagare sheet", () => {
  it("a published run names the unmasked sheet still in the workbook, and removing it takes only that sheet", async () => {
    const { sim, services } = setup();
    const first = await services.writeReports(period);
    if (!first.ok) throw new Error(first.message);
    const omaskad = first.written.find((w) => w.name.startsWith("Uppföljning deltagare"))!.name;
    expect(first.omaskadeKvar).toEqual([]);

    const published = await services.writeReports({ ...period, publicering: { threshold: 5 } });
    if (!published.ok) throw new Error(published.message);
    expect(published.written.map((w) => w.name)).toContainEqual(expect.stringMatching(/^Publicering deltagare/));
    expect(published.omaskadeKvar).toEqual([omaskad]);

    const removed = await services.removeOutputSheets!(published.omaskadeKvar);
    expect(removed).toEqual({ ok: true, borttagna: [omaskad] });
    expect(sim.sheetNames()).not.toContain(omaskad);
    expect(sim.sheetNames()).toEqual(expect.arrayContaining(published.written.map((w) => w.name)));

    const again = await services.writeReports({ ...period, publicering: { threshold: 5 } });
    expect(again.ok && again.omaskadeKvar).toEqual([]);
  });

  it("without Publicering nothing is said about the unmasked sheet", async () => {
    const { services } = setup();
    await services.writeReports(period);
    const second = await services.writeReports(period);
    expect(second.ok && second.omaskadeKvar).toEqual([]);
  });
});
