import { createMappingService } from "../../src/services/mapping";
import { createNastaArService } from "../../src/services/nasta-ar";
import { fingerprints, NOW, outputIds, PERIOD, rig, tempSheets, type Rig } from "./setup";

type ExcelWs = { getRange(a: string): { values: unknown[][]; formulas: unknown[][]; numberFormat: unknown[][] } };

/**
 * Never lose a user's work: every kind of run — Kontrollera, Skapa rapporter (first time, again, for another
 * period, after the user edited or renamed a report, after a report was deleted), Visa cell — leaves every sheet
 * the user had exactly as it was: values, formulas, number formats, styles, tables, names, places, visibility.
 * That includes the user's own sheet called "Förbrukningskvot 2024-06-30": the add-in replaces only sheets it wrote.
 */

async function ok<T extends { ok: boolean }>(p: Promise<T>): Promise<T> {
  const svar = await p;
  if (!svar.ok) throw new Error(`run failed: ${(svar as unknown as { message: string }).message}`);
  return svar;
}

type Step = [name: string, act: (r: Rig) => Promise<unknown>];

const STEPS: Step[] = [
  ["Kontrollera", (r) => ok(r.services.checkWorkbook(PERIOD))],
  ["Skapa rapporter (första gången)", (r) => ok(r.services.writeReports(PERIOD))],
  ["Skapa rapporter igen (ersätter sina egna blad)", (r) => ok(r.services.writeReports(PERIOD))],
  ["Skapa rapporter för en annan period", (r) => ok(r.services.writeReports({ fran: "2024-01-01", till: "2024-03-31" }))],
  ["Skapa rapporter med Publicering (tröskel 5)", (r) => ok(r.services.writeReports({ ...PERIOD, publicering: { threshold: 5 } }))],
  ["Skapa rapporter, bara några rapporter", (r) => ok(r.services.writeReports({ ...PERIOD, reports: ["forbrukningskvot", "bidrag"] }))],
  ["Kontrollera rekvisitioner", (r) => ok(r.services.checkRekvisitioner(PERIOD))],
  ["Spara och läs valen", async (r) => r.services.readChoices().then(async (v) => (v ? r.services.saveChoices(v) : false))],
  [
    "Läs mappningen och skapa mallar som saknas",
    async (r) => {
      const m = createMappingService(r.host, null, { now: NOW });
      await ok(m.readMapping());
      return ok(m.writeTemplates());
    },
  ],
  [
    "Nästa år: skriv ett scenario",
    async (r) => {
      const n = createNastaArService(r.host, { now: NOW });
      const modell = await n.readModel();
      if (!modell.ok) throw new Error(`readModel: ${modell.message}`);
      return ok(n.writeScenario(modell, { name: "Prövning", levers: [] }));
    },
  ],
  ["Visa cell (Utfall!C46)", (r) => r.services.selectIssueCell("Utfall", "C46")],
  ["Visa cell på ett blad som inte finns", (r) => r.services.selectIssueCell("Finns inte", "A1")],
  [
    "Skapa rapporter efter att användaren skrivit i en rapport och döpt om en annan",
    async (r) => {
      await r.sim.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem("Driftsredovisning 2024-06-30");
        ws.getRange("H2").values = [["min kommentar"]];
        ctx.workbook.worksheets.getItem("Valideringsrapport").name = "Fel att rätta";
        await ctx.sync();
      });
      return ok(r.services.writeReports(PERIOD));
    },
  ],
  [
    "Skapa rapporter efter att användaren tagit bort en rapport",
    async (r) => {
      await r.sim.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Driftsredovisning 2024-06-30").delete();
        await ctx.sync();
      });
      return ok(r.services.writeReports(PERIOD));
    },
  ],
];

describe("never lose data: every user sheet is identical after every kind of run", () => {
  it("one session of every kind of run, fingerprinting the user's sheets after each step", async () => {
    const r = await rig();
    const before = fingerprints(r.sim, r.userIds);
    expect(Object.values(before)).not.toContain("gone");
    for (const [name, act] of STEPS) {
      await act(r);
      const after = fingerprints(r.sim, r.userIds);
      const changed = r.userIds.filter((id) => after[id] !== before[id]);
      expect({ step: name, changed }).toEqual({ step: name, changed: [] });
      expect({ step: name, temp: tempSheets(r.sim) }).toEqual({ step: name, temp: [] });
    }
    // The user's own "Förbrukningskvot 2024-06-30" stayed; the add-in wrote its report beside it.
    const names = r.sim.sheetNames();
    expect(names.filter((n) => n.startsWith("Förbrukningskvot 2024-06-30"))).toEqual([
      "Förbrukningskvot 2024-06-30",
      "Förbrukningskvot 2024-06-30 (2)",
    ]);
    expect(r.sim.sheet("Förbrukningskvot 2024-06-30")?.values[0][0]).toBe("Min egen kvottabell");
  });

  it("the fingerprint notices a one-cell change to a value, a formula or a number format", async () => {
    const r = await rig();
    const before = fingerprints(r.sim, r.userIds);
    for (const change of [
      (ws: ExcelWs) => void (ws.getRange("B2").values = [[1201]]),
      (ws: ExcelWs) => void (ws.getRange("C2").formulas = [["=B2*3"]]),
      (ws: ExcelWs) => void (ws.getRange("B2").numberFormat = [["0.00"]]),
    ]) {
      await r.sim.run(async (ctx) => {
        change(ctx.workbook.worksheets.getItem("Anteckningar"));
        await ctx.sync();
      });
      expect(fingerprints(r.sim, r.userIds)).not.toEqual(before);
    }
  });

  it("a re-run replaces its own reports instead of piling up copies", async () => {
    const r = await rig();
    await ok(r.services.writeReports(PERIOD));
    const first = r.sim.sheetNames();
    const outputs = outputIds(r).length;
    for (let i = 0; i < 3; i++) await ok(r.services.writeReports(PERIOD));
    expect(r.sim.sheetNames()).toEqual(first);
    expect(outputIds(r)).toHaveLength(outputs);
  });

  it("a report the user renamed is still recognised and replaced; one the user edited is replaced, the user's sheets are not", async () => {
    const r = await rig();
    await ok(r.services.writeReports(PERIOD));
    await r.sim.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Valideringsrapport").name = "Mina fel";
      await ctx.sync();
    });
    const before = fingerprints(r.sim, r.userIds);
    await ok(r.services.writeReports(PERIOD));
    expect(r.sim.sheetNames().filter((n) => n === "Mina fel" || n.startsWith("Valideringsrapport"))).toEqual(["Valideringsrapport"]);
    expect(fingerprints(r.sim, r.userIds)).toEqual(before);
  });
});
