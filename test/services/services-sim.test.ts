/**
 * The services over the real Excel host on the simulated Excel, with the example workbook
 * (assets/exempel/finsam-exempel-2024.xlsx) — the same path the task pane and the demo take.
 */
import * as fs from "fs";
import * as path from "path";
import { createExcelHost } from "../../src/excel";
import { ExcelSim } from "../../src/excel-sim";
import { createServices } from "../../src/services";
import { createSettingsStore } from "../../src/excel/settings-store";
import { xlsxToSimSheets, type SimSheetData } from "../../src/xlsx";

const EXAMPLE = path.join(__dirname, "..", "..", "assets", "exempel", "finsam-exempel-2024.xlsx");
const period = { fran: "2024-01-01", till: "2024-06-30" };
const now = () => new Date(2024, 7, 15);

let exampleSheets: SimSheetData[];
beforeAll(async () => {
  exampleSheets = await xlsxToSimSheets(fs.readFileSync(EXAMPLE));
});

function setup(sheets: SimSheetData[] = exampleSheets) {
  const sim = ExcelSim.fromSheets(structuredClone(sheets));
  const services = createServices(createExcelHost(sim), { now });
  return { sim, services };
}

/** The row of a sheet snapshot whose first cells contain `label`. */
function rowWith(sim: ExcelSim, sheet: string, label: string) {
  const snap = sim.sheet(sheet);
  return snap?.values.find((r) => r.some((v) => v === label));
}

describe("services on the simulated Excel with the example workbook", () => {
  it("checkWorkbook reads in at most 2 syncs, returns issues with cells and writes nothing", async () => {
    const { sim, services } = setup();
    const before = sim.sheetNames();
    const svar = await services.checkWorkbook(period);
    if (!svar.ok) throw new Error(svar.message);
    expect(svar.syncsRead).toBeGreaterThan(0);
    expect(svar.syncsRead).toBeLessThanOrEqual(2);
    expect(sim.syncCount).toBe(svar.syncsRead);
    expect(svar.lastaBlad).toEqual(expect.arrayContaining(["Insatser", "Budget", "Utfall"]));
    // The example's Summa row is 1 000 kr off and "Arbetsmarknadstödjare" is a misspelt post.
    expect(svar.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: "SUMMA_STAMMER_INTE", sheet: "Utfall", cell: "C46" }),
        expect.objectContaining({ sheet: "Utfall", cell: "A37", message: expect.stringContaining("Arbetsmarknadsstödjare") }),
      ]),
    );
    expect(svar.antal.fel + svar.antal.varning + svar.antal.info).toBe(svar.issues.length);
    expect(svar.rapporter.map((r) => r.name)).toEqual(
      expect.arrayContaining(["Förbrukningskvot 2024-06-30", "Driftsredovisning 2024-06-30", "Valideringsrapport"]),
    );
    expect(sim.sheetNames()).toEqual(before);
  });

  it("writeReports writes the report sheets in ≤ 2 read and ≤ 2 write syncs", async () => {
    const { sim, services } = setup();
    const svar = await services.writeReports(period);
    if (!svar.ok) throw new Error(svar.message);
    expect(svar.syncsRead).toBeLessThanOrEqual(2);
    expect(svar.syncsWrite).toBeGreaterThan(0);
    expect(svar.syncsWrite).toBeLessThanOrEqual(2);
    const names = svar.written.map((w) => w.name);
    expect(names).toEqual(expect.arrayContaining(["Förbrukningskvot 2024-06-30", "Driftsredovisning 2024-06-30"]));
    expect(names[names.length - 1]).toBe("Valideringsrapport");
    expect(sim.sheetNames()).toEqual(expect.arrayContaining(names));
    expect(svar.replaced).toEqual([]);
    // Uppsala Q1–Q2 2024: Framsteget 1 804 tkr / periodbudget 1 940 tkr → 93 %.
    const row = rowWith(sim, "Förbrukningskvot 2024-06-30", "Framsteget 2.0");
    const kvot = row?.find((v) => typeof v === "number" && v > 0.5 && v < 1.5);
    expect(kvot).toBeCloseTo(1804 / 1940, 6);
  });

  it("a second run replaces its own sheets instead of adding copies", async () => {
    const { sim, services } = setup();
    const first = await services.writeReports(period);
    const second = await services.writeReports(period);
    if (!first.ok || !second.ok) throw new Error("writeReports misslyckades");
    expect(second.replaced.sort()).toEqual(first.written.map((w) => w.name).sort());
    const visible = sim
      .snapshot()
      .sheets.filter((s) => s.visibility === "Visible")
      .map((s) => s.name);
    expect(visible.filter((n) => n.startsWith("Förbrukningskvot"))).toEqual(["Förbrukningskvot 2024-06-30"]);
  });

  it("selectIssueCell activates the sheet and selects the issue's cell", async () => {
    const { sim, services } = setup();
    expect(await services.selectIssueCell("Utfall", "C46")).toEqual({ ok: true });
    const snap = sim.snapshot();
    expect(snap.activeSheet).toBe("Utfall");
    expect(snap.selection).toBe("Utfall!C46");
    expect(await services.selectIssueCell("Finns inte", "A1")).toEqual({ ok: false, message: 'Bladet "Finns inte" finns inte längre.' });
  });
});

