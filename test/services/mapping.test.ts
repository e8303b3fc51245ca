/**
 * The mapping step on the simulated Excel through the real Excel host: Uppsala's "Prognos och utfall budget"
 * (helår 2021, test/fixtures/layouts) is detected with confidence, one column is corrected and saved, the next
 * read and the report run use the saved mapping (total förbrukningskvot 83 % → 43 % when "ack 2021 Utfall" is
 * not read), a changed layout gives LAYOUT_ANDRAD, and "Skapa mallar" writes the templates without touching
 * the user's sheets.
 */
import { MAPPING_SETTING_KEY, parseMapping, type WorkbookMapping } from "../../src/domain/detect";
import type { RawSheet } from "../../src/domain/model";
import { runPipeline } from "../../src/domain/pipeline/pipeline";
import { createExcelHost } from "../../src/excel";
import { createSettingsStore } from "../../src/excel/settings-store";
import { ExcelSim } from "../../src/excel-sim";
import {
  createMappingService,
  createMemoryMappingStore,
  createSavedMapping,
  settingsMappingStore,
  type MappingStore,
} from "../../src/services/mapping";
import { LAYOUT_CORPUS } from "../fixtures/layouts/corpus";

const CASE = LAYOUT_CORPUS.find((c) => c.id === "uppsala-2021-prognos-och-utfall")!;
const SHEET = "Prognos och utfall";
const now = () => new Date(2022, 1, 15);

function setup(sheets: RawSheet[] = CASE.sheets(), store: MappingStore = createMemoryMappingStore()) {
  const sim = ExcelSim.fromSheets(sheets);
  const service = createMappingService(createExcelHost(sim), store, { now });
  return { sim, service, store };
}

function ok<T extends { ok: boolean }>(svar: T): Extract<T, { ok: true }> {
  if (!svar.ok) throw new Error((svar as unknown as { message: string }).message);
  return svar as Extract<T, { ok: true }>;
}

/** The sheet with one empty column inserted before column A (every header moves one column right). */
function withColumnInserted(sheet: RawSheet): RawSheet {
  return { ...sheet, values: sheet.values.map((row) => [null, ...row]) };
}

const totalKvot = (result: ReturnType<typeof runPipeline>) => (result.results.forbrukningskvot as { total: { kvot: number } }).total.kvot;

