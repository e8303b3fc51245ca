/**
 * The "Nästa år" service over the real Excel host on the simulated Excel, with the example workbook
 * (assets/exempel/finsam-exempel-2024.xlsx, sheet "Ekonomisk information" = Uppsala 2024-10-24).
 */
import * as fs from "fs";
import * as path from "path";
import { createExcelHost } from "../../src/excel";
import { createSettingsStore } from "../../src/excel/settings-store";
import { ExcelSim } from "../../src/excel-sim";
import {
  createMemoryScenarioStore,
  createNastaArService,
  scenarioStoreFromSettings,
  SCENARIO_SETTING_KEY,
  tolkaBeloppTkr,
  tolkaProcent,
  type NastaArModell,
  type Scenario,
} from "../../src/services/nasta-ar";
import { xlsxToSimSheets, type SimSheetData } from "../../src/xlsx";

const EXAMPLE = path.join(__dirname, "..", "..", "assets", "exempel", "finsam-exempel-2024.xlsx");
const now = () => new Date(2024, 9, 24);
const tkr = (x: number) => Math.round(x / 1000);
const KANDIDAT: Scenario = {
  name: "Ny ansökan",
  levers: [
    { kind: "ansokan", namn: "Jobbspår Tierp", agare: "Tierp", belopp: { "2025": 2_000_000, "2026": 2_000_000, "2027": 2_000_000 } },
  ],
};

let exampleSheets: SimSheetData[];
beforeAll(async () => {
  exampleSheets = await xlsxToSimSheets(fs.readFileSync(EXAMPLE));
});

function setup(sheets: SimSheetData[] = exampleSheets, store = createMemoryScenarioStore()) {
  const sim = ExcelSim.fromSheets(structuredClone(sheets));
  const service = createNastaArService(createExcelHost(sim), { store, now });
  return { sim, service, store };
}

async function modell(service: ReturnType<typeof setup>["service"]): Promise<NastaArModell> {
  const svar = await service.readModel();
  if (!svar.ok) throw new Error(svar.message);
  return svar;
}