describe("services on a small hand-made workbook", () => {
  const sheets: SimSheetData[] = [
    {
      name: "Utfall",
      values: [
        ["Post", "Period", "Utfall"],
        ["Jobbcentrum", "2024-Q1", 400000],
        ["Jobbcentrum", "2024-Q2", "?"],
      ],
    },
  ];

  it("reports the bad number with its cell instead of failing", async () => {
    const { services } = setup(sheets);
    const svar = await services.checkWorkbook(period);
    if (!svar.ok) throw new Error(svar.message);
    expect(svar.issues).toEqual(expect.arrayContaining([expect.objectContaining({ severity: "fel", sheet: "Utfall", cell: "C3" })]));
  });

  it("turns a failing write into a message and leaves the workbook as it was", async () => {
    const sim = ExcelSim.fromSheets(structuredClone(sheets));
    const host = createExcelHost(sim);
    // Excel fails in the middle of the write's second sync (the read before it succeeds).
    const services = createServices(
      {
        readSheets: () => host.readSheets(),
        apply: (plans) => {
          sim.failOnSync(2, { runs: 1, afterOperations: 3 });
          return host.apply(plans);
        },
        selectCell: (s, c) => host.selectCell(s, c),
      },
      { now },
    );
    const before = sim.sheetNames();
    const svar = await services.writeReports(period);
    expect(svar.ok).toBe(false);
    if (!svar.ok) expect(svar.message).toMatch(/^Kunde inte skriva rapporterna/);
    expect(
      sim
        .snapshot()
        .sheets.filter((s) => s.visibility === "Visible")
        .map((s) => s.name),
    ).toEqual(before);
  });
});