describe("mapping service on the simulated Excel", () => {
  it("reads the workbook once and shows kinds and columns with confidence", async () => {
    const { sim, service } = setup();
    const v = ok(await service.readMapping());
    expect(v.syncsRead).toBe(sim.syncCount);
    expect(v.syncsRead).toBeLessThanOrEqual(2);
    expect(v.saved).toBe("ingen");
    expect(v.unsaved).toBe(true);
    const blad = v.sheets.find((b) => b.sheet === SHEET)!;
    expect(blad).toMatchObject({ kind: "utfall", sakerhet: "hog", use: true, headerRow: 3, kindAndrad: false, layoutAndrad: null });
    const col = (letter: string) => blad.columns.find((c) => c.column === letter)!;
    expect(col("A")).toMatchObject({ header: "Insats", value: "agare", sakerhet: "lag", andrad: false });
    expect(col("C")).toMatchObject({
      header: "Q3 - Q4 2021 / Utfall TSEK",
      value: "belopp:utfall",
      detail: "2021-H2 · tkr",
      sakerhet: "hog",
    });
    expect(col("E")).toMatchObject({ value: "belopp:utfall", detail: "2021 · tkr", sakerhet: "medel" });
    expect(blad.roles.map((r) => r.value)).toEqual(expect.arrayContaining(["post", "agare", "belopp:utfall", "belopp:budget", "ignorera"]));
  });

  it("corrects one column, marks it, saves it, and the next read and the report run use it", async () => {
    const { service, store } = setup();
    ok(await service.readMapping());
    const v = ok(service.correctColumn(SHEET, "E", "ignorera"));
    const e = v.sheets[0].columns.find((c) => c.column === "E")!;
    expect(e).toMatchObject({ value: "ignorera", andrad: true, confidence: 1 });
    expect(v.sheets[0].corrected).toBe(true);
    expect(v.sheets[0].columns.filter((c) => c.andrad).map((c) => c.column)).toEqual(["E"]);
    expect(v.unsaved).toBe(true);

    const saved = ok(await service.saveMapping());
    expect(saved.unsaved).toBe(false);
    const stored = parseMapping(await store.load());
    if (stored.kind !== "ok") throw new Error(stored.reason);
    expect(stored.mapping.sheets[0].columns.find((c) => c.column === "E")?.role).toBe("ignorera");

    // A new session on the same workbook: the saved mapping is used, the correction still marked.
    const again = ok(await setup(CASE.sheets(), store).service.readMapping());
    expect(again).toMatchObject({ saved: "sparad", unsaved: false, issues: [] });
    expect(again.sheets[0].columns.find((c) => c.column === "E")).toMatchObject({ value: "ignorera", andrad: true });

    // The report run with the saved mapping: "ack 2021 Utfall" is no longer read (kvot 83 % → 43 %).
    const sheets = CASE.sheets();
    expect(totalKvot(runPipeline(sheets, CASE.options))).toBeCloseTo(15_487 / 18_591, 6);
    const saving = createSavedMapping(store);
    const result = runPipeline(sheets, await saving.withSaved(CASE.options));
    expect(totalKvot(result)).toBeCloseTo(7_954 / 18_591, 6);
    expect(await saving.remember(result)).toBe(false);
  });

  it("changes a sheet's kind and use, and refuses what it cannot do", async () => {
    const { service } = setup();
    expect(service.correctColumn(SHEET, "E", "ignorera")).toEqual({ ok: false, message: "Läs in arbetsboken först." });
    ok(await service.readMapping());
    expect(service.correctColumn(SHEET, "E", "kon")).toMatchObject({ ok: false, message: expect.stringContaining('"kon"') });
    expect(service.correctColumn("Finns inte", "E", "ignorera")).toMatchObject({
      ok: false,
      message: expect.stringContaining("Finns inte"),
    });
    const kind = ok(service.correctSheetKind(SHEET, "annat"));
    expect(kind.sheets[0]).toMatchObject({ kind: "annat", kindAndrad: true, corrected: true });
    const off = ok(service.setSheetUse(SHEET, false));
    expect(off.sheets[0].use).toBe(false);
  });

  it("notices a changed layout (LAYOUT_ANDRAD), carries the correction along and is answered by saving again", async () => {
    const store = createMemoryMappingStore();
    const first = setup(CASE.sheets(), store).service;
    ok(await first.readMapping());
    ok(first.correctColumn(SHEET, "E", "ignorera"));
    ok(await first.saveMapping());

    const moved = CASE.sheets().map(withColumnInserted);
    const { service } = setup(moved, store);
    const v = ok(await service.readMapping());
    const layout = v.issues.filter((i) => i.code === "LAYOUT_ANDRAD");
    expect(layout).toHaveLength(1);
    expect(layout[0]).toMatchObject({ severity: "varning", sheet: SHEET, cell: "A2" });
    expect(v.sheets[0].layoutAndrad).toEqual(layout[0]);
    expect(v.unsaved).toBe(true);
    // The corrected "ack 2021 / Utfall TSEK" moved from E to F and is still not read.
    expect(v.sheets[0].columns.find((c) => c.column === "F")).toMatchObject({ header: "ack 2021 / Utfall TSEK", value: "ignorera" });

    // A report run does not save over the mapping while the layout differs from the saved one.
    const saving = createSavedMapping(store);
    const before = await store.load();
    const result = runPipeline(moved, await saving.withSaved(CASE.options));
    expect(await saving.remember(result)).toBe(false);
    expect(await store.load()).toBe(before);

    const saved = ok(await service.saveMapping());
    expect(saved.issues.filter((i) => i.code === "LAYOUT_ANDRAD")).toEqual([]);
    expect(saved.sheets[0].layoutAndrad).toBeNull();
    const reread = ok(await setup(moved, store).service.readMapping());
    expect(reread.issues).toEqual([]);
    expect(reread.unsaved).toBe(false);
  });

  it("a report run saves the detected mapping when none is saved", async () => {
    const store = createMemoryMappingStore();
    const saving = createSavedMapping(store);
    const options = await saving.withSaved(CASE.options);
    expect(options.mapping).toBeUndefined();
    const result = runPipeline(CASE.sheets(), options);
    expect(await saving.remember(result)).toBe(true);
    const stored = parseMapping(await store.load());
    expect(stored.kind).toBe("ok");
    expect((stored as { mapping: WorkbookMapping }).mapping.sheets[0].kind).toBe("utfall");
    expect(await saving.remember(runPipeline(CASE.sheets(), await saving.withSaved(CASE.options)))).toBe(false);
  });

  it("reports an unreadable saved mapping and detects afresh", async () => {
    const { service } = setup(CASE.sheets(), createMemoryMappingStore("{inte json"));
    const v = ok(await service.readMapping());
    expect(v.saved).toBe("olaslig");
    expect(v.savedReason).toContain("JSON");
    expect(v.sheets[0].kind).toBe("utfall");
  });

  it("keeps the mapping in the workbook's settings", async () => {
    const sim = ExcelSim.fromSheets(CASE.sheets());
    const store = settingsMappingStore(createSettingsStore(sim));
    const service = createMappingService(createExcelHost(sim), store, { now });
    ok(await service.readMapping());
    ok(service.correctColumn(SHEET, "H", "ignorera"));
    ok(await service.saveMapping());
    const raw = await createSettingsStore(sim).load([MAPPING_SETTING_KEY]);
    expect(typeof raw[MAPPING_SETTING_KEY]).toBe("string");
    const again = ok(await createMappingService(createExcelHost(sim), store, { now }).readMapping());
    expect(again.sheets[0].columns.find((c) => c.column === "H")).toMatchObject({ value: "ignorera", andrad: true });
  });

  it("fails in Swedish when the workbook cannot be read or nothing can be saved", async () => {
    const broken = createMappingService(
      { readSheets: () => Promise.reject(new Error("GeneralException")), apply: () => Promise.reject(new Error("nej")) },
      null,
    );
    expect(await broken.readMapping()).toEqual({ ok: false, message: "Kunde inte läsa arbetsboken: ett oväntat fel inträffade" });
    expect(await broken.writeTemplates()).toEqual({ ok: false, message: "Kunde inte läsa arbetsboken: ett oväntat fel inträffade" });
    const sim = ExcelSim.fromSheets(CASE.sheets());
    const noStore = createMappingService(createExcelHost(sim), null);
    ok(await noStore.readMapping());
    expect(await noStore.saveMapping()).toEqual({ ok: false, message: "Mappningen kan inte sparas i den här arbetsboken." });
  });
});