describe("nasta-ar service on the example workbook", () => {
  it("reads the model once (≤ 2 syncs) and reproduces 3 401; 4 830; 1 331; 151; 2 262; 14 260 tkr", async () => {
    const { sim, service } = setup();
    const svar = await service.readModel();
    if (!svar.ok) throw new Error(svar.message);
    expect(svar.syncsRead).toBeGreaterThan(0);
    expect(svar.syncsRead).toBeLessThanOrEqual(2);
    expect(svar.model.sourceSheet).toBe("Ekonomisk information");
    expect(svar.ar).toEqual([2024, 2025, 2026, 2027, 2028]);
    expect(svar.insatser).toContainEqual(expect.objectContaining({ namn: "Lokussamordnare", agare: "Älvkarleby" }));
    // each insats with its amount per year as read (the year's best-estimate column; 2024 = Prognos 2024), for the pane
    expect(svar.insatser).toContainEqual({
      namn: "Framsteget",
      agare: "Håbo",
      perAr: [3_880_000, 1_809_000, 1_862_000, 1_910_000, 1_946_000],
    });
    expect(svar.insatser).toContainEqual({ namn: "Reg studie av rehabkoordinator", agare: "Region Uppsala", perAr: [0, 337_000, 0, 0, 0] });
    expect(svar.enhet).toBe("tkr");
    // Underlag per year from the best-estimate column (2024: Prognos 2024).
    expect(svar.underlag.slice(0, 2).map((u) => [u.ar, tkr(u.medlemsavgifter), tkr(u.forvaltning), tkr(u.ejNyttjade)])).toEqual([
      [2024, 23322, 3850, 1300],
      [2025, 23428, 4022, 0],
    ]);
    const syncsAfterRead = sim.syncCount;
    const b = service.computeScenario(svar, { name: "Bas", levers: [] });
    expect(b.rader.map((r) => r.label)).toEqual(["Budget 2024", "Prognos 2024", "Prel 2025", "Prel 2026", "Prel 2027", "Prel 2028"]);
    expect(b.rader.map((r) => tkr(r.kvarvarande))).toEqual([3401, 4830, 1331, 151, 2262, 14260]);
    expect(b.rader.map((r) => tkr(r.resultat))).toEqual([-2959, -1530, -3499, -1180, 2111, 11998]);
    expect(b.negativa).toEqual([]);
    // Recomputing is pure: no Excel round trip.
    expect(sim.syncCount).toBe(syncsAfterRead);
  });

  it("a candidate ansökan of 2 000 tkr a year 2025–2027 turns 2025, 2026 and 2027 negative", async () => {
    const { sim, service } = setup();
    const m = await modell(service);
    const before = sim.syncCount;
    const b = service.computeScenario(m, KANDIDAT);
    // 1 331 − 2 000 = −669; 151 − 4 000 = −3 849; 2 262 − 6 000 = −3 738; 14 260 − 6 000 = 8 260.
    expect(b.rader.map((r) => tkr(r.kvarvarande))).toEqual([3401, 4830, -669, -3849, -3738, 8260]);
    expect(b.rader.map((r) => tkr(r.resultat))).toEqual([-2959, -1530, -5499, -3180, 111, 11998]);
    expect(b.negativa).toEqual(["Prel 2025", "Prel 2026", "Prel 2027"]);
    expect(b.rader.filter((r) => r.negativ).map((r) => r.ar)).toEqual([2025, 2026, 2027]);
    expect(b.issues).toEqual([]);
    expect(sim.syncCount).toBe(before);
    // The model itself is untouched: the base still reproduces the published figures.
    expect(service.computeScenario(m, { name: "Bas", levers: [] }).negativa).toEqual([]);
  });

  it("writeScenario writes the live sheet with formulas in ≤ 2 syncs and replaces it on a rewrite", async () => {
    const { sim, service } = setup();
    const m = await modell(service);
    const svar = await service.writeScenario(m, KANDIDAT);
    if (!svar.ok) throw new Error(svar.message);
    expect(svar.blad).toBe("Beslutsutrymme 24–28 Ny ansökan");
    expect(svar.syncsWrite).toBeGreaterThan(0);
    expect(svar.syncsWrite).toBeLessThanOrEqual(2);
    expect(svar.ersatte).toEqual([]);
    const sheet = sim.sheet(svar.blad)!;
    const kvarRow = sheet.values.findIndex((r) => r[0] === "Kvarvarande beslutsutrymme");
    expect(sheet.values[kvarRow].slice(2, 8).map((v) => tkr(v as number))).toEqual([3401, 4830, -669, -3849, -3738, 8260]);
    expect(sheet.formulas[kvarRow].slice(2, 8).every((f) => typeof f === "string" && f.startsWith("="))).toBe(true);
    // Empty cells read back as "" (as in Excel).
    const kandidat = sheet.values.find((r) => r[0] === "Jobbspår Tierp")!;
    expect(kandidat.slice(1, 9)).toEqual(["Tierp", "", "", 2_000_000, 2_000_000, 2_000_000, "", "Ny ansökan"]);
    expect(sheet.values[3][0]).toContain("Scenario: Ny ansökan.");

    const again = await service.writeScenario(m, KANDIDAT);
    if (!again.ok) throw new Error(again.message);
    expect(again.ersatte).toEqual([svar.blad, "Bidrag 2025 Ny ansökan"]);
    expect(sim.sheetNames().filter((n) => n.startsWith("Beslutsutrymme"))).toEqual([svar.blad]);
  });

  it("next year's medlemsbidrag per medlem follows the scenario (domain.md §3.3): shown by computeScenario, written beside the scenario", async () => {
    const { sim, service } = setup();
    const m = await modell(service);
    expect(m.medlemmar?.length).toBe(10);
    // Prel 2025 medlemsavgifter 23 428 tkr: FK/AF 11 714 000, Region Uppsala 5 857 000, kommunerna 5 857 000 (largest remainder).
    const bas = service.computeScenario(m, { name: "Bas", levers: [] });
    expect(bas.bidrag).toMatchObject({ ar: 2025, kolumn: "Prel 2025", total: 23_428_000 });
    const helar = (namn: string, b = bas) => b.bidrag!.fordelning.rader.find((r) => r.medlem === namn)!.helar;
    expect([helar("Försäkringskassan/Arbetsförmedlingen"), helar("Region Uppsala")]).toEqual([11_714_000, 5_857_000]);
    expect(bas.bidrag!.fordelning.grupper.kommun.helar).toBe(5_857_000);
    const hojning = service.computeScenario(m, { name: "Höjning", levers: [{ kind: "medlemsavgifter", ar: 2025, procent: 0.02 }] });
    expect(helar("Försäkringskassan/Arbetsförmedlingen", hojning)).toBe(11_948_280);

    const svar = await service.writeScenario(m, KANDIDAT);
    if (!svar.ok) throw new Error(svar.message);
    expect(svar.bidragBlad).toBe("Bidrag 2025 Ny ansökan");
    expect(svar.syncsWrite).toBeLessThanOrEqual(2);
    const sheet = sim.sheet("Bidrag 2025 Ny ansökan")!;
    const row = (label: string) => sheet.values.find((r) => r[0] === label)!;
    expect(row("Försäkringskassan/Arbetsförmedlingen")[4]).toBe(11_714_000);
    expect(row("Totalt")[4]).toBe(23_428_000);
    expect(sheet.values[0][0]).toContain('Bidrag per medlem 2025 enligt scenariot "Ny ansökan"');
  });

  it("keeps named scenarios in the store and reads them back", async () => {
    const store = createMemoryScenarioStore();
    const { service } = setup(exampleSheets, store);
    expect(await service.readScenarios()).toEqual({ ok: true, scenarier: [], issues: [] });
    const list: Scenario[] = [
      KANDIDAT,
      {
        name: "Försiktig",
        levers: [
          { kind: "ej-nyttjade", ar: 2026, belopp: 1_000_000 },
          { kind: "insats-flytta", namn: "Framsteget", agare: "Håbo", ar: 1 },
        ],
      },
    ];
    expect(await service.saveScenarios(list)).toEqual({ ok: true });
    expect(JSON.parse(store.current()!)).toEqual(list);
    // A new session on the same workbook (same store) sees them.
    const other = setup(exampleSheets, store).service;
    expect(await other.readScenarios()).toEqual({ ok: true, scenarier: list, issues: [] });
    expect(await service.saveScenarios([{ name: " ", levers: [] }])).toMatchObject({ ok: false });
  });
});