describe("the pane's services on the example workbook", () => {
  it("Kontrollera says what each read sheet was taken as and which reports the workbook allows", async () => {
    const { services } = setup();
    const svar = await services.checkWorkbook(period);
    if (!svar.ok) throw new Error(svar.message);
    expect(Object.fromEntries(svar.blad.map((b) => [b.namn, b.typ]))).toEqual({
      Inställningar: "installningar",
      Insatser: "insatser",
      Budget: "budget",
      Utfall: "utfall",
      Rekvisitioner: "rekvisitioner",
      "Rekv Bryggan Q1": "rekvisitioner",
      Deltagare: "deltagare",
      Medlemmar: "medlemmar",
      "Ekonomisk information": "flerarsprognos",
    });
    // Every report but the bokslut: the example has neither a SIE file nor a saldobalans sheet.
    expect(svar.tillgangliga).toEqual(
      services
        .reportKinds()
        .map((t) => t.kind)
        .filter((k) => k !== "bokslut"),
    );
  });

  it("Kontrollera rekvisitioner lists every claim with its verdict and selects the claim's cells", async () => {
    const { sim, services } = setup();
    const svar = await services.checkRekvisitioner(period);
    if (!svar.ok) throw new Error(svar.message);
    const verdict = (insats: string, p: string) => svar.rader.find((r) => r.insats === insats && r.period === p);
    expect(verdict("Kvinna Hälsa Arbete", "2024-Q2")).toMatchObject({ verdict: "Åtgärd krävs", sheet: "Rekvisitioner", range: "A14:G14" });
    expect(verdict("Förstudie pilotprojekt", "2024-Q2")?.verdict).toBe("Åtgärd krävs");
    expect(verdict("Bryggan", "2024-Q1")).toMatchObject({ verdict: "Åtgärd krävs", sheet: "Rekv Bryggan Q1" });
    expect(verdict("Framsteget 2.0", "2024-Q2")).toMatchObject({ verdict: "Godkänd med anmärkning", attBetala: 931600 });
    expect(verdict("Jobbcentrum", "2024-Q1")).toMatchObject({ verdict: "Godkänd", reasons: [] });
    expect(svar.antal["Åtgärd krävs"]).toBe(3);
    expect(svar.antal["Godkänd med anmärkning"]).toBe(1);
    expect(svar.rader.slice(0, 3).every((r) => r.verdict === "Åtgärd krävs")).toBe(true);
    expect(sim.sheetNames().some((n) => n.startsWith("Rekvisitionskontroll"))).toBe(false);
    expect(await services.selectIssueCell("Rekvisitioner", "A14:G14")).toEqual({ ok: true });
    expect(sim.snapshot().selection).toBe("Rekvisitioner!A14:G14");
  });

  it("Skapa rapporter writes only the chosen reports, plus the Valideringsrapport", async () => {
    const { services } = setup();
    const svar = await services.writeReports({ ...period, reports: ["forbrukningskvot", "bidrag"] });
    if (!svar.ok) throw new Error(svar.message);
    expect(svar.written.map((w) => w.name)).toEqual(["Förbrukningskvot 2024-06-30", "Bidrag 2024", "Valideringsrapport"]);
  });

  it("Publicering hides small deltagare counts as <3 or <5", async () => {
    const count = async (threshold: number | null) => {
      const { sim, services } = setup();
      const svar = await services.writeReports({
        ...period,
        reports: ["deltagare"],
        publicering: threshold === null ? null : { threshold },
      });
      if (!svar.ok) throw new Error(svar.message);
      const sheet = sim.sheet(svar.written[0].name);
      return (text: string) => sheet?.values.flat().filter((v) => v === text).length ?? 0;
    };
    const open = await count(null);
    expect(open("<5") + open("<3")).toBe(0);
    expect((await count(5))("<5")).toBeGreaterThan(0);
    const three = await count(3);
    expect(three("<3")).toBeGreaterThan(0);
    expect(three("<5")).toBe(0);
  });

  it("remembers the pane's choices in the workbook's settings", async () => {
    const sim = ExcelSim.fromSheets(structuredClone(exampleSheets));
    const host = createExcelHost(sim);
    const services = createServices(
      {
        readSheets: () => host.readSheets(),
        apply: (p) => host.apply(p),
        selectCell: (s, c) => host.selectCell(s, c),
        settings: createSettingsStore(sim),
      },
      { now },
    );
    const val = { period: { typ: "kvartal" as const, ar: 2024, nr: 2 as const }, avvalda: ["bidrag"], publicering: 3 as const };
    expect(await services.readChoices()).toBeNull();
    expect(await services.saveChoices(val)).toBe(true);
    expect(sim.snapshot().settings["finsam.val"]).toEqual(val);
    expect(await services.readChoices()).toEqual(val);
  });
});