describe("Skapa mallar", () => {
  const TEMPLATES = ["Insatser", "Budget", "Utfall", "Rekvisitioner", "Deltagare", "Medlemmar", "Inställningar", "Kontoplan"];

  it("writes the 8 templates next to the user's sheet and, run again, skips them; the user's sheet is unchanged", async () => {
    const notes: RawSheet = { name: "Anteckningar", origin: { row: 0, col: 0 }, values: [["Möte 12/3"], ["Ring Region Uppsala"]] };
    const { sim, service } = setup([notes]);
    const before = sim.sheet("Anteckningar");
    const first = ok(await service.writeTemplates());
    expect(first.written).toEqual(TEMPLATES);
    expect(first.skipped).toEqual([]);
    expect(first.syncsWrite).toBeLessThanOrEqual(2);
    expect(sim.sheetNames()).toEqual(expect.arrayContaining(["Anteckningar", ...TEMPLATES]));
    expect(sim.sheet("Insatser")?.values[2]?.slice(0, 3)).toEqual(["Insats", "Insatsnamn", "Typ"]);

    const second = ok(await service.writeTemplates());
    expect(second.written).toEqual([]);
    expect(second.skipped.map((s) => s.name)).toEqual(TEMPLATES);
    expect(sim.sheetNames().filter((n) => !n.startsWith("Finsam"))).toHaveLength(1 + TEMPLATES.length);
    expect(sim.sheet("Anteckningar")).toEqual(before);

    // The templates are the user's sheets now: the next read sees them (and their kinds).
    const v = ok(await service.readMapping());
    expect(v.sheets.map((b) => b.sheet)).toEqual(expect.arrayContaining(TEMPLATES));
    expect(v.sheets.find((b) => b.sheet === "Deltagare")?.kind).toBe("deltagare");
  });

  it("skips a kind the workbook already has in its own layout and leaves that sheet as it was", async () => {
    const { sim, service } = setup();
    const before = sim.sheet(SHEET);
    const r = ok(await service.writeTemplates());
    expect(r.written).toEqual(TEMPLATES.filter((n) => n !== "Utfall"));
    expect(r.skipped).toEqual([{ name: "Utfall", reason: `Bladet ${SHEET} läses redan som Utfall; ingen mall behövs.` }]);
    expect(sim.sheet(SHEET)).toEqual(before);
  });
});