describe("scenarios in the workbook's settings", () => {
  it("keeps them under one settings key of the simulated workbook (1 sync each way)", async () => {
    const sim = ExcelSim.fromSheets(structuredClone(exampleSheets));
    const store = scenarioStoreFromSettings(createSettingsStore(sim));
    const service = createNastaArService(createExcelHost(sim), { store, now });
    expect(await service.readScenarios()).toEqual({ ok: true, scenarier: [], issues: [] });
    const before = sim.syncCount;
    expect(await service.saveScenarios([KANDIDAT])).toEqual({ ok: true });
    expect(sim.syncCount - before).toBe(1);
    expect(JSON.parse(sim.snapshot().settings[SCENARIO_SETTING_KEY] as string)).toEqual([KANDIDAT]);
    expect(await service.readScenarios()).toEqual({ ok: true, scenarier: [KANDIDAT], issues: [] });
    // A value saved as JSON (not text) by another version is read too.
    const other = ExcelSim.fromSheets([], { settings: { [SCENARIO_SETTING_KEY]: [KANDIDAT] } });
    expect(await scenarioStoreFromSettings(createSettingsStore(other)).load()).toBe(JSON.stringify([KANDIDAT]));
  });
});

describe("nasta-ar service: failures are messages", () => {
  it("says what is missing when the workbook has no multi-year data", async () => {
    const { service } = setup([
      {
        name: "Blad1",
        values: [
          ["Post", "Belopp"],
          ["Hyra", 100],
        ],
      },
    ]);
    const svar = await service.readModel();
    expect(svar.ok).toBe(false);
    if (!svar.ok) expect(svar.message).toMatch(/saknar en flerårsprognos.*Ekonomisk information/);
  });

  it("turns host and store errors into Swedish messages", async () => {
    const broken = createNastaArService(
      {
        readSheets: () => Promise.reject(new Error("nätverket")),
        apply: () => Promise.reject(Object.assign(new Error("Bladet är låst"), { code: "AccessDenied" })),
      },
      { store: { load: () => Promise.reject(new Error("x")), save: () => Promise.reject(new Error("y")) }, now },
    );
    expect(await broken.readModel()).toEqual({ ok: false, message: "Kunde inte läsa arbetsboken: nätverket" });
    const m = await modell(setup().service);
    expect(await broken.writeScenario(m, KANDIDAT)).toEqual({
      ok: false,
      message: "Kunde inte skriva scenariot (inga blad ändrades): Bladet är låst",
    });
    expect(await broken.writeScenario(m, { ...KANDIDAT, name: "" })).toMatchObject({ ok: false, message: expect.stringContaining("namn") });
    expect(await broken.readScenarios()).toMatchObject({ ok: false });
    expect(await broken.saveScenarios([KANDIDAT])).toMatchObject({ ok: false, message: expect.stringMatching(/^Kunde inte spara/) });
    const noStore = createNastaArService(createExcelHost(ExcelSim.fromSheets([])));
    expect(await noStore.readScenarios()).toEqual({ ok: true, scenarier: [], issues: [] });
    expect(await noStore.saveScenarios([KANDIDAT])).toMatchObject({ ok: false });
  });

  it("reports unreadable stored scenarios as issues instead of failing", async () => {
    const { service } = setup(exampleSheets, createMemoryScenarioStore("{inte json"));
    const svar = await service.readScenarios();
    expect(svar).toMatchObject({ ok: true, scenarier: [] });
    if (svar.ok) expect(svar.issues.map((i) => i.code)).toEqual(["WHATIF_SCENARIO_OLASBART"]);
  });
});

describe("typed amounts and percentages", () => {
  it("reads tkr unless the text names its unit", () => {
    expect(tolkaBeloppTkr("1 300")).toEqual({ kind: "number", value: 1_300_000 });
    expect(tolkaBeloppTkr("1,5 mkr")).toEqual({ kind: "number", value: 1_500_000 });
    expect(tolkaBeloppTkr("500 000 kr")).toEqual({ kind: "number", value: 500_000 });
    expect(tolkaBeloppTkr("−200")).toEqual({ kind: "number", value: -200_000 });
    expect(tolkaBeloppTkr("  ")).toEqual({ kind: "empty" });
    expect(tolkaBeloppTkr("mycket")).toMatchObject({ kind: "error", reason: expect.stringContaining("tkr") });
    expect(tolkaBeloppTkr("5 %")).toMatchObject({ kind: "error" });
  });

  it("reads percentages as fractions", () => {
    expect(tolkaProcent("2")).toEqual({ kind: "number", value: 0.02 });
    expect(tolkaProcent("2,5 %")).toEqual({ kind: "number", value: 0.025 });
    expect(tolkaProcent("−3")).toEqual({ kind: "number", value: -0.03 });
    expect(tolkaProcent("")).toEqual({ kind: "empty" });
    expect(tolkaProcent("3 tkr")).toMatchObject({ kind: "error" });
    expect(tolkaProcent("?")).toMatchObject({ kind: "error" });
  });
});
